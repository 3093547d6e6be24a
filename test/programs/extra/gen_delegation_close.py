# yield from forwarding: throw() and close() must reach the innermost generator
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
def middle():
    try:
        r = yield from inner()
        print("middle got", r)
    finally:
        print("middle finally")
def outer():
    yield from middle()
    yield "outer tail"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))
g = outer()
print(next(g))
g.close()
print("closed")
g = outer()
next(g)
try:
    g.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", e)

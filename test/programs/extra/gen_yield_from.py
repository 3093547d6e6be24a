# yield from: return values, exception propagation, send forwarding, throw forwarding
def inner(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got

def outer():
    r1 = yield from inner(2)
    print("inner1 returned", r1)
    r2 = yield from inner(3)
    print("inner2 returned", r2)
    return len(r1) + len(r2)

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
print(g.send("d"))
try:
    g.send("e")
except StopIteration as e:
    print("outer returned", e.value)

def failing():
    yield 1
    raise ValueError("inner fail")

def wrapper():
    try:
        yield from failing()
    except ValueError as e:
        print("wrapper caught", e)
        yield "recovered"
    yield "end"

print(list(wrapper()))

def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("catcher got", repr(e))
            return "done-by-throw"

def deleg():
    r = yield from catcher()
    print("deleg got", r)
    yield "after"

g = deleg()
print(next(g))
print(g.throw(KeyError("x")))
print(list(g))

def yf_list():
    r = yield from [1, 2, 3]
    print("list yf returns", r)
    r = yield from (c for c in "ab")
    print("genexp yf returns", r)
print(list(yf_list()))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally")
def deleg2():
    try:
        yield from closer()
    finally:
        print("deleg2 finally")
g = deleg2()
next(g)
g.close()
print("done")

def ret_stop():
    return (yield from iter([]))
g = ret_stop()
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

# exceptions inside generators, StopIteration conversion, finally in generators with break
def g1():
    yield 1
    raise StopIteration("oops")
try:
    list(g1())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
print(list(g3()))

def g4():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        print("g4 handled")
        yield "z"
    else:
        yield "else"
print(list(g4()))

def g5():
    yield 1
    return 5
def collect(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value
print(collect(g5()))

def bad():
    yield 1
    raise KeyError("inner")
g = bad()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
try:
    next(g)
except StopIteration:
    print("exhausted after exception")

def nested():
    try:
        try:
            yield "a"
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError as e:
        yield "caught " + str(e)
print(list(nested()))

gen = (1 / x for x in [1, 0, 2])
try:
    for v in gen:
        print(v)
except ZeroDivisionError as e:
    print("genexp error:", e)
print(list(gen))

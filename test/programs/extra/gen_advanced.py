# generators: genexp first-iterable eager eval, gen as iterator protocol, recursion via yield from, re-entrancy
def src():
    print("  src created")
    return [1, 2, 3]
g = (x * 10 for x in src())
print("genexp made")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
g3 = (1 / y for y in [1, 0])
print("lazy ok", next(g3))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def gen():
    yield 1
g = gen()
print(iter(g) is g, type(g).__name__, hasattr(g, "__next__"), hasattr(g, "send"))
def reent():
    yield next(me)
me = reent()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def counter(start):
    n = start
    while True:
        cmd = yield n
        if cmd == "stop":
            return f"stopped at {n}"
        n += cmd or 1
c = counter(10)
print(next(c), c.send(5), next(c), c.send(-20))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)

def take(n, it):
    for i, v in zip(range(n), it):
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
print(sum(x for x in range(10)), max(x for x in [3, 9, 2]), sorted(x % 4 for x in range(8)))
print(", ".join(f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())))
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 99
g = gen_with_return_in_finally()
next(g)
try:
    g.throw(ValueError("swallowed"))
except StopIteration as e:
    print("StopIteration value", e.value)
def empty():
    return
    yield
print(list(empty()), list(iter(empty())))
def gen_lambda():
    f = lambda: (yield)
    return f
print(type(gen_lambda()()).__name__)
pipe = (s.strip() for s in ["  a ", "b  ", "   "])
pipe = (s for s in pipe if s)
pipe = (s.upper() for s in pipe)
print(list(pipe))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
print(dict(enumerate("ab")), list(enumerate(x for x in "xy")))

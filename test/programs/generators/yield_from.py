# Checks: yield from delegating to sub-generators and iterables, return values passed through, send through delegation.
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield from [10, 20]
    yield from range(2)
    yield from "ab"
    return "outer-done"
g = outer()
print(next(g))
print(g.send("sent-value"))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "xy", range(2))))
def wrapper():
    r = yield from outer()
    yield "wrapper saw " + r
print(list(wrapper()))
def tree(depth, label="r"):
    yield label
    if depth:
        yield from tree(depth - 1, label + "L")
        yield from tree(depth - 1, label + "R")
print(list(tree(2)))
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def collector(results):
    while True:
        r = yield from accumulate()
        results.append(r)
res = []
c = collector(res)
next(c)
for v in [1, 2, 3, None, 10, 20, None]:
    c.send(v)
print(res)

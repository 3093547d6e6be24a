# yield from driving generators (SEND_GEN runs the delegate's frame in the caller's eval loop):
# sent values, return values, throw(), exceptions caught around the yield from, recursion.
def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            yield "got %s" % got
    return "inner done %d" % n

def outer(n):
    total = 0
    for k in range(3):
        r = yield from inner(n)
        total += len(r)
    return total

def walk(t):
    if isinstance(t, list):
        for s in t:
            yield from walk(s)
    else:
        yield t

for rnd in range(3):
    print(list(outer(4)))
    g = outer(3)
    print(next(g), g.send("x"), next(g), next(g))
    print(list(walk([1, [2, [3, [4]], 5], [[6]]])))
    try:
        g = outer(2)
        next(g)
        g.throw(KeyError("k"))
    except KeyError as e:
        print("KeyError", e)
    def failing(k):
        yield from inner(k)
        raise ValueError("inner fail %d" % k)
    def wrapper():
        for k in (1, 2):
            try:
                yield from failing(k)
            except ValueError as e:
                yield str(e)
        return "w"
    print(list(wrapper()))
    def ret():
        x = yield from iter([1, 2])
        y = yield from inner(0)
        yield (x, y)
    print(list(ret()))
print(sum(x for x in walk(list(range(100000)))))

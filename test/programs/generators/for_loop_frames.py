# Generators driven by for loops (FOR_ITER_GEN runs the generator's frame in the caller's
# loop): values, return values, exceptions through both frames, breaks, and switching
# between for loops and next() on the same generator.

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

total = 0
for x in evens(count(1000)):
    total += x
print("sum", total)

# A break leaves the generator suspended; next() and another for loop resume it.
g = count(50)
for x in g:
    if x == 10:
        break
print("after break", next(g), next(g))
rest = [x for x in g]
print("rest", rest[:3], len(rest))
for x in g:
    print("never")
print("exhausted", next(g, "default"))

# The return value of a generator ends the for loop (END_FOR drops it).
def gives_back():
    yield 1
    yield 2
    return 99
for round in range(5):
    seen = []
    for v in gives_back():
        seen.append(v)
print("seen", seen)

# An exception raised in the generator unwinds through it into the loop's frame.
def fails_at(k):
    for i in range(100):
        if i == k:
            raise ValueError("bad %d" % i)
        yield i

def consume(k):
    out = []
    for v in fails_at(k):
        out.append(v)
    return out

for k in (3, 7):
    try:
        consume(k)
    except ValueError as e:
        print("caught", e)

g = fails_at(2)
try:
    for v in g:
        pass
except ValueError:
    print("closed after raise:", next(g, "nothing"))

# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaks_stop():
    yield 1
    raise StopIteration("inner")
for attempt in range(3):
    try:
        for v in leaks_stop():
            pass
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)

# try/finally and close(): a generator left suspended by a break is closed later.
def guarded(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("finally")
for attempt in range(3):
    log = []
    g = guarded(log)
    for v in g:
        if v == 4:
            break
    log.append("broke at %d" % v)
    g.close()
    print(log)

# A handler in the loop's frame catches what the generator raised, and the loop goes on.
def flaky():
    for i in range(6):
        yield i
    raise KeyError("end")
for attempt in range(3):
    got = []
    try:
        for v in flaky():
            got.append(v)
    except KeyError as e:
        got.append(repr(e))
    print(got)

# A generator that iterates itself is already executing.
def selfish():
    yield 1
    for v in me:
        yield v
for attempt in range(3):
    me = selfish()
    try:
        for v in me:
            pass
    except ValueError as e:
        print("ValueError", e)

# Recursive generators: each level's frame runs in the loop of the level above.
def walk(tree):
    if isinstance(tree, list):
        for sub in tree:
            for leaf in walk(sub):
                yield leaf
    else:
        yield tree
tree = [1, [2, [3, [4, [5, 6]]], 7], [[8], 9]]
for attempt in range(3):
    leaves = list(x for x in walk(tree))
    flat = []
    for leaf in walk(tree):
        flat.append(leaf)
print(leaves, flat)

# Deep recursion through generator frames still reports RecursionError.
def deep(n):
    for v in deep(n + 1):
        yield v
    yield n
try:
    for v in deep(0):
        pass
except RecursionError as e:
    print("RecursionError", str(e)[:30])
print("recursion depth restored:", sum(1 for _ in count(100)))

# Checks: generator functions, lazy evaluation order, next() with default, StopIteration, exhausted generators.
def count_up(n):
    print("  start")
    for i in range(n):
        print("  yielding", i)
        yield i
    print("  done")
g = count_up(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(squares(0)))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
print([next(inf) for _ in range(5)])
for x in inf:
    if x > 8:
        break
print("stopped at", x, "next is", next(inf))
def two_yields():
    x = yield 1
    print("  got", x)
    yield 2
t = two_yields()
print(next(t), next(t))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
print(iter(g) is g)

# Checks: lazy generator expressions vs eager list comprehensions: evaluation timing, side effects, exceptions timing.
log = []
def val(x):
    log.append(x)
    return x
lst = [val(x) for x in range(3)]
print("after list comp:", log)
log.clear()
gen = (val(x) for x in range(3))
print("after genexpr:", log)
print(next(gen), log)
print(list(gen), log)
def bad(x):
    if x == 2:
        raise ValueError("bad element %d" % x)
    return x
g = (bad(x) for x in range(5))
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("raised lazily:", e)
print(next(g, "generator is finished after an exception"))
try:
    [bad(x) for x in range(5)]
except ValueError as e:
    print("raised eagerly:", e)
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("first iterable is evaluated immediately:", e)
g3 = (1 / x for x in [1, 0])
print("created g3 without error")
try:
    print(list(g3))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum(x for x in range(101)), sum([x for x in range(101)]))

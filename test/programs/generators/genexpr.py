# Checks: generator expressions: laziness, scoping of the first iterable, consumed once, passing to builtins.
nums = [1, 2, 3, 4, 5]
g = (x * 2 for x in nums)
nums.append(6)
print(list(g))
def source():
    print("  source evaluated")
    return [1, 2, 3]
g2 = (x for x in source())
print("generator created")
print(sum(g2))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
print(any(x > 4 for x in nums), all(x > 0 for x in nums))
print(sorted((x % 3, x) for x in range(7)))
print(dict((k, v) for k, v in zip("abc", range(3))), set(x % 2 for x in range(5)))
print(", ".join(str(x) for x in range(5)))
pairs = ((a, b) for a in range(3) for b in range(3) if a < b)
print(list(pairs))
seen = []
def noisy(x):
    seen.append(x)
    return x
lazy = (noisy(x) for x in range(100))
first_big = next(v for v in lazy if v > 3)
print(first_big, seen)
total = 0
for v in (i for i in range(1000000) if i % 100000 == 0):
    total += v
print(total)
print(type(x for x in []).__name__, tuple(c for c in "hi"), list(x for x in ()))

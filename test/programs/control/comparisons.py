# Checks: chained comparisons evaluate middle operands once, mixed chains, comparisons returning non-bools.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls); calls.clear()
print(v(3) < v(2) < v(1))
print(calls); calls.clear()
print(v(1) < v(5) > v(2) == v(2) != v(7))
print(calls); calls.clear()
x = 5
print(0 <= x <= 10, 0 < x < 5, x == 5 == 5.0, 1 < x is not None)
print(1 in [1, 2] in [[1, 2]], "a" < "b" < "c" < "d")
print([] == [] is not None, (1, 2) == (1, 2) != (2, 1))
age = 30
category = "child" if age < 13 else "teen" if age < 20 else "adult" if age < 65 else "senior"
print(category)
for a in [-5, 0, 5, 50]:
    print(a, "neg" if a < 0 else "zero" if a == 0 else "small" if a < 10 else "large")
print(max(1, 2) if True else min(1, 2), (lambda: "lam")() if 1 > 0 else None)
print(1 < 2 == 2 < 3, 3 > 2 > 1 > 0 > -1)
print(not 1 < 2, not (1 > 2) and 3 > 2)
print((1 < 2) < 3, 1 < (2 < 3))

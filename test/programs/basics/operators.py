# Checks: operator precedence, unary ops, comparisons of mixed types, identity and membership.
print(2 + 3 * 4)
print((2 + 3) * 4)
print(2 ** 3 ** 2)
print(-2 ** 2)
print((-2) ** 2)
print(not 1 == 2)
print(1 + 2 << 3)
print(1 | 2 ^ 3 & 4)
print(10 - 2 - 3)
print(100 / 10 / 5)
print(2 * 3 % 4)
print(-7 // 2, -7 % 2)
print(~5, ~-1, -~3)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print(1 < 2 > 0 < 5 != 6)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print("abc" < "abd", "Z" < "a", "" < "a")
print(3 in [1, 2, 3], 4 not in (1, 2), "b" in "abc", "ab" in "cab", 2 in {2: 0})
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 1 == 1.0, 1 != 1.0)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(True == 1, False == 0, "yes" if True else "skip")
print(5 if 3 > 2 else 6, 5 if 3 < 2 else 6)
print(1 if 0 else 2 if 0 else 3)
print([1] * 3, "ab" * 3, 3 * "x", [0] * 0)
print([1, 2] + [3], (1,) + (2, 3), "con" + "cat")
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", [1] == (1,), None == 0)

# Checks: int/float mixing in arithmetic, true division always float, float methods, is_integer, conversions.
print(1 + 1.0, 3 * 0.5, 7 / 7, 7 // 2.0, 2 ** -1, 10 - 0.5)
print(type(1 + 1.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__)
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.0).as_integer_ratio())
print(1 == 1.0, 1 < 1.5, 2 > 1.999, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(hash(1) == hash(1.0), hash(0) == hash(-0.0))
d = {1: "int one"}
d[1.0] = "float one"
print(d)
print({1, 1.0, True, 2, 2.0})
print(sum([1, 2.5, 3]), max(1, 2.5), min(3, 2.0), abs(-2.5))
total = 0
for i in range(1, 11):
    total += 1 / i
print(total)
print(3.0 * 1.1, 100 * 1.1, 0.1 * 3, 3 * 0.1)
print(7.0 % 3, -7.0 % 3, 7.0 % -3, 5.5 % 2.5, -0.0 % 5)
print(divmod(7.0, 3), divmod(-7.5, 2), divmod(1.0, 0.1))
print(float(True), int(False), float(int(5.99)))
print(1e3, 1.5e3, 2e0, 1E-2, 0.5e1, 10 ** 3 / 1e3)
c = 0.0
for _ in range(1000):
    c += 0.001
print(c, round(c, 6))
print(4.0 ** 0.5, 27 ** (1 / 3) > 2.99, (-8.0) ** 2)
print(2 ** 0.5 == 4 ** 0.25)
mean = sum([2.5, 3.5, 4.0, 10.25]) / 4
print("mean", mean)
print(9007199254740993 == 9007199254740993.0, float(9007199254740993))

# Checks: float repr is the shortest round-tripping string, exponent thresholds (1e16, 1e-5), -0.0.
vals = [0.1 + 0.2, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e22, 1e21, 1e16, 1e15, 123456789012345678.0,
        1e-7, 1e-5, 1e-4, 0.0001, 0.00001234, 1.5e-10, 5e-324, 1.7976931348623157e308,
        2.2250738585072014e-308, 100.0, 1.0, 0.5, 3.14159, 2.718281828459045, -0.0, 0.0,
        1e100, 12345.678, 9007199254740993.0, 0.1 * 3, 1.1 * 1.1, 4.35, 2.675, 1e23, 8.41e21,
        123e-20, 1234567890123456.7, 9999999999999998.0, 1e+16 - 2]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, 0.25, 1e-8, -2.5e20])
print((1.0, -1.0), {"x": 0.1 + 0.7})
print(float("0.1"), float("1e500"), float("-1e500"), float("  2.5  "), float("1_000.5"))
print(float("inf"), float("-inf"), float("nan"), float("Infinity"), float("-NaN"))
print(float(10), float(-3), float(2 ** 70), float("1e-400"), float(".5"), float("5."))
print(0.1 + 0.1 + 0.1, 0.1 * 10, sum([0.1] * 10))
print(1.0 / 3.0 * 3.0, 2.0 ** 0.5 * 2.0 ** 0.5)
print(-0.0 == 0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("")
except ValueError as e:
    print("ValueError:", e)

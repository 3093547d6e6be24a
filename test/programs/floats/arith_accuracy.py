# Checks: IEEE double arithmetic results (sums, products, sqrt via **0.5 and math.sqrt) printed in full precision.
import math
a = 0.1
b = 0.2
print(a + b, a * b, a / b, b - a, a - b)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(math.sqrt(2), math.sqrt(3), math.sqrt(1e-10), math.sqrt(0.0), math.sqrt(16))
print(math.pi, math.e, math.pi * 2, math.pi / 4)
print(sum([0.1] * 10))
xs = [1.5, 2.25, 3.125, 4.0625]
print(sum(xs), sum(x * x for x in xs), sum(xs) / len(xs))
vals = []
v = 1.0
for i in range(20):
    v = v * 1.1 + 0.01
    vals.append(v)
print(vals[-1], vals[9])
print([x / 7 for x in range(1, 8)])
print(1 / 7 * 7 == 1.0, 0.1 * 3 == 0.3, 0.5 + 0.25 == 0.75)
print(1.0 - 0.9, 1 - 1e-16, 1 + 1e-16, 1 + 2.220446049250313e-16)
print(1e300 * 1e-300, 1e-300 * 1e-300, 1e200 * 1e200)
print(123456789.123456789 * 1000, 0.1 ** 2, 3.0 ** 40)
print(float(2 ** 63), float(2 ** 64 - 1), float(10 ** 17 + 1))
h = 0.0
for k in range(1, 100):
    h += (-1) ** (k + 1) / k
print("alternating harmonic", h)
print(math.isclose(h, math.log(2), rel_tol=1e-2))
print(math.hypot(3, 4), math.hypot(5, 12), math.fabs(-2.5))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e20))

# Checks: round() with banker's rounding, ndigits positive and negative, round of floats that are not exact.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 4), round(1234.5678, -2), round(1250.0, -2))
print(round(2.5, 0), type(round(2.5, 0)).__name__, type(round(2.5)).__name__)
print(round(1e20), round(123.456, 10), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
print(round(-0.4), round(-0.6), repr(round(-0.4, 0)))
print(int(2.9), int(-2.9), int(1e16 + 0.5))
import math
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(7), type(math.floor(2.5)).__name__)
vals = [1.25, 1.35, 2.345, 0.045, 10.0 / 3]
print([round(v, 1) for v in vals])
print([round(v, 2) for v in vals])
print(round(5, 2), round(-7, -1), round(15, -1), round(25, -1))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print("%.0f %.0f %.1f" % (0.5, 1.5, 0.25))

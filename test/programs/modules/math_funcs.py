# Checks: the math module functions listed in LANGUAGE.md (others are in math_extra.py); transcendental results are printed rounded to 10 digits.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, 2 * math.pi)
print(math.sqrt(2), math.sqrt(144), math.sqrt(0.25), math.isqrt(99), math.isqrt(10 ** 30), math.isqrt(0))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.floor(5), math.ceil(2 ** 70))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 64, 2 ** 40 * 3))
print(math.fabs(-3), math.fabs(2.5), math.hypot(3, 4), math.hypot(6, 8))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01), math.isclose(0, 1e-12, abs_tol=1e-9))
def r(x):
    return round(x, 10)
print(r(math.sin(0)), r(math.sin(math.pi / 2)), r(math.cos(0)), r(math.cos(math.pi)), r(math.sin(1)), r(math.cos(1)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), r(math.atan2(1, 0)))
print(r(math.log(math.e)), r(math.log(100, 10)), r(math.log(8, 2)), r(math.log(1)), r(math.log(10)))
print(r(math.exp(0)), r(math.exp(1)), r(math.exp(2)), r(math.exp(-1)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.isqrt(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
print(type(math.floor(1.5)).__name__, type(math.sqrt(4)).__name__, type(math.gcd(4, 6)).__name__)
angles = [0, 30, 45, 60, 90]
print(["%.4f" % math.sin(a * math.pi / 180) for a in angles])
print(["%.4f" % math.cos(a * math.pi / 180) for a in angles])

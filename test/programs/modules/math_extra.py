# Checks: math functions beyond the LANGUAGE.md list that programs commonly use (trunc, copysign, isinf/isnan/isfinite,
# factorial, radians/degrees, tau, log2/log10, pow, prod, comb, perm); results of transcendental ones are rounded.
import math
print(math.trunc(-2.7), math.trunc(2.7), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isfinite(math.inf), math.isnan(1.0))
print(math.factorial(20), math.factorial(0), math.factorial(25))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.tau, round(math.radians(180), 12), round(math.degrees(math.pi / 3), 10))
print(math.log2(1024), math.log10(1000), math.log2(2 ** 100), round(math.log10(2), 12))
print(math.pow(2, 10), math.pow(2.0, -1), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)))
print(math.comb(10, 3), math.comb(52, 5), math.perm(5, 2), math.perm(10, 10))
print(round(math.tan(math.pi / 4), 12), round(math.asin(1), 12), round(math.acos(0), 12), round(math.atan(1), 12))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.lcm(4, 6), math.dist((0, 0), (3, 4)))

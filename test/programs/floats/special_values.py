# Checks: inf and nan arithmetic and comparisons, overflow behaviour, float/int comparisons.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * 2, -inf * -1, inf - inf, inf * 0, inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf, repr(-1 / inf))
print(max(1.0, inf), min(-inf, 0))
x = 1e308
print(x * 10, -x * 10, x + x)
print(1e308 * 10 == inf)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(nan is nan, [nan] == [nan], nan in [nan])
print(inf == 10 ** 400, inf > 10 ** 400, -inf < -10 ** 400)
print(abs(-inf), abs(-0.0), -(-0.0))
for v in [inf, -inf, nan]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([3.5, -inf, 2, inf, -1]))
print(5e-324 / 2, 5e-324 * 0.5, 2.2250738585072014e-308 / 2)
print(1.0 % inf, -1.0 % inf)

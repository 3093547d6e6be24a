# Checks: ** with negative exponents and bases, pow() with 2 and 3 arguments, modular inverse.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(4 ** 0.5, 8 ** (1 / 3) > 1.99, 2.0 ** 3, 2 ** 3.0)
print(pow(2, 10), pow(2, -1), pow(-3, 3))
print(pow(3, 4, 5), pow(2, 100, 13), pow(-2, 3, 5), pow(2, 3, -5), pow(12345, 6789, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(5, -2, 13), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(1 ** 10 ** 10, (-1) ** 10 ** 10 + 1)
print(10 ** 50)
print(7 ** 40)
x = 3
x **= 4
print(x)
print((-8) ** 2, -8 ** 2)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
res = 1
base, exp, mod = 7, 123456, 1000003
b, e = base, exp
while e:
    if e & 1:
        res = res * b % mod
    b = b * b % mod
    e >>= 1
print(res, pow(base, exp, mod), res == pow(base, exp, mod))

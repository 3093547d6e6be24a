# Checks: arbitrary-precision integer arithmetic, large products, powers, comparisons.
a = 2 ** 100
b = 3 ** 64
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(a ** 3)
print(a > b, a == 2 ** 100, a != a + 1)
print(10 ** 30 + 1)
print(-(10 ** 25))
big = 1
for i in range(1, 31):
    big *= i
    if i % 5 == 0:
        print(i, big)
print(big.bit_length(), (-big).bit_length(), (0).bit_length(), (255).bit_length())
x = 12345678901234567890123456789
y = 98765432109876543210
print(x * y, x // y, x % y)
print(x * -y, -x // y)
print(abs(-x), -x + x)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
print(int("9" * 40) + 1)
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 20)
print(hex(2 ** 80), oct(2 ** 70), bin(2 ** 40))
print((2 ** 200) >> 190, (2 ** 200) >> 250, 1 << 90)
print((-2 ** 100) >> 98, (-1) >> 100)
print(7 ** 77 % 1000000007)
print(pow(7, 77, 1000000007))
print(str(2 ** 333)[:20], len(str(2 ** 333)))
print(float(2 ** 100), int(1e20), int(-1.5e19))
print(2 ** 1000 == 2 ** 999 * 2, (2 ** 1000).bit_length())

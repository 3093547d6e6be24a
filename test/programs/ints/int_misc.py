# Checks: abs, round on ints, int methods, comparisons between int and float, hex/oct/bin formatting.
print(abs(-5), abs(0), abs(10 ** 20 * -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7), round(15, -1), round(25, -1))
print(type(round(7)).__name__, type(round(7.5)).__name__)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print((255).bit_length(), (1024).bit_length(), (-1).bit_length())
print(1 == 1.0, 2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e300, -10 ** 400 < -1e300, 10 ** 400 < float("inf"))
print(max(3, 7, 2), min(3, 7, 2), max(-1, -1.5), min(2, 2.0))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([]))
n = 1234567
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
print(int.__name__, isinstance(5, int), isinstance(True, int), isinstance(5, float))
print((5).__class__.__name__, type(10 ** 30).__name__)
print(-0, 0 == -0, 00, 0x_ff, 0o_17, 1_0)
print(int("0" * 10 + "5"))
for x in [0, 1, -1, 100, -100]:
    print(x, x > 0, x >= 0, x // 3, x % 3, -x)
print(3 * True, 7 // True, divmod(-9, 4), divmod(9, -4))

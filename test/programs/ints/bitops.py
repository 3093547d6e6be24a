# Checks: & | ^ ~ << >> on positive, negative and big ints; bit counting idioms.
vals = [0, 1, 5, 12, 255, -1, -6, -256, 2 ** 70 + 5, -(2 ** 70)]
for a in vals:
    print(a, "~", ~a, "<<3", a << 3, ">>2", a >> 2)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 65 + 3, 7), (-(2 ** 65), 2 ** 64 + 1)]:
    print(a, b, "&", a & b, "|", a | b, "^", a ^ b)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(popcount(2 ** 100 - 1))
print(bin(0b1011 << 4), bin(0xff >> 3), hex(0xdead ^ 0xbeef))
mask = 0
for bit in [0, 3, 5, 64]:
    mask |= 1 << bit
print(mask, bin(mask))
print([(mask >> i) & 1 for i in range(8)])
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(~True, True << 3)
x = 0b1111
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
x <<= 10; print(x)
x >>= 9; print(x)

# Products of 31-bit ints past 2**53 and & with 32-bit masks (gilvm computes both without BigInt)
import random
random.seed(5)
vals = [0, 1, -1, 2**30 - 1, -2**30, 2**30, 2**31 - 1, -(2**31), 1103515245, 0x7FFFFFFF, 0xFFFFFFFF, 2**32, -2**32 + 1, 2**53, -2**53 - 7, 2**64 + 3, -(2**70) - 11]
for _ in range(300):
    vals.append(random.randint(-2**31, 2**31))
    vals.append(random.randint(-2**70, 2**70))
acc = 0
for a in vals:
    for b in vals[:60]:
        acc = (acc * 31 + (a * b) + (a & b) + (b & a)) % (2**61 - 1)
print(acc)
s = 12345
for i in range(2000):
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
    acc ^= s & 0xFFFF
print(s, acc)

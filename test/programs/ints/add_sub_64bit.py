# Addition and subtraction around the 2^53, 2^63 and 2^64 boundaries, in loops long
# enough that BINARY_OP specializes: results must be exact across every sign and size.
edges = [0, 1, -1, 2**30 - 1, -2**30, 2**31, -2**31, 2**32 - 1, 2**32, -2**32,
         2**52, 2**53 - 1, 2**53, 2**53 + 1, -2**53, -2**53 - 1, 2**62, 2**63 - 1, 2**63,
         -2**63, 2**64 - 1, -2**64 + 1, 2**64, -2**64, 2**65 + 3, -2**65 - 3]

def sums(values):
    out = []
    for a in values:
        for b in values:
            out.append(a + b)
            out.append(a - b)
    return out

for _ in range(3):
    results = sums(edges)
print(len(results), sum(results), hash(tuple(results)) == hash(tuple(sums(edges))))
for i in range(0, len(results), 26):
    print(results[i:i + 4])

# Carries and borrows in the low half, in both directions.
x = 2**53 + 2**32 - 1
print(x + 1, x - (2**32 - 1), -x - 1, -x + 2**32, (2**64 - 1) + 1, -(2**64 - 1) - 1)

# An LCG in 64 bits: every step passes 2^53 before the mask brings it back.
state = 88172645463325252
for i in range(2000):
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    state = state - 2**63 if state >= 2**63 else state + 2**63
print(state)
s = 0
for i in range(2000):
    s = s + (2**62 - i) - (2**61 + i) + (-2**63)
print(s)

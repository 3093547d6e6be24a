# Benchmark: list operations: comprehensions, sorting with keys, slicing, append/pop, min/max, sum.
def make_data(n):
    out = []
    s = 42
    for i in range(n):
        s = (s * 1664525 + 1013904223) & 0xFFFFFFFF
        out.append((s % 1000, s % 97, "k%05d" % (s % 50000)))
    return out
data = make_data(200000)
by_first = sorted(data)
by_key = sorted(data, key=lambda t: (t[1], -t[0]))
by_name = sorted(data, key=lambda t: t[2], reverse=True)
print(by_first[0], by_first[-1], by_key[0], by_name[0])
squares = [a * a for a, b, c in data if b % 2 == 0]
pairs = [(a, b) for a, b, _ in data[:30000] if a > 500]
print(len(squares), sum(squares), len(pairs))
nums = [t[0] for t in data]
for _ in range(10):
    nums.sort()
    nums.reverse()
chunks = [nums[i:i + 100] for i in range(0, len(nums), 100)]
print(len(chunks), max(max(c) for c in chunks), sum(c[0] * (i + 1) for i, c in enumerate(chunks)))
stack = []
acc = 0
for x in nums:
    stack.append(x)
    if len(stack) > 50:
        acc += stack.pop(0) - stack.pop()
print(acc, len(stack))
matrix = [[(r * c) % 17 for c in range(300)] for r in range(300)]
t = [list(row) for row in zip(*matrix)]
print(sum(sum(row) for row in t), sorted(t[7])[60])

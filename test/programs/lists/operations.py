# Checks: concatenation, repetition, membership, len/min/max/sum, in-place ops, list() conversions, unpacking.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [0] * 5, a * 0)
c = a
a += b
print(a, c, a is c)
a = a + [6]
print(a, c, a is c)
c *= 2
print(c)
print(3 in a, 10 in a, "x" not in a)
print(len(a), min(a), max(a), sum(a), sorted(a, reverse=True))
print([*a, *b], [*"hi", *range(2)])
first, second, *others = a
print(first, second, others)
try:
    a + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * [2]
except TypeError as e:
    print("TypeError:", e)
stack = []
for ch in "(()(()))":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
    print(len(stack), end=" ")
print()
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    print("processing", item)
    if item < 3:
        queue.append(item + 10)
matrix = [[i * j for j in range(4)] for i in range(4)]
for row in matrix:
    print(" ".join("%2d" % v for v in row))
flat = []
for row in matrix:
    flat.extend(row)
print(flat, flat.count(0), flat.index(9))
print(list(map(len, ["a", "bb", ""])), list(reversed(a)))

# set and frozenset operations with ints, mixed operand types, method vs operator differences
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (8,)), a.intersection(range(3)), a.difference("x"), a.symmetric_difference([1, 7]))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
fa = frozenset([1, 2])
print(fa | {3}, type(fa | {3}).__name__, type({3} | fa).__name__, fa == {1, 2})
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2}.issuperset([1]), {1}.isdisjoint({2}))
c = set()
c.add(1); c.update([2, 3], {4}); c.discard(9); c.remove(1)
print(c)
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
c -= {2}
c |= {10}
c &= {3, 4, 10, 11}
c ^= {4, 5}
print(c, len(c), 3 in c)
p = c.pop()
print(p in {3, 5, 10}, len(c))
print(set(), frozenset(), {frozenset([1]): "k"}, set("aab") == {"a", "b"})
d = {x % 4 for x in range(20)}
print(d, sorted({(1, 2), (0, 5)}))
s1 = {1, 2}
s2 = s1
s1 |= {3}
print(s2, s1 is s2)
s1 = s1 | {4}
print(s2, s1 is s2)
print({True, 1, 1.0}, {0, False}, len({(), ()}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({"b", "a"} | {"c"}), min({4, 2, 9}), sum({1, 2, 3}))
big = set(range(100))
big -= set(range(5, 100))
print(big)
print(frozenset({1, 2}) in {frozenset({2, 1})}, hash(frozenset()) == hash(frozenset()))
e = {1, 2, 3}
for x in list(e):
    if x % 2:
        e.discard(x)
print(e)
try:
    for x in e:
        e.add(x + 10)
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(e.copy(), e.copy() is e, len({1, 2}))

# Checks: set operators | & - ^ and their method forms, subset/superset, disjoint, in-place variants.
# Sets printed directly hold only ints 0..7 (same order in any table layout); others go through sorted().
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3)), a.difference([1], [2]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {1, 9}.issubset(a), a.issuperset({2, 3}))
print({1, 2}.isdisjoint({3, 4}), {1, 2}.isdisjoint({2}))
c = set(a)
c |= {6}
print(c)
c &= {1, 2, 6, 7}
print(c)
c -= {2}
print(c)
c ^= {1, 7}
print(c)
c.update([0, 3], {4})
print(c)
c.intersection_update({0, 3, 6})
print(c)
c.difference_update({0})
print(c)
c.symmetric_difference_update({3, 5})
print(c)
big = {100, 200, 300}
big |= {7, 8, 9}
print(sorted(big), sorted(big & {8, 100, 7}), sorted(big - {100}))
print(a == {5, 4, 3, 2, 1}, a != b, set() == set(), {1} == frozenset({1}))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
print(len(a | b), sum(a & b), max(a ^ b), min(a - b), sorted(a ^ b, reverse=True))

# Checks: tuple creation, single-element tuples, immutability errors, count/index, comparison, hashing in dicts.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3))
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__)
empty = ()
print(empty, len(empty), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
packed = 1, "two", 3.0
print(packed)
a, b, c = packed
print(a, b, c)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 2) == (1, 2), () < (0,))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"))
grid = {}
grid[(0, 0)] = "origin"
grid[1, 2] = "point"
print(grid, grid[(1, 2)], (0, 0) in grid)
inner = ([1], [2])
inner[0].append(99)
print(inner)
try:
    {([1], 2): "x"}
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
print(tuple(x * x for x in range(5)))
print(max((3, "c"), (3, "d"), (1, "z")), min([(2, 1), (1, 2)]))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(1 in t, 9 not in t, (1, 2) in [(1, 2)], str(t), repr(()))

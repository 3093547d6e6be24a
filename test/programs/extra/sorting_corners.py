# sorting: stability with keys, reverse=True stability, tuples, lists of lists, key errors
data = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, reverse=True))
words = ["bb", "A", "c", "aa", "B", "Cc"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([[3, 1], [1, 2, 3], [1, 2], [], [3]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: -t[0]))
lst = [5, 3, 8, 1]
r = lst.sort()
print(r, lst)
lst.sort(key=lambda v: v % 3, reverse=True)
print(lst)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([[1], ["a"]])
except TypeError as e:
    print("TypeError:", e)
print(sorted([1, 2], key=None), sorted("hello"), sorted({3: 0, 1: 0}), sorted((2.5, 1, True)))
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: (-r["a"], r["n"]))])
multi = sorted(recs, key=lambda r: r["n"], reverse=True)
multi.sort(key=lambda r: r["a"])
print([r["n"] for r in multi])
print(sorted([-1, 1, -2, 2, 0], key=abs))
print(sorted([-1, 1, -2, 2, 0], key=abs, reverse=True))
print(max([3, 1, 3], key=lambda v: v), max([(1, "a"), (1, "b")]), min("bca"))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len))
print(sorted(range(10), key=lambda v: (v % 3, -v)))
nested = [[2, [1]], [1, [2]], [2, [0]]]
nested.sort()
print(nested)
print(list(reversed(sorted([1, 3, 2]))), sorted([0.1, -0.0, 0.0, -1e-9]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
print([k.v for k in sorted([K(1), K(3), K(2)])])
print(sorted(["b", "a"], key=lambda s: s, reverse=False), sorted([], reverse=True))

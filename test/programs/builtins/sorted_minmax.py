# Checks: sorted with key/reverse and stability, min/max with key, default, multiple args, and their errors.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, reverse=True))
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cab"), sorted({3: 0, 1: 0}), sorted(range(5), reverse=True))
print(sorted([-3, 2, -1, 0], key=abs), sorted(["aa", "B", "c"], key=str.upper))
print(min(4, 2, 8), max(4, 2, 8), min([4, 2, 8]), max("hello"), min("hello"))
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]))
print(min([], default="empty"), max([], default=None), max([1], default=5))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min(["bb", "a", "cc"], key=len), max(["bb", "a", "cc"], key=len))
print(max(1, 2.5, True), min(-1, -1.0), max([[1, 2], [1, 3], [0, 9]]))
for bad in [lambda: max([]), lambda: min(), lambda: max(5), lambda: min([1, "a"]), lambda: max(1, 2, default=0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print(max(records, key=lambda r: r["v"])["n"], min(records, key=lambda r: -r["v"])["n"])

# Checks: lexicographic comparisons of tuples with mixed element types, equality vs identity, nested tuple ordering.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((2,), (1, 9, 9)), ((), ()), ((1,), ()),
         ((1, "a"), (1, "b")), ((1, 2.0), (1, 2)), (((1, 2), 3), ((1, 2), 4)), ((0, (1, 2)), (0, (1, 1)))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 2))
print((1, "x") == (1, 2))
items = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(items), max(items), min(items))
print(sorted(items, key=lambda t: t[1]))
nan = float("nan")
t = (nan,)
print(t == t, [nan] == [nan], (nan,) == (float("nan"),))

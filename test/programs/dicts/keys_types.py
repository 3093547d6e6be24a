# Checks: keys of many hashable types, int/float/bool key equivalence, tuple keys, None key, unhashable errors.
d = {}
d[1] = "int"
d[1.0] = "float overwrites"
d[True] = "bool overwrites"
print(d)
d[0] = "zero"
d[False] = "false"
d[None] = "none"
d[(1, 2)] = "tuple"
d["1"] = "str"
d[frozenset([1, 2])] = "frozenset"
d[-0.0] = "negzero"
print(d)
print(d[0.0], d[frozenset([2, 1])], d[(1, 2)], d[None])
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    d[(1, [2])] = 3
except TypeError as e:
    print("TypeError:", e)
print(len(d), 1 in d, 2 in d, "1" in d)
print({2 ** 70: "big", 2 ** 70 + 0.0: "float big"})
print({0.5: "half", 1 / 2: "also half"})

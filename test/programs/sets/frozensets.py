# Checks: frozenset hashing, use as dict keys and set members, immutability, mixed frozenset/set ops.
f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f, g, f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__)
print(frozenset(), frozenset(range(3)), frozenset("aa") == frozenset("a"))
groups = {f: "first", g: "second"}
print(groups[frozenset([1, 2, 3])], groups[frozenset((4, 3, 2))])
sets = {frozenset([1]), frozenset([1]), frozenset([2, 1]), frozenset([1, 2])}
print(len(sets), sorted(sorted(x) for x in sets))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, f.issubset(range(5)), f.union([7]))
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))

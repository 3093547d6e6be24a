# Checks: __hash__ and __eq__ for dict keys and set members, __eq__ without __hash__ makes unhashable, hash consistency.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__ is None)
class Counted:
    calls = 0
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        Counted.calls += 1
        return self.k % 3
    def __eq__(self, other):
        return self.k == other.k
items = {Counted(i): i for i in range(6)}
print(len(items), items[Counted(4)], Counted.calls >= 7)
class Default:
    pass
o = Default()
print(hash(o) == hash(o), o == o, {o: 1}[o])
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
cs = {ConstHash(i) for i in [1, 2, 1, 3, 2]}
print(len(cs), sorted(c.v for c in cs), hash(ConstHash(9)))
print(hash(-1) == hash(-2), hash(1) == 1, hash(True) == 1)

# __eq__/__hash__ interplay in sets and dicts; __eq__ without __hash__ unhashable
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        print("  eq", self, other)
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

s = {P(1, 2), P(3, 4)}
print(len(s))
print(P(1, 2) in s)
s.add(P(1, 2))
print(len(s))
d = {P(0, 0): "origin"}
print(d[P(0, 0)])
print(P(1, 1) == (1, 1))
print(P(1, 1) != P(1, 1))

class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None)

class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, ConstHash) and self.v % 10 == o.v % 10
    def __repr__(self):
        return f"CH{self.v}"
cs = set()
for v in [1, 11, 2, 21, 12]:
    cs.add(ConstHash(v))
print(sorted(cs, key=lambda c: c.v))
dd = {}
for v in [3, 13, 4]:
    dd[ConstHash(v)] = v
print(list(dd.items()))

class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o
    def __hash__(self):
        return hash(self.v)
print({1: "one"}.get(Num(1), "missing"))
print(Num(2) in [1, 2, 3], Num(5) in {5, 6})
print([1, 2, 3].index(Num(3)), [Num(1), Num(1)].count(1))

class Ident:
    pass
a = Ident()
print(a == a, a != Ident(), len({a, a}))

class Sub(P):
    __hash__ = None
try:
    hash(Sub(1, 2))
except TypeError as e:
    print("TypeError:", e)
class Eq2(P):
    def __eq__(self, o):
        return False
try:
    print(hash(Eq2(1, 2)) == hash((1, 2)))
except TypeError as e:
    print("TypeError:", e)

# operator overloading: reflected ops, NotImplemented, __iadd__ vs __add__ on mutable objects
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V" + repr(tuple(self.c))
    def __add__(self, o):
        print("  add")
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("  radd")
        return self + o
    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c

print(V(1, 2) + V(3, 4))
print(V(1, 2) + 1)
print(10 + V(1, 2))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
print(sum([V(1, 1), V(2, 2)]))
print(3 * V(1, 2), V(1, 2) * 2, -V(1, -1))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) * 1.5
except TypeError as e:
    print("TypeError:", e)

class Bag:
    def __init__(self):
        self.items = []
    def __add__(self, o):
        print("  Bag add -> new")
        b = Bag()
        b.items = self.items + [o]
        return b
    def __iadd__(self, o):
        print("  Bag iadd -> same")
        self.items.append(o)
        return self
b = Bag()
alias = b
b += 1
print(b is alias, alias.items)
b = b + 2
print(b is alias, alias.items, b.items)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)

class Sub(V):
    def __radd__(self, o):
        print("  Sub radd first")
        return "sub-wins"
print(V(1) + Sub(2))

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return self.v < o.v
print(Cmp(1) > Cmp(2))
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c)[0].v)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)

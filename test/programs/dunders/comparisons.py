# Checks: __eq__/__ne__/__lt__/__le__/__gt__/__ge__, reflected comparisons, NotImplemented fallback, sorting user objects.
class Version:
    verbose = True
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if Version.verbose:
            print("  lt", self, other)
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        if Version.verbose:
            print("  gt", self, other)
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    __hash__ = None
a, b = Version("1.2.0"), Version("1.10")
print(a < b)
print(a > b)
print(a == Version("1.2.0"), a != b, a <= b, a >= b, a == "1.2.0", a != "x")
# The order of comparisons made by sorted() is an implementation detail: stop tracing.
Version.verbose = False
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10")]))
print(max(Version("0.1"), Version("0.2")))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "O(%d)" % self.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, x > y)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [AlwaysEqual()].count(3), 7 in [AlwaysEqual()])
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)

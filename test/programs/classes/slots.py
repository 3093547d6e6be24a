# Checks: __slots__ restricting attributes, AttributeError on unknown attributes, slots with inheritance, no __dict__.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point(1, 2)
print(p, p.x, p.y)
p.x = 10
print(p)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
q = Point(0, 0)
del q.y
try:
    print(q.y)
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3.x, p3.y, p3.z)
try:
    p3.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class Loose(Point):
    pass
l = Loose(5, 6)
l.anything = "allowed"
print(l, l.anything)
print(Point.__slots__, Point3.__slots__)
class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only)
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError:", e)

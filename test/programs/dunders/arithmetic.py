# Checks: binary arithmetic dunders, reflected (__radd__ etc.), in-place (__iadd__) forms, NotImplemented and TypeError.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__", o)
        return self + o
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __iadd__(self, o):
        print("  __iadd__ in place")
        self.x += o.x
        self.y += o.y
        return self
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 3, a ** 2, a @ b)
print(a + 1, 1 + a, sum([a, b], Vec(0, 0)))
print(sum([a, b]))
c = a
c += b
print(c, a, c is a)
d = b
d -= a
print(d, b, d is b)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __rlshift__(self, n): return "rlshift %d" % n
    def __ior__(self, o):
        self.v |= o.v
        return self
    def __repr__(self): return "Bits(%s)" % bin(self.v)
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, 1 << x)
x |= Bits(1)
print(x)
class Meters:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
class Feet:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return "Feet.__radd__ handled %s + Feet" % type(o).__name__
print(Meters(1) + Feet(2))
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Vec(1, 1) + Sub(2, 2))

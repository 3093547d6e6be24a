# properties with inheritance, overriding getter in subclass, setter via property.setter in subclass
class Shape:
    def __init__(self, w, h):
        self._w = w
        self._h = h
    @property
    def area(self):
        return self._w * self._h
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        if v < 0:
            raise ValueError("negative width")
        print("Shape set width", v)
        self._w = v
    def describe(self):
        return f"{type(self).__name__}(area={self.area})"

class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @Shape.width.setter
    def width(self, v):
        print("Square set width", v)
        Shape.width.fset(self, v)
        self._h = v
    @property
    def area(self):
        return super().area + 0

s = Shape(2, 3)
print(s.area, s.width, s.describe())
s.width = 5
print(s.area)
try:
    s.width = -1
except ValueError as e:
    print("ValueError:", e)
q = Square(3)
print(q.area, q.describe())
q.width = 4
print(q.area, q.width)
try:
    q.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del q.width
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
l = Lazy()
print(l.value, l.value, l.calls)
print(type(Lazy.value).__name__, Lazy.value.fset is None)

class Temp:
    def __init__(self):
        self._c = 0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(get_f, set_f, None, "temp in F")
t = Temp()
t.fahrenheit = 212
print(t._c, t.fahrenheit, Temp.fahrenheit.__doc__)

# Checks: @property getter/setter/deleter, computed properties, validation in setters, read-only property errors.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area)
c.r = 3
print(c.area)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
class Managed:
    def __init__(self):
        self._v = "init"
    def _get(self):
        print("  get")
        return self._v
    def _set(self, v):
        print("  set", v)
        self._v = v
    def _del(self):
        print("  delete")
        del self._v
    value = property(_get, _set, _del)
m = Managed()
print(m.value)
m.value = "new"
print(m.value)
del m.value
print(hasattr(m, "_v"))
print(type(Managed.value).__name__, isinstance(Temperature.celsius, property))

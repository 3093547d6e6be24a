# subclassing builtins (list, dict, int, str, Exception) and calling super() dunders
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s[0], s[-1])
print(isinstance(s, list), type(s).__name__, s + [5], type(s + [5]).__name__)

class DefaultDict(dict):
    def __missing__(self, key):
        print("  missing", key)
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["xyz"], sorted(d.items()), d.get("q"), "q" in d)

class CountingDict(dict):
    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)
c = CountingDict()
c["x"] = 1
c.update(y=2)
print(sorted(c.items()))

class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
    def __add__(self, o):
        return Meters(int.__add__(self, o))
m = Meters(5)
print(m, repr(m), m + 3, repr(m + 3), m * 2, type(m * 2).__name__, m == 5)

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self):
        return self + "!"
u = Upper("hi")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, isinstance(u, str))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4))

class MyErr(ValueError):
    def __init__(self, n):
        super().__init__(f"bad value {n}")
        self.n = n
try:
    raise MyErr(7)
except ValueError as e:
    print(e, e.n, e.args, isinstance(e, Exception))

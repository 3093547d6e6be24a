# Checks: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __bool__ fallback to __len__.
class Matrix:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.data = [0] * (rows * cols)
    def __len__(self):
        return self.rows
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError("matrix index out of range: %r" % (key,))
        return self.data[r * self.cols + c]
    def __setitem__(self, key, value):
        r, c = key
        self.data[r * self.cols + c] = value
    def __delitem__(self, key):
        self[key] = 0
    def __contains__(self, value):
        print("  __contains__", value)
        return value in self.data
    def __iter__(self):
        for r in range(self.rows):
            yield [self[r, c] for c in range(self.cols)]
m = Matrix(2, 3)
m[0, 1] = 5
m[1, 2] = 7
print(len(m), m[0, 1], m[1, 2], 5 in m, 9 not in m)
print(list(m))
del m[0, 1]
print(list(m))
try:
    m[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
print(bool(Bag()), bool(Bag(1)), "empty" if not Bag() else "full", len(Bag(1, 2, 3)))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
    def __len__(self):
        return 0
print(bool(Truthy(True)), "yes" if Truthy(False) else "no", Truthy(True) and "and-result", not Truthy(False))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class SeqOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(SeqOnly()), 9 in SeqOnly(), 5 in SeqOnly())
class DictLike:
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        return self.store[k.lower()]
    def __setitem__(self, k, v):
        self.store[k.lower()] = v
dl = DictLike()
dl["Key"] = 1
print(dl["KEY"], dl["key"])
try:
    dl["nope"]
except KeyError as e:
    print("KeyError:", e)

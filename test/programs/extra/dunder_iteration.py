# __getitem__-based iteration, __len__/__bool__ truthiness, __contains__, __iter__ as generator, __call__
class Seq:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()))
print(20 in Seq())
a, b, c = Seq()
print(a, b, c)
print(sorted(Seq(), reverse=True))
it = iter(Seq())
print(next(it), next(it))

class Truth:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  len called")
        return self.n
print(bool(Truth(0)), bool(Truth(2)))
print("yes" if Truth(1) else "no")
print(Truth(0) or "fallback")
class Both(Truth):
    def __bool__(self):
        print("  bool called")
        return True
print(bool(Both(0)), not Both(0))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)

class Box:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, x):
        print("  contains", x)
        return x in self.items
    def __iter__(self):
        for it in self.items:
            yield it
            yield it
print(3 in Box(1, 3), 5 not in Box(1))
print(list(Box("a", "b")))
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())

class Mul:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
m = Mul(3)
print(m(2), m(2, 1, 1), m(1, scale=10), callable(m), callable(Mul))
print(list(map(Mul(2), [1, 2, 3])))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

# Checks: __call__ making instances callable, __iter__ returning self with __next__, separate iterator classes, callable().
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable("s"))
print(list(map(add5, [1, 2, 3])))
class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        return Range2Iter(self.start, self.stop)
class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
r = Range2(3, 7)
print(list(r), list(r), sum(r), [x * y for x in r for y in r if x < y][:4])
it = iter(r)
print(next(it), next(it), list(it), next(it, "done"))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f))
a, b, *c = Fib(10)
print(a, b, c)
print(dict(zip(Fib(5), "abcdef")), max(Fib(50)), sorted(Fib(20), reverse=True))
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
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

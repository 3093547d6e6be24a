# Checks: generator return value in StopIteration.value, StopIteration raised inside generator becomes RuntimeError.
def gen():
    yield 1
    return "the value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def gen_none():
    yield 1
g2 = gen_none()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def leaks():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def manual():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "manual end"
        yield v * 10
m = manual()
print(list(m))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), list(Countdown(0)))
e = StopIteration(42)
print(e.value, e.args)
it = iter([])
print(next(it, "default"))

# Checks: TypeError messages for wrong argument counts, missing/unexpected/duplicate arguments, calling non-callables.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
class K:
    def m(self, x):
        return x
five = 5
text = "str"
nothing = None
tests = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, b=3),
    lambda: f(1, z=3),
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: (lambda x: x)(),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: f(*5),
    lambda: f(**[1]),
]
for t in tests:
    try:
        t()
        print("no error?")
    except TypeError as e:
        print("TypeError:", e)

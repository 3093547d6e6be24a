# Checks: lambdas, functions as values, returning functions, map/filter/sorted with lambdas, function attributes.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(6, sym, 3, "=", ops[sym](6, 3))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hey"))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["apple", "berry", "avocado"])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def describe(f):
    return f.__name__
def named():
    pass
print(describe(named), describe(square), describe(len))
named.custom = "attribute"
print(named.custom)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a ** b)(2)(8))
print((lambda: None)() is None, callable(square), callable(5))

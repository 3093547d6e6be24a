# Checks: closures capturing parameters, closures inside classes/comprehensions, memoizing closure, nonlocal in nested loops.
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("  computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return {"push": push, "pop": pop, "size": size}
s = make_stack()
s["push"](1); s["push"](2); s["push"](3)
print(s["pop"](), s["size"]())
class Widget:
    def __init__(self, label):
        self.label = label
    def make_printer(self, prefix):
        def printer(suffix):
            return prefix + self.label + suffix
        return printer
p = Widget("btn").make_printer("<")
print(p(">"))
def grid_count(n):
    count = 0
    def visit():
        nonlocal count
        for i in range(n):
            for j in range(n):
                if (i + j) % 2 == 0:
                    count += 1
    visit()
    return count
print(grid_count(5))
base = 100
adders = [(lambda b: (lambda x: x + b + base))(k) for k in range(3)]
print([a(1) for a in adders])
def chain():
    a = 1
    def f1():
        b = 2
        def f2():
            c = 3
            def f3():
                return a + b + c
            return f3
        return f2
    return f1
print(chain()()()())

# Checks: default arguments (evaluated once, mutable default pitfall), keyword arguments, argument order.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_safe(1), append_safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)
def show(a, b=2, *args, c=3, **kw):
    return "a=%r b=%r args=%r c=%r kw=%r" % (a, b, args, c, kw)
print(show(1))
print(show(1, 5, 6, 7))
print(show(1, c=9, z=0, y=1))
print(show(*[1, 2, 3], **{"c": 4, "d": 5}))
print(greet.__name__, greet.__defaults__)
def f(x, y):
    return x - y
print(f(10, 3), f(y=10, x=3), f(10, y=3))
def opt(a, b=None, c=None):
    return [a, b, c]
print(opt(1, c=3), opt(a=0))

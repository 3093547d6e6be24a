# Checks: simple decorators, wrapping behaviour, preserving __name__ manually, decorator applied at definition time.
def shout(f):
    print("decorating", f.__name__)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    wrapper.__name__ = f.__name__
    return wrapper
@shout
def greet(name):
    return "hello " + name
print("defined greet")
print(greet("world"), greet.__name__)
def trace(f):
    depth = [0]
    def wrapper(*args):
        print("  " * depth[0] + "-> %s%r" % (f.__name__, args))
        depth[0] += 1
        r = f(*args)
        depth[0] -= 1
        print("  " * depth[0] + "<- %r" % (r,))
        return r
    return wrapper
@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(4))
def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x=None):
    return x
for i in range(5):
    noop(i)
print("calls", noop.calls)
def register_into(registry):
    def deco(f):
        registry.append(f.__name__)
        return f
    return deco
names = []
@register_into(names)
def alpha(): pass
@register_into(names)
def beta(): pass
print(names, alpha(), beta())

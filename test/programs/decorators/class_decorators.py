# Checks: decorators applied to classes and to methods, callable-object decorators with __call__.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, getattr(self, k)) for k in cls.fields)
        return "%s(%s)" % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), [Point(0, -1)])
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
@register
class Circle:
    pass
@register
class Square:
    pass
print(sorted(registry), registry["circle"].__name__)
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.f(*args)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.count, type(add).__name__)
def method_logger(f):
    def wrapper(self, *args):
        print("call %s.%s%r" % (type(self).__name__, f.__name__, args))
        return f(self, *args)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
    @method_logger
    def deposit(self, amt):
        self.balance += amt
        return self.balance
a = Account()
a.deposit(5)
print(a.deposit(10))
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))

# class edge cases: __repr__ fallback to __str__?, __str__ fallback to __repr__, class-level __call__, __class__ assign, type()
class OnlyRepr:
    def __repr__(self):
        return "R!"
class OnlyStr:
    def __str__(self):
        return "S!"
r = OnlyRepr()
print(str(r), repr(r), f"{r}", [r], "%s %r" % (r, r))
s = OnlyStr()
print(str(s), f"{s}", "{}".format(s), repr([s])[:11])

Dyn = type("Dyn", (object,), {"x": 5, "get": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.get(), type(d) is Dyn, isinstance(d, Dyn))
D2 = type("D2", (Dyn,), {"x": 7})
print(D2().get(), D2.__mro__[1].__name__, D2.__bases__[0].__name__)
print(type(5).__name__, type("s") is str, type(type), type(None).__name__)

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
o = A()
o.__class__ = B
print(o.who(), isinstance(o, B))

class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print("__init__", v)
        self.v = v
c = Counter(3)
print(Counter.instances, c.v)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInit())

class Base:
    def __init__(self):
        self.log = ["Base"]
class Mixin:
    def __init__(self):
        super().__init__()
        self.log.append("Mixin")
class Final(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("Final")
print(Final().log, [k.__name__ for k in Final.__mro__])
class Meta(type):
    def __call__(cls, *a):
        print("Meta call", cls.__name__)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print(WithMeta(5).x, type(WithMeta).__name__)
print(A.__name__, A.__qualname__, A().who.__name__, A.who.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(hasattr(A, "__dict__"), "who" in A.__dict__, A.__doc__, Counter.__module__)

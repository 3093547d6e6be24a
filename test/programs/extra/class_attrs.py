# class attributes shadowed by instance attributes, classmethods on subclasses, mutable class attrs
class Base:
    count = 0
    items = []
    kind = "base"
    def __init__(self):
        self.count += 1
        self.items.append(type(self).__name__)
    @classmethod
    def make(cls):
        print("make via", cls.__name__, cls.kind)
        return cls()
    @classmethod
    def bump(cls):
        cls.count += 10
        return cls.count

class Sub(Base):
    kind = "sub"

a = Base()
b = Sub.make()
print(a.count, b.count, Base.count, Sub.count)
print(Base.items, Sub.items is Base.items)
print(Sub.bump(), Base.count, Sub.count)
print(Base.bump(), Base.count, Sub.count)
del Sub.count
print(Sub.count)
a.kind = "mine"
print(a.kind, Base.kind, vars(a))
del a.kind
print(a.kind)
try:
    del a.kind
except AttributeError as e:
    print("AttributeError:", e)

class C:
    x = 1
    def method(self):
        return "method"
c = C()
c.method = lambda: "instance lambda"
print(c.method(), C.method(c))
print(C.__dict__["x"], "x" in c.__dict__)
class D(C):
    pass
print(D.x, D().method(), hasattr(D, "method"))
C.x = 42
print(D.x, D().x)
D.x = 7
print(C.x, D.x)
print(type(c).__name__, type(D()).__mro__[1].__name__)
print(isinstance(D(), C), issubclass(D, (int, C)))

class S:
    @staticmethod
    def s(a, b=2):
        return a + b
print(S.s(1), S().s(1, 5))
class T(S):
    @classmethod
    def who(cls):
        return cls.__name__ + str(cls.s(40))
print(T.who(), T().who())
print(getattr(T, "missing", "default"))

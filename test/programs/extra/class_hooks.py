# __init_subclass__, __set_name__, __class__ and super() in nested functions
registry = {}
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry[name or cls.__name__.lower()] = cls
        print("registered", cls.__name__, name)

class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
class C(A, name="gamma"):
    pass
print(sorted(registry))
print(registry["alpha"] is A)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.store = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.store, "unset")
    def __set__(self, obj, value):
        print("set", self.name, "=", value)
        setattr(obj, self.store, value)

class Model:
    x = Field()
    y = Field()
m = Model()
print(m.x)
m.x = 5
print(m.x, m.y, Model.x.name)

class Parent:
    def greet(self):
        return "parent"
class Child(Parent):
    def greet(self):
        def helper():
            return super(Child, self).greet() + "+helper"
        def uses_class():
            return __class__.__name__
        return helper(), uses_class(), super().greet()
print(Child().greet())

class K:
    def m(self):
        return [__class__.__name__ for _ in range(2)]
    def n(self):
        return (lambda s: super().__repr__ is not None)(self)
print(K().m(), K().n())

class Base2:
    def __init__(self, v):
        self.v = v
class Der(Base2):
    def __init__(self, v):
        f = lambda: super(Der, self).__init__(v * 2)
        f()
print(Der(4).v)

# Checks: isinstance with tuples, issubclass, type(), getattr/setattr/hasattr/delattr, callable, type() comparisons.
class Base:
    cls_attr = "base"
    def method(self):
        return "method"
class Child(Base):
    pass
c = Child()
print(isinstance(c, Base), isinstance(c, (int, str)), isinstance(c, (int, (str, Child))), isinstance(Child, type))
print(issubclass(Child, Base), issubclass(Child, (int, Base)), issubclass(Base, Child), issubclass(int, object))
print(type(c) is Child, type(c) is Base, type(c).__name__, type(Child).__name__, type(type).__name__)
print(type(1), type("s"), type([]), type(None), type(len), type(Child.method).__name__, type(c.method).__name__)
setattr(c, "dynamic", 42)
print(getattr(c, "dynamic"), hasattr(c, "dynamic"), c.dynamic)
delattr(c, "dynamic")
print(hasattr(c, "dynamic"), getattr(c, "dynamic", "gone"))
print(getattr(c, "cls_attr"), getattr(c, "method")(), getattr(Base, "method")(c))
for bad in ["nope"]:
    try:
        getattr(c, bad)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(c, "Base")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(c, Base)
except TypeError as e:
    print("TypeError:", e)
print(callable(c), callable(Child), callable(c.method), callable(print), callable(lambda: 0), callable(None))
print(isinstance(None, type(None)), isinstance([], list), isinstance((), list), isinstance({}, dict))
print(type(5)(3.7), type("x")(10), type([])("ab"), type(c)().cls_attr)
print(isinstance(3, (bool,)), isinstance(True, (bool,)), issubclass(bool, (str, int)))
names = ["cls_attr", "method", "other"]
print({n: hasattr(Child, n) for n in names})
setattr(Child, "added", "to class")
print(c.added, Base.__name__, Child.__bases__[0].__name__)

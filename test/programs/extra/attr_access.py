# __getattr__ vs __getattribute__, __setattr__ hooks, __delattr__, getattr defaults, descriptors precedence
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
class T:
    def __init__(self):
        self.a = 1
    def hello(self):
        return "hello from T"
t = T()
p = Proxy(t)
print(p.a, p.hello())
p.b = 5
print(t.b, p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

class Always:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return "intercepted " + name
        return object.__getattribute__(self, name)
    def real(self):
        return "real"
al = Always()
print(al.xyz, al.real(), getattr(al, "x1"))

class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
g = Guard()
g.ok = 1
try:
    g._no = 2
except AttributeError as e:
    print("AttributeError:", e)
del g.ok
print(hasattr(g, "ok"), getattr(g, "ok", "gone"))

class DataDesc:
    def __get__(self, obj, typ=None):
        return "data-desc"
    def __set__(self, obj, v):
        print("desc set", v)
class NonData:
    def __get__(self, obj, typ=None):
        return "non-data"
class Host:
    d = DataDesc()
    n = NonData()
h = Host()
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d, h.n, Host.d, Host.n)
h.d = 3
print(vars(h))
setattr(h, "dyn", 4)
print(h.dyn, getattr(h, "dyn"), delattr(h, "dyn"), hasattr(h, "dyn"))
try:
    getattr(h, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class WithGetattr:
    def __getattr__(self, name):
        if name == "computed":
            return 42
        raise AttributeError(name)
w = WithGetattr()
print(w.computed, hasattr(w, "other"), getattr(w, "other", "dflt"))

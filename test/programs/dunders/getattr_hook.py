# Checks: __getattr__ is called only for missing attributes, delegation/proxy pattern, AttributeError from __getattr__.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
print(p.calls)
class Defaults:
    present = "real attribute"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return "default for " + name[4:]
        raise AttributeError("%s has no %r" % (type(self).__name__, name))
d = Defaults()
print(d.present, d.opt_color, d.opt_size)
d.opt_color = "set explicitly"
print(d.opt_color)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "opt_x"), hasattr(d, "zzz"), getattr(d, "zzz", "fallback"))
class Record:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
    def __repr__(self):
        return "Record(%s)" % ", ".join("%s=%r" % kv for kv in self._fields.items())
r = Record(name="x", size=3)
print(r.name, r.size, r)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__)
class Plain:
    pass
try:
    Plain().nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".foo()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)

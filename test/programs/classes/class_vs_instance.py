# Checks: class attributes shared vs instance attributes shadowing, mutable class attribute pitfall, attribute lookup.
class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.own = []
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
a.shared.append("from a")
print(b.shared, Counter.shared)
a.own.append(1)
print(a.own, b.own)
Counter.count = 50
print(a.count, b.count)
Counter.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"))
b.name = "renamed"
print(a.name, b.name)
print(sorted(a.__dict__), "count" in Counter.__dict__)
class Config:
    debug = False
    level = 1
    def enable(self):
        self.debug = True
c1, c2 = Config(), Config()
c1.enable()
print(c1.debug, c2.debug, Config.debug)
try:
    c1.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c1, "level"), getattr(c1, "nope", "fallback"))
setattr(c2, "level", 9)
print(c2.level, Config.level)

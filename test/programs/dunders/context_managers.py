# Checks: __enter__/__exit__, exception info passed to __exit__, suppression by returning True, nested with statements.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Tracker("plain") as value:
    print("inside, as-value =", value)
with Tracker("suppressing", suppress=True):
    raise ValueError("swallowed")
print("continued after suppressed error")
try:
    with Tracker("propagating"):
        raise KeyError("k")
except KeyError as e:
    print("caught outside:", repr(e))
with Tracker("a") as a, Tracker("b") as b:
    print("nested values", a, b)
with Tracker("outer"):
    with Tracker("inner", suppress=True):
        1 / 0
    print("between")
def func():
    with Tracker("in function"):
        return "returned value"
print(func())
for i in range(3):
    with Tracker("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *args):
        self.open = False
r = Resource()
with r as same:
    print(same is r, r.open)
print(r.open)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

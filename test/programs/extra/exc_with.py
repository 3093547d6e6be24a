# exceptions inside with-blocks: __exit__ suppression, exit args, nested managers, return through with
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as v:
    print("inside", v)
with CM("s", True):
    raise ValueError("suppressed")
print("after suppress")
try:
    with CM("n"):
        raise KeyError("through")
except KeyError as e:
    print("caught", e)

with CM("outer", True), CM("inner"):
    raise IndexError("nested")
print("after nested")

def ret():
    with CM("r"):
        return "returned"
print(ret())

def loop():
    out = []
    for i in range(3):
        with CM(f"l{i}"):
            if i == 1:
                continue
            out.append(i)
    return out
print(loop())

class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never body")
except RuntimeError as e:
    print("RuntimeError:", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("exit raised")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print("TypeError:", e, "ctx", repr(e.__context__))

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)

with CM("t") as (v):
    pass
class Multi:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with Multi() as (a, [b, c]):
    print(a, b, c)

# default argument evaluation time, mutable defaults across calls, defaults referencing earlier globals
log = []
def note(v):
    log.append(v)
    return v
def f(a=note(1), b=note([])):
    b.append(a)
    return b
print(log)
print(f(), f(), f(2, []), f())
print(log, f.__defaults__)
def g(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(g(1), g(2))
n = 10
def h(v=n * 2):
    return v
n = 99
print(h(), h(1))
def k(*, opts={}):
    opts["calls"] = opts.get("calls", 0) + 1
    return opts
print(k(), k(), k(opts={}), k.__kwdefaults__)
class C:
    def m(self, items=[]):
        items.append(len(items))
        return items
c1, c2 = C(), C()
print(c1.m(), c2.m(), C().m([9]))
fs = []
for i in range(3):
    def fn(i=i, sq=i * i):
        return i, sq
    fs.append(fn)
print([fn() for fn in fs])
def outer():
    x = 1
    def inner(y=x):
        return y
    x = 2
    return inner()
print(outer())
lam = lambda a, b=[]: (b.append(a), b)[1]
print(lam(1), lam(2), lam(3, [0]))
def counter(_c=[0]):
    _c[0] += 1
    return _c[0]
print(counter(), counter(), counter())
f.__defaults__ = (7, [])
print(f(), f())
def dflt_order(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw
print(dflt_order.__defaults__, dflt_order.__kwdefaults__, dflt_order.__name__)
print(dflt_order(0, c=5))

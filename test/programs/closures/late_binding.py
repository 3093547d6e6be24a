# Checks: late binding of closure variables in loops, fixing with default args, closures over loop variable after loop.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
def make_multipliers():
    return [lambda x: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    def mk(k):
        return lambda x: x * k
    return [mk(k) for k in range(1, 4)]
print([m(10) for m in make_multipliers_fixed()])
x = "global x"
def reader():
    return x
x = "rebound global x"
print(reader())
def cell_changes():
    v = 1
    get = lambda: v
    v = 2
    r1 = get()
    v = 3
    return r1, get()
print(cell_changes())
handlers = {}
for name in ["click", "hover"]:
    def handler(event, name=name):
        return name + ":" + event
    handlers[name] = handler
print(handlers["click"]("a"), handlers["hover"]("b"))
funcs = {}
for n in range(3):
    def f():
        return n * 10
    funcs[n] = f
print([funcs[k]() for k in range(3)])

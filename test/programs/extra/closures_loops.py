# nested closures, nonlocal in loops, late binding, cells in comprehensions
def make_counters():
    counters = []
    for i in range(3):
        def make(i=i):
            count = 0
            def inc(step=1):
                nonlocal count
                count += step + i
                return count
            return inc
        counters.append(make())
    return counters
cs = make_counters()
print([c() for c in cs])
print([c(10) for c in cs])

def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())

def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = mid()
    f(); f()
    return x
print(outer())

def loop_nonlocal():
    total = 0
    log = []
    def add(v):
        nonlocal total
        total += v
        log.append(total)
    for v in range(5):
        add(v)
        if total > 5:
            break
    return total, log
print(loop_nonlocal())

def shadow():
    x = "outer"
    def f():
        x = "inner"
        def g():
            return x
        return g()
    return f(), x
print(shadow())

def cell_after_def():
    def get():
        return y
    y = 1
    a = get()
    y = 2
    return a, get()
print(cell_after_def())

def while_closures():
    fns = []
    n = 0
    while n < 3:
        fns.append(lambda n=n: n * 10)
        n += 1
    return [f() for f in fns]
print(while_closures())

def gen_closure():
    k = 5
    g = (x + k for x in range(3))
    k = 100
    return list(g)
print(gen_closure())

def deleted():
    v = 1
    def r():
        return v
    del v
    try:
        r()
    except NameError as e:
        print("NameError:", e)
deleted()

def rebinding():
    fs = []
    for name in ["a", "b"]:
        def f():
            return name
        fs.append(f)
    name = "z"
    return [f() for f in fs]
print(rebinding())

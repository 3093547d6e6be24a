# Checks: stacked decorators (application order bottom-up, call order top-down), decorators with arguments.
def tag(name):
    def deco(f):
        def wrapper(*args):
            return "<%s>%s</%s>" % (name, f(*args), name)
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
def log(label):
    def deco(f):
        print("applying", label)
        def wrapper(*a):
            print("enter", label)
            r = f(*a)
            print("exit", label)
            return r
        return wrapper
    return deco
@log("outer")
@log("middle")
@log("inner")
def work(x):
    print("working on", x)
    return x * 2
print(work(21))
def repeat(times):
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(v="x"):
    return v
print(roll(), roll(v="y"))
def validate(**types):
    def deco(f):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError("%s must be %s" % (k, t.__name__))
            return f(**kwargs)
        return wrapper
    return deco
@validate(n=int, s=str)
def make(n, s):
    return s * n
print(make(n=3, s="ab"))
try:
    make(n="3", s="ab")
except TypeError as e:
    print("TypeError:", e)

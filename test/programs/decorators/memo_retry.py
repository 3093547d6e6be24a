# Checks: practical decorators without functools: memoization keyed on args, retry on exception, argument checking.
def memo(f):
    cache = {}
    def wrapper(*args):
        if args in cache:
            return cache[args]
        r = cache[args] = f(*args)
        return r
    wrapper.cache = cache
    return wrapper
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))
def retry(times):
    def deco(f):
        def wrapper(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return f(*a)
                except ValueError as e:
                    print("  attempt", attempt, "failed:", e)
                    last = e
            raise RuntimeError("gave up") from last
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet %d" % state["n"])
    return "ok after %d" % state["n"]
print(flaky())
@retry(2)
def always_fails():
    raise ValueError("nope")
try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def positive(f):
    def wrapper(*args):
        if any(a < 0 for a in args):
            raise ValueError("negative argument to " + f.__name__)
        return f(*args)
    return wrapper
@positive
def area(w, h):
    return w * h
print(area(3, 4))
try:
    area(-1, 2)
except ValueError as e:
    print("ValueError:", e)

# Checks: exceptions propagating through several frames, handled at different levels, cleanup at each level, re-raise.
trace = []
def level3(x):
    trace.append("enter3")
    try:
        return 10 / x
    finally:
        trace.append("exit3")
def level2(x):
    trace.append("enter2")
    try:
        return level3(x) + 1
    except TypeError:
        trace.append("type handled in 2")
        return -2
    finally:
        trace.append("exit2")
def level1(x):
    trace.append("enter1")
    try:
        return level2(x)
    except ZeroDivisionError as e:
        trace.append("zero handled in 1: " + str(e))
        return -1
for arg in [5, 0, "s"]:
    trace.clear()
    print(repr(arg), level1(arg), trace)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError as e:
        return "TypeError: " + str(e)
print(safe_div(1, 2), safe_div(1, 0), safe_div("a", 2), safe_div(None, 1))
def parse_all(items):
    good, bad = [], []
    for s in items:
        try:
            good.append(int(s))
        except ValueError as e:
            bad.append(str(e))
    return good, bad
print(parse_all(["1", "x", "3", "4.5", "-7"]))
def lookup(d, path):
    cur = d
    for key in path:
        try:
            cur = cur[key]
        except (KeyError, IndexError, TypeError) as e:
            return "failed at %r: %s %s" % (key, type(e).__name__, e)
    return cur
data = {"a": [{"b": 1}, {"c": [10, 20]}]}
for p in [["a", 1, "c", 1], ["a", 5], ["z"], ["a", 0, "b", "x"], ["a", "0"]]:
    print(p, "->", lookup(data, p))

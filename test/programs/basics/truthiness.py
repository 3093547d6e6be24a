# Checks: truth values of builtins, and/or returning operands, not, short-circuit evaluation.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {1: 2}, set(), None, True, False, range(0), range(2)]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(0 or "default")
print("set" or "default")
print(1 and 2)
print(0 and 2)
print(None or 0 or "" or [])
print(1 and "x" and [1])
calls = []
def f(tag, result):
    calls.append(tag)
    return result
print(f("a", False) and f("b", True))
print(f("c", True) or f("d", True))
print(f("e", 0) or f("f", 0) or f("g", 3))
print(calls)
print(not None, not 0, not "x", not [])
x = 5
print(0 < x and x < 10)
print(bool(x > 3) + bool(x > 4) + bool(x > 5))
print(True + True, True * 10, False - 1)
print(sum([True, False, True, True]))

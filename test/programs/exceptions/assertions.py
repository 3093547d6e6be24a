# Checks: assert with and without message, message expressions, AssertionError args, assert on tuples warning-free.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x * 2
print(check(5))
try:
    check(-3)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("AssertionError:", e, e.args)
x = 10
assert x == 10
assert isinstance(x, int), "not int"
print("passing asserts are silent")
def validate(d):
    assert "name" in d, "missing name"
    assert len(d["name"]) > 1, "name too short: " + repr(d["name"])
    return "valid"
for d in [{"name": "ok"}, {}, {"name": "x"}]:
    try:
        print(validate(d))
    except AssertionError as e:
        print("invalid:", e)
try:
    assert 1 == 2, None
except AssertionError as e:
    print("None message:", repr(e), e.args)

# Checks: try/finally inside generators on normal exhaustion, break from consumer loop with explicit close, exceptions thrown in.
def resource(name):
    print("  open", name)
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        print("  close", name)
for item in resource("a"):
    print(item)
g = resource("b")
for item in g:
    print(item)
    if item == "b1":
        break
g.close()
print("after b")
def with_throw():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  handled", e)
            yield "recovered"
t = with_throw()
print(next(t))
print(t.throw(ValueError("bad input")))
print(next(t))
try:
    t.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(t, "exhausted"))
def gen_raises():
    yield 1
    raise ValueError("from generator")
try:
    for v in gen_raises():
        print("got", v)
except ValueError as e:
    print("caught", e)

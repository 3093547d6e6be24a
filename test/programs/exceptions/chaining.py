# Checks: implicit chaining (__context__), explicit `raise X from Y` (__cause__), `from None` (__suppress_context__).
def implicit():
    try:
        {}["key"]
    except KeyError:
        raise ValueError("while handling KeyError")
try:
    implicit()
except ValueError as e:
    print(type(e).__name__, e)
    print("  context:", type(e.__context__).__name__, e.__context__)
    print("  cause:", e.__cause__, "suppress:", e.__suppress_context__)
def explicit():
    try:
        int("x")
    except ValueError as err:
        raise RuntimeError("conversion failed") from err
try:
    explicit()
except RuntimeError as e:
    print(type(e).__name__, e)
    print("  cause:", type(e.__cause__).__name__, e.__cause__)
    print("  context is cause:", e.__context__ is e.__cause__, "suppress:", e.__suppress_context__)
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None
try:
    suppressed()
except LookupError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, "| suppress:", e.__suppress_context__)
def from_other():
    raise TypeError("outer") from KeyError("unrelated")
try:
    from_other()
except TypeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", e.__context__)
def deep_chain():
    try:
        try:
            raise ValueError("level 1")
        except ValueError:
            raise KeyError("level 2")
    except KeyError:
        raise IndexError("level 3")
try:
    deep_chain()
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append("%s(%s)" % (type(cur).__name__, cur))
        cur = cur.__context__
    print(" <- ".join(chain))
e = ValueError("fresh")
print(e.__context__, e.__cause__, e.__suppress_context__, e.args)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)

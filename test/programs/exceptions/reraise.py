# Checks: bare raise re-raises the active exception, raise in except with modified args, exception variable cleared after except.
def risky():
    raise ValueError("original")
def wrapper():
    try:
        risky()
    except ValueError as e:
        print("  logging", e)
        raise
try:
    wrapper()
except ValueError as e:
    print("re-raised:", e, e.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        e.args = ("modified",)
        raise
except KeyError as e:
    print("modified:", e)
try:
    raise RuntimeError("no active")
except RuntimeError:
    pass
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def handler_in_finally():
    try:
        raise ValueError("first")
    finally:
        print("  finally during exception")
try:
    handler_in_finally()
except ValueError as err:
    print("propagated", err)
def swallow_then_raise_new():
    try:
        raise ValueError("inner")
    except ValueError:
        pass
    raise TypeError("new, without context")
try:
    swallow_then_raise_new()
except TypeError as err:
    print(err, "context:", err.__context__)
def reraise_type():
    try:
        [][0]
    except IndexError as exc:
        raise exc
try:
    reraise_type()
except LookupError as err:
    print("as LookupError:", type(err).__name__, err)

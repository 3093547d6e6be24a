# Checks: ordering of try/except/else/finally blocks in all combinations, finally overriding return, nested try.
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return log + ["returned from try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for mode in ["ok", "raise", "return"]:
    print(mode, run(mode))
def finally_return():
    try:
        return "from try"
    finally:
        return "from finally"
print(finally_return())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "finally return swallows exception"
print(finally_swallows())
def finally_sees_value():
    x = "before"
    try:
        return x
    finally:
        x = "changed in finally"
        print("  finally ran, x =", x)
print(finally_sees_value())
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("  wrong handler")
        finally:
            print("  inner finally")
    except TypeError as e:
        print("  outer caught", e)
    finally:
        print("  outer finally")
nested()
def except_order(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except Exception as e:
        return "Exception handler: " + type(e).__name__
print(except_order(ZeroDivisionError()), except_order(OverflowError()), except_order(KeyError()))
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")

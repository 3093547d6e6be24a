# Checks: except (A, B) as e, exception hierarchy matching with base classes, BaseException vs Exception, isinstance checks.
def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "type":
        return len(5)
    if kind == "value":
        return int("v")
    if kind == "attr":
        return None.attr
    if kind == "overflow":
        return float(10 ** 400)
    if kind == "assert":
        assert 1 > 2, "math is broken"
    if kind == "notimpl":
        raise NotImplementedError("subclass must implement")
    if kind == "recursion":
        raise RecursionError("fake recursion")
    if kind == "memory":
        raise MemoryError()
    if kind == "kbd":
        raise KeyboardInterrupt()
    return "fine"
kinds = ["zero", "key", "index", "type", "value", "attr", "overflow", "assert", "notimpl", "recursion", "memory", "kbd", "none"]
for k in kinds:
    try:
        r = trigger(k)
        print(k, "->", r)
    except (KeyError, IndexError) as e:
        print(k, "lookup:", type(e).__name__, e, isinstance(e, LookupError))
    except (ZeroDivisionError, OverflowError) as e:
        print(k, "arith:", type(e).__name__, e, isinstance(e, ArithmeticError))
    except (TypeError, ValueError, AttributeError) as e:
        print(k, "type/value/attr:", type(e).__name__, e)
    except RuntimeError as e:
        print(k, "runtime:", type(e).__name__, e, issubclass(type(e), RuntimeError))
    except Exception as e:
        print(k, "other Exception:", type(e).__name__, repr(e))
    except BaseException as e:
        print(k, "BaseException only:", type(e).__name__, isinstance(e, Exception))
errors = (KeyError, ValueError)
try:
    raise ValueError("dynamic tuple")
except errors as e:
    print("matched dynamic tuple:", e)
print(issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(MemoryError, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])

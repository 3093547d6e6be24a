# Checks: exception objects: args, str/repr with 0/1/many args, attributes, KeyError str uses repr, exceptions as values.
print(repr(Exception()), str(Exception()), Exception().args)
print(repr(Exception("one")), str(Exception("one")), Exception("one").args)
print(repr(Exception("a", 2)), str(Exception("a", 2)))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("k", "v")), str(KeyError()))
print(repr(ValueError(3)), str(ValueError(3)), str(IndexError("index!")))
print(repr(ZeroDivisionError("division by zero")), repr(StopIteration(5)), repr(RuntimeError()))
print(repr(KeyError("")), str(KeyError("")), str(KeyError(None)), str(KeyError(1)))
errs = [ValueError("v"), TypeError("t"), KeyError("k")]
print([type(e).__name__ for e in errs], [str(e) for e in errs])
e = RuntimeError("x")
e.extra = "attached"
print(e.extra, e.args)
def make_error(cls, *args):
    return cls(*args)
err = make_error(LookupError, "made")
print(type(err).__name__, err)
try:
    raise err
except LookupError as caught:
    print(caught is err)
class E(Exception):
    pass
print(repr(E()), repr(E("msg")), repr(E(1, "two")), str(E(1, "two")))
print(isinstance(E(), Exception), isinstance(E(), BaseException), E.__name__, E.__bases__[0].__name__)
print(BaseException("base").args, repr(KeyboardInterrupt()), repr(MemoryError()))
print(repr(NotImplementedError("todo")), repr(AssertionError()), repr(NameError("name 'q' is not defined")))

# exception chaining: from None, from X, implicit context, __suppress_context__, custom __str__
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"

class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"

try:
    raise AppError(404, "not found")
except AppError as e:
    print(str(e), "|", repr(e), "|", e.args)

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AppError(1, f"no {k}") from None

try:
    lookup({}, "x")
except AppError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        int("x")
    except ValueError as ve:
        raise AppError(2, "bad int") from ve
except AppError as e:
    print(e, "cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    print("ctx:", repr(e.__context__), "cause:", e.__cause__)

try:
    raise Quiet("q")
except Quiet as e:
    print(repr(e), str(e), e.args)

print(str(Exception()), repr(Exception()), str(Exception(1, 2)), repr(ValueError("a", 1)))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))

def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise
        finally:
            print("finally during reraise")
try:
    reraise()
except ValueError as e:
    print("reraised", e)

def reraise_other():
    try:
        raise ValueError("first")
    except ValueError as e:
        err = e
    try:
        raise TypeError("second")
    except TypeError:
        raise err
try:
    reraise_other()
except ValueError as e:
    print("got", e, "ctx", repr(e.__context__))

e = RuntimeError("x")
e2 = e.with_traceback(None)
print(e is e2)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise AppError(5, "five") from KeyError("k")
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
x = "still"
try:
    raise KeyError
except KeyError as x:
    pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)

# Checks: user exception classes with inheritance, extra attributes, custom __str__, catching by base class, args.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "config key %r is %s" % (self.key, self.reason)
class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__("cannot reach %s (code %d)" % (host, code))
        self.code = code
class RetryableNetworkError(NetworkError):
    pass
def fail(which):
    if which == 0:
        raise ConfigError("db.url")
    if which == 1:
        raise ConfigError("port", "invalid")
    if which == 2:
        raise NetworkError("example.org", 404)
    if which == 3:
        raise RetryableNetworkError("api", 503)
    if which == 4:
        raise AppError()
    raise AppError("generic", 42)
for i in range(6):
    try:
        fail(i)
    except RetryableNetworkError as e:
        print(i, "retryable:", e, e.code, e.args)
    except NetworkError as e:
        print(i, "network:", e, e.code)
    except ConfigError as e:
        print(i, "config:", e, "| args:", e.args, "| repr:", repr(e))
    except AppError as e:
        print(i, "app:", repr(str(e)), e.args, repr(e))
print(issubclass(RetryableNetworkError, AppError), issubclass(AppError, Exception), issubclass(AppError, BaseException))
print([c.__name__ for c in RetryableNetworkError.__mro__])
e = AppError("a", 1)
print(str(e), repr(e), e.args, str(AppError()), repr(AppError()), str(AppError("single")), repr(AppError("single")))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as err:
    print("raised class, got instance:", err, type(err).__name__)
try:
    raise 5
except TypeError as err:
    print("TypeError:", err)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as err:
    print("TypeError:", err)

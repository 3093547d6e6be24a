# Checks: uncaught exception raised with `from`: the traceback shows both exceptions; the last line is the outer one.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value: " + text) from e
print(load("42"))
print(load("forty-two"))

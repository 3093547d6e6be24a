# Checks: output order when an uncaught exception passes through finally blocks and __exit__ methods.
class Guard:
    def __enter__(self):
        print("enter guard")
        return self
    def __exit__(self, *exc):
        print("exit guard, exception:", exc[0].__name__)
        return False
def inner():
    try:
        with Guard():
            print("about to fail")
            int("not a number")
    finally:
        print("inner finally")
try:
    inner()
finally:
    print("outer finally")

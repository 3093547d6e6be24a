# LOAD_ATTR_METHOD_LAZY_DICT: a method of an exception subclass whose instances have no __dict__ yet.
import dis
class Oops(Exception):
    def code(self):
        return 42
def call(e):
    return e.code()
for i in range(5):
    print(call(Oops(i)))
dis.dis(call, adaptive=True)

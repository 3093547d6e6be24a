# Class changes after warming: the cached method is invalidated and the new one is called.
import dis
class C:
    def m(self):
        return 1
def call(o):
    return o.m()
c = C()
print([call(c) for _ in range(5)])
def m2(self):
    return 2
C.m = m2
print([call(c) for _ in range(3)])
dis.dis(call, adaptive=True)
def shadow():
    return len("abc")
print(shadow(), shadow())
len = lambda s: 42
print(shadow(), shadow())
del len
print(shadow())

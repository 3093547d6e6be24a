# BINARY_SUBSCR_GETITEM: a Python __getitem__ pushed as a frame; LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN.
import dis
class Grid:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        return i * self.n
class Loud:
    def __getattribute__(self, name):
        return name.upper()
def get(g, i):
    return g[i]
def shout(o):
    return o.hello
g = Grid(3)
for i in range(6):
    print(get(g, i), shout(Loud()))
dis.dis(get, adaptive=True)
dis.dis(shout, adaptive=True)

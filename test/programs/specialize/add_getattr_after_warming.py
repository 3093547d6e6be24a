# __getattr__ added to a class after its attribute sites specialized; globals rebound and added.
import dis
class C:
    def __init__(self):
        self.x = 1
def read(o):
    return o.x, o.missing if hasattr(o, "missing") else None
c = C()
for i in range(5):
    print(read(c))
C.__getattr__ = lambda self, name: "fallback:" + name
for i in range(5):
    print(read(c))
dis.dis(read, adaptive=True)
LIMIT = 1
def lim():
    return LIMIT
print([lim() for _ in range(3)])
LIMIT = 2
print([lim() for _ in range(3)])
NEW_GLOBAL = 3
print([lim() for _ in range(60)][-1])
dis.dis(lim, adaptive=True)

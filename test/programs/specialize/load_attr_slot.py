# LOAD_ATTR_SLOT, STORE_ATTR_SLOT, LOAD_ATTR_MODULE, LOAD_ATTR_CLASS, LOAD_ATTR_PROPERTY.
import dis, math
class S:
    __slots__ = ('a',)
    LIMIT = 10
    def __init__(self, a):
        self.a = a
    @property
    def twice(self):
        return self.a * 2
def use(s):
    s.a = s.a + 1
    return s.a, S.LIMIT, math.pi > 3, s.twice
for i in range(6):
    print(use(S(i)))
dis.dis(use, adaptive=True)

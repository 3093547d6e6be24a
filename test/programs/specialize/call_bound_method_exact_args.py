# CALL_BOUND_METHOD_EXACT_ARGS (a bound method object called), CALL_NO_KW_METHOD_DESCRIPTOR_FAST, UNPACK_SEQUENCE_TUPLE.
import dis
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self.total
def drive(bound, d, triple):
    a, b, c = triple
    r = bound(a + b + c)
    return r, d.get("k"), d.get("z", 0)
acc = Acc()
for i in range(6):
    print(drive(acc.add, {"k": i}, (i, 1, 2)))
dis.dis(drive, adaptive=True)

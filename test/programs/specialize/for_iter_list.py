# FOR_ITER_LIST, FOR_ITER_TUPLE, FOR_ITER_RANGE, FOR_ITER_GEN, CALL_NO_KW_LIST_APPEND.
import dis
def gen(n):
    for i in range(n):
        yield i * i
def loops(xs, ts):
    out = []
    for x in xs:
        out.append(x)
    for t in ts:
        out.append(t)
    for i in range(3):
        out.append(i)
    for g in gen(3):
        out.append(g)
    return out
for k in range(3):
    print(loops([k, k + 1], (7, 8)))
dis.dis(loops, adaptive=True)

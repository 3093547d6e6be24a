# CALL_BUILTIN_FAST_WITH_KEYWORDS, CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, CALL_NO_KW_METHOD_DESCRIPTOR_FAST.
import dis
def work(xs, s):
    ys = sorted(xs)
    parts = s.split(",")
    i = s.find("b")
    return ys, parts, i
for k in range(5):
    print(work([3, k, 1], "a,b,c" * (k % 2 + 1)))
dis.dis(work, adaptive=True)

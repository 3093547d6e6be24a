# COMPARE_OP_INT, COMPARE_OP_FLOAT, COMPARE_OP_STR: comparisons of one type per site.
import dis
def cmp(a, b, x, y, s, t):
    return a < b, x >= y, s == t, s != t
for i in range(5):
    print(cmp(i, 2, i * 0.5, 1.0, "k" * i, "kk"))
dis.dis(cmp, adaptive=True)

# LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN; CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE.
import dis
SCALE = 3
def g(xs):
    return len(xs) * SCALE, isinstance(xs, list), abs(-SCALE)
for i in range(5):
    print(g([0] * i))
dis.dis(g, adaptive=True)

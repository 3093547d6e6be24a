# BINARY_OP_INPLACE_ADD_UNICODE (fused with the STORE_FAST after it); LOAD_CONST__LOAD_FAST.
import dis
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
        s = "x" + s
    return s
for n in range(1, 5):
    print(build(n))
dis.dis(build, adaptive=True)

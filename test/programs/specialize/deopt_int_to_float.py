# A BINARY_OP site warmed with ints, then given floats: ADD_INT until the 53rd miss, then ADD_FLOAT.
import dis
def f(a, b):
    return a + b
for i in range(4):
    f(i, 1)
for i in range(52):
    f(0.5, 0.25)
dis.dis(f, adaptive=True)
f(0.5, 0.25)
dis.dis(f, adaptive=True)

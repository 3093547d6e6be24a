# BINARY_OP_ADD_INT and friends: int and float arithmetic sites after warming.
import dis
def arith(a, b):
    s = a + b
    d = a - b
    p = a * b
    return s, d, p
for i in range(5):
    print(arith(i, 3))
for i in range(5):
    print(arith(i + 0.5, 2.0))
def strs(a, b):
    return a + b
print(strs("x", "y"), strs("ab", "cd"))
dis.dis(arith, adaptive=True)
dis.dis(strs, adaptive=True)

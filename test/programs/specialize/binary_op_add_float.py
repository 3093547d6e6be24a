# BINARY_OP_ADD_FLOAT, _SUBTRACT_FLOAT, _MULTIPLY_FLOAT: float sites warmed with floats only.
import dis
def mix(a, b):
    return a * b + (a - b)
for i in range(6):
    print(mix(i * 0.25, 1.5))
dis.dis(mix, adaptive=True)

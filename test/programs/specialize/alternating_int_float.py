# One site alternating int and float: specialized at call 2, then it flips between ADD_INT and
# ADD_FLOAT every 105 calls (52 misses, then the 53rd re-specializes for the other type).
import dis
def f(a, b):
    return a + b
args = [(1, 2), (1.5, 2.5)]
for n in range(1, 320):
    f(*args[n % 2])
    if n in (1, 2, 106, 107, 211, 212, 316, 317):
        print("after call", n)
        dis.dis(f, adaptive=True)

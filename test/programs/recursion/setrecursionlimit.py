# Checks: sys.setrecursionlimit raising and lowering the limit changes where RecursionError happens.
import sys
def depth_of(n):
    return 0 if n == 0 else 1 + depth_of(n - 1)
print(sys.getrecursionlimit())
print(depth_of(500))
try:
    depth_of(3000)
    print("3000 ok?!")
except RecursionError:
    print("3000 too deep at default limit")
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth_of(3000))
sys.setrecursionlimit(100)
try:
    depth_of(150)
except RecursionError as e:
    print("150 too deep at limit 100:", e)
print(depth_of(50))
sys.setrecursionlimit(1000)
def count_until_error():
    n = 0
    def rec():
        nonlocal n
        n += 1
        rec()
    try:
        rec()
    except RecursionError:
        return n
print(950 < count_until_error() < 1000)
sys.setrecursionlimit(2000)
print(1950 < count_until_error() < 2000)

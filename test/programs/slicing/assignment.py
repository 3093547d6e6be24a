# Checks: slice assignment (grow, shrink, insert, replace with iterables), extended-slice assignment and its size error.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[:] = "abc"
print(a)
a[1:1] = range(3)
print(a)
a[-1:] = ("end",)
print(a)
b = list(range(10))
b[::2] = ["e"] * 5
print(b)
b[1::3] = [None, None, None]
print(b)
b[::-1] = range(10)
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
alias = c
c[:] = [9]
print(c, alias, c is alias)
d = list(range(5))
d[3:1] = ["ins"]
print(d)
e = list(range(6))
e[10:20] = [7, 8]
print(e)
f = [0, 1, 2, 3]
f[1:3] = f
print(f)
try:
    "abc"[0:1] = "z"
except TypeError as err:
    print("TypeError:", err)
try:
    t = (1, 2)
    t[0:1] = [5]
except TypeError as err:
    print("TypeError:", err)

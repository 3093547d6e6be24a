# slice assignment with steps, negative steps, deletion, extended slice errors, str/tuple slicing
a = list(range(10))
a[::2] = "abcde"
print(a)
a[::-3] = [0, 0, 0, 0]
print(a)
b = list(range(6))
b[1:3] = []
print(b)
b[1:1] = [9, 9, 9]
print(b)
b[-2:] = "xy"
print(b)
b[:0] = [-1]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
c = list(range(8))
del c[::3]
print(c)
del c[-1:-4:-1]
print(c)
c[5:100] = [7]
print(c)
c[10:] = [8]
print(c)
d = list(range(5))
d[3:1] = ["in"]
print(d)
d[::-1] = d[:]
print(d)
e = [1, 2, 3]
e[1:2] = e
print(e)
s = "abcdefgh"
print(s[::-2], s[-3::-1], s[1:-1:3], s[100:], s[-100:2], s[::-1][::2])
t = tuple(range(7))
print(t[::3], t[5:1:-2], t[-1:-8:-1], t[slice(1, None, 2)])
r = range(0, 20, 3)
print(r[::2], r[-2:], list(r[::-1]), r[1:3][1])
sl = slice(-3, None)
print([1, 2, 3, 4][sl], "abcd"[sl], slice(1, 10, 2).indices(5))
f = list(range(5))
f[1:4:1] = "ab"
print(f)
g = [0] * 3
g[5:] = [1]
print(g)
try:
    g[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
h = list(range(10))
h[-3:-1] = []
print(h, h[-1:-1], h[7:3], h[-2::-3])

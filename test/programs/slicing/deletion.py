# Checks: del with slices and steps, del of single items, removal patterns while iterating over a copy.
a = list(range(12))
del a[1:3]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[::-2]
print(a)
b = list(range(10))
del b[:]
print(b, len(b))
c = list(range(10))
del c[100:]
del c[5:2]
print(c)
del c[0], c[0]
print(c)
d = list(range(20))
for x in d[:]:
    if x % 3 == 0:
        d.remove(x)
print(d)
e = list(range(10))
e = [x for i, x in enumerate(e) if i % 4 != 0]
print(e)
g = list("abcdefgh")
del g[1::2]
print("".join(g))
h = [[1, 2, 3], [4, 5, 6]]
del h[0][1:]
del h[1][0]
print(h)

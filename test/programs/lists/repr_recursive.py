# Checks: repr of nested containers and self-referencing lists/dicts ([...] and {...}).
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0])
d = {"name": "loop"}
d["self"] = d
print(d)
b = [a, d]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
t = ([],)
t[0].append(t)
print(t)
nested = [1, [2, [3, [4, [5, []]]]]]
print(nested)
print(str(nested) == repr(nested))
deep = []
cur = deep
for i in range(20):
    nxt = []
    cur.append(i)
    cur.append(nxt)
    cur = nxt
print(deep)

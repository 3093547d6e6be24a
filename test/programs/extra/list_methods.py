# list methods: insert at negative indexes, remove missing, index with bounds, pop, extend, count
a = [1, 2, 3]
a.insert(-1, "x")
print(a)
a.insert(-100, "start")
a.insert(100, "end")
print(a)
a.insert(0, 0)
print(a)
try:
    a.remove("missing")
except ValueError as e:
    print("ValueError:", e)
a.remove("x")
print(a)
b = [5, 1, 5, 2, 5]
print(b.index(5), b.index(5, 1), b.index(5, -2), b.index(1, 0, 2))
try:
    b.index(5, 3, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    b.index(2, -1)
except ValueError as e:
    print("ValueError:", e)
print(b.pop(), b.pop(0), b.pop(-2), b)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
c = [1, 2]
c.extend(range(3))
c.extend("ab")
c.extend(x * 2 for x in [5])
c += (9,)
print(c, c.count(2), c.count("zz"))
try:
    c = c + (1,)
except TypeError as e:
    print("TypeError:", e)
d = [3, 1, 2]
d.reverse()
print(d, d.copy() is d, d.copy() == d)
d.clear()
print(d, [1, 2] * 2, 2 * [0], [[]] * 2, [1] * -1)
m = [[]] * 3
m[0].append(1)
print(m)
print([1, 2, 3] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] == [1.0], [2] > [1, 9])
n = [1, 2, 3, 4, 5, 6]
for x in n:
    if x % 2 == 0:
        n.remove(x)
print(n)
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(0)))
x = [1, 2, 3]
print(x.__class__.__name__, len(x), 2 in x, 4 not in x, x[-3], x[:-5])
try:
    x[3]
except IndexError as e:
    print("IndexError:", e)
try:
    x["1"]
except TypeError as e:
    print("TypeError:", e)
del x[0]
print(x)
try:
    del x[5]
except IndexError as e:
    print("IndexError:", e)

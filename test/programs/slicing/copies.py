# Checks: slices create shallow copies, nested objects are shared, slicing strings returns new strings, a[:] vs alias.
a = [[1], [2], 3]
b = a[:]
b.append(4)
b[0].append(99)
print(a, b, a is b, a[0] is b[0])
c = a[1:2]
c[0] = "new"
print(a, c)
s = "immutable"
t = s[:]
print(s == t, s[2:5], s[:-1] + s[-1] == s)
tup = (1, 2, 3)
print(tup[:] == tup, tup[::-1], tup[5:])
rev = a[::-1]
rev[-1][0] = "shared"
print(a[0], rev)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
shallow = matrix[:]
deep = [row[:] for row in matrix]
matrix[0][0] = -1
print(shallow[0][0], deep[0][0])
col = [row[1] for row in matrix]
print(col, matrix[1][::-1], [row[::2] for row in matrix])
def window(xs, k):
    return [xs[i:i + k] for i in range(len(xs) - k + 1)]
print(window([1, 2, 3, 4, 5], 3), window("abcd", 2))
print(sum(window(list(range(6)), 2), []))

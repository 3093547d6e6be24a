# Checks: matrix operations with lists: multiply, transpose, determinant (exact with ints), identity, power, Gaussian elimination.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def matpow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result
def show(m, name):
    print(name)
    for row in m:
        print("  " + " ".join("%6s" % (x,) for x in row))
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[2, 0, 1], [1, 3, 2], [0, 1, 1]]
show(matmul(A, B), "A*B")
show(transpose(A), "A^T")
print("det A =", det(A), "det B =", det(B), "det AB =", det(matmul(A, B)))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) via matrix power:", fib[0][1])
def solve(m, rhs):
    n = len(m)
    aug = [list(map(float, row)) + [float(v)] for row, v in zip(m, rhs)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col:
                f = aug[r][col] / aug[col][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [aug[i][n] / aug[i][i] for i in range(n)]
x = solve(A, [14, 32, 53])
print("solution:", ["%.6f" % v for v in x])
print("check:", [round(sum(a * b for a, b in zip(row, x)), 9) for row in A])
big = [[(i * j + 1) % 7 for j in range(6)] for i in range(6)]
print("det big =", det(big))
show(matpow([[2, 1], [1, 1]], 10), "M^10")

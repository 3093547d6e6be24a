# realistic: a matrix class with operators (+, -, *, @, ==, unary -, indexing, iteration, rmul)
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(f"{v}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{w}}" for v in r) + "]" for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __getitem__(self, ij):
        if isinstance(ij, tuple):
            i, j = ij
            return self.rows[i][j]
        return self.rows[ij]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __iter__(self):
        for r in self.rows:
            yield from r
    def _zip(self, o, f):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[f(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __add__(self, o):
        return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __neg__(self):
        return Matrix([[-v for v in r] for r in self.rows])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[v * k for v in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2:
            raise ValueError("cannot multiply")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(repr(a - b), repr(-a))
print(2 * a == a * 2, a * 0.5)
print(a @ b)
print(repr(a @ Matrix.identity(2)), a @ Matrix.identity(2) == a)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], fib[1][1], fib.shape)
print(sum(a), max(a), list(a), sorted(a, reverse=True))
print(Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), a.det(), a.transpose())
c = Matrix([[1, 2, 3]])
print(c.transpose().shape, (c @ c.transpose()).rows, (c.transpose() @ c))
for bad in [lambda: a + c, lambda: a @ c, lambda: Matrix([[1], [2, 3]]), lambda: a + 1, lambda: a * "x"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
m = Matrix.identity(3)
m[0, 2] = 7
print(m, m[0], m.rows[2][2])
print(a != b, a == Matrix([[1, 2], [3, 4]]), a == [[1, 2], [3, 4]])

# Checks: nested comprehensions with multiple for/if clauses, flattening, matrix transpose, cartesian products.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([x for row in matrix for x in row])
print([[row[c] for row in matrix] for c in range(3)])
print([x for row in matrix if sum(row) > 10 for x in row if x % 2 == 0])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([s + t for s in "ab" for t in "xyz"])
print({(x, y) for x in range(3) for y in range(3) if x == y} == {(0, 0), (1, 1), (2, 2)})
print({k: [v for v in range(k)] for k in range(4)})
print([[1 if r == c else 0 for c in range(4)] for r in range(4)])
words = ["apple", "banana", "cherry"]
print([(w, [c for c in w if c in "aeiou"]) for w in words])
print(sum(len(w) for w in words), [w[::-1] for w in words if "a" in w])
print([i if i % 3 else "fizz" for i in range(1, 10)])
print([[j for j in range(i)] for i in range(5) if i % 2])
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([grid[i][j] for i in range(4) for j in range(4) if i + j == 3])
print(sorted({c.lower() for w in words for c in w}))

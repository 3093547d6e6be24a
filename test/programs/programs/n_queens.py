# Checks: n-queens backtracking with sets for columns/diagonals, solution counts, first solution rendering.
def solve(n):
    cols, d1, d2 = set(), set(), set()
    board = []
    solutions = []
    def place(r):
        if r == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    place(0)
    return solutions
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), sols[0] if sols else None)
first = solve(8)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
def is_valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i for i in range(n) for j in range(i + 1, n))
print(all(is_valid(s) for s in solve(7)))
sols6 = solve(6)
print(sols6)
mirrored = [[5 - c for c in s] for s in sols6]
print(sorted(mirrored) == sorted(sols6))

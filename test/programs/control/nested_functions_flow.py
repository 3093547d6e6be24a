# Checks: control flow with early returns, loops over function results, while with complex conditions, pass/ellipsis.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)])
best = max(range(1, 1000), key=collatz)
print("longest under 1000:", best, collatz(best))
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]), first_negative([[1]]))
def placeholder():
    ...
def placeholder2():
    pass
print(placeholder(), placeholder2(), ... is Ellipsis, repr(...))
lo, hi = 0, 100
target = 37
guesses = 0
while lo <= hi and guesses < 20:
    mid = (lo + hi) // 2
    guesses += 1
    if mid == target:
        print("found", mid, "in", guesses, "guesses")
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))

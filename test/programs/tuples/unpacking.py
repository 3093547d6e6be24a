# Checks: tuple unpacking in for loops, function returns, starred expressions in calls and displays, swap idioms.
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([5, 3, 9, 1])
print(lo, hi)
result = min_max([2, 2])
print(result, type(result).__name__)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
nums, words = zip(*pairs)
print(nums, words)
def f(a, b, c):
    return a * 100 + b * 10 + c
args = (1, 2, 3)
print(f(*args), f(*[4, 5], 6), f(7, *(8, 9)))
print((*range(3), *"ab"), [*(1, 2), 3])
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [0, 1, 2]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
i, x[i] = 1, 9
print(i, x)
(first, *middle, last) = (10, 20, 30, 40, 50)
print(first, middle, last, type(middle).__name__)
for idx, (k, (v1, v2)) in enumerate([("a", (1, 2)), ("b", (3, 4))]):
    print(idx, k, v1 + v2)
def stats(*nums):
    total = sum(nums)
    return total, total / len(nums), len(nums)
t, m, n = stats(4, 8, 15, 16, 23, 42)
print(t, m, n)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)

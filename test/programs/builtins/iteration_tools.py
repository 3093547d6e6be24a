# Checks: zip (uneven lengths), map with multiple iterables, filter with None, enumerate with start, reversed, iter/next.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip("abc", range(10))))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y, z: x + y + z, [1], [2], [3])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, range(5))))
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([1, 2, 3])
print(next(r), list(r))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(range(3), range(3))
print(next(z), list(z))
e = enumerate("xy")
print(type(e).__name__, type(m).__name__, type(z).__name__, type(r).__name__, type(it).__name__)
words = ["alpha", "beta", "gamma"]
for i, (w, n) in enumerate(zip(words, map(len, words)), 1):
    print(i, w, n)
try:
    reversed({1, 2})
except TypeError as err:
    print("TypeError:", err)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from empty iterator")
print(list(zip(*zip("ab", "cd"))))

# generators consumed by builtins: sum/max/min/sorted/zip/enumerate/dict/list/join/any/all
def squares(n):
    for i in range(n):
        print("  yield", i * i)
        yield i * i

print(sum(squares(4)))
print(max(squares(3)))
print(min(x - 5 for x in squares(3)))
print(sorted(squares(4), reverse=True))
print(list(zip(squares(3), "abcd")))
print(list(enumerate(squares(2), start=10)))
print(dict((str(i), i) for i in squares(3)))
print("-".join(str(x) for x in squares(3)))
print(any(x > 0 for x in squares(5)))
print(all(x < 3 for x in squares(5)))
print(tuple(squares(2)))
print(set(x % 3 for x in range(10)))
print(sum((x for x in range(5)), 100))
print(max((len(w), w) for w in ["bb", "a", "ccc", "dd"]))
print(sorted((w for w in ["pear", "fig", "apple"]), key=len))
print(list(map(lambda p: p[0] * p[1], zip(range(3), range(3, 6)))))
print(list(filter(None, (x % 3 for x in range(7)))))
g = (x * 2 for x in range(5))
print(next(g), next(g))
print(list(g))
print(list(g))
it = iter(squares(3))
print(next(it, "d"), next(it, "d"), next(it, "d"), next(it, "d"))
z = zip(range(3), squares(10))
print(list(z))
print("".join(reversed([c for c in "hello"])))
def pairs():
    yield "a", 1
    yield "b", 2
print(dict(pairs()))
print(list(reversed(sorted(squares(3)))))
print(max(squares(0), default="empty"))
print(sum(1 for _ in squares(3) if _ % 2 == 0))

# comprehension scoping: loop vars don't leak, class body scope, walrus in comprehensions, nested
x = "global x"
print([x for x in range(3)], x)
print({x: x * 2 for x in "ab"}, x)
print(sorted({x for x in [3, 1, 2]}), x)
g = (x for x in range(2))
print(list(g), x)

class C:
    n = 3
    vals = [n * 2 for _ in range(2)] if False else None
    items = [i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.items, C.err)

total = 0
res = [total := total + v for v in [1, 2, 3]]
print(res, total)
print([y for y in range(10) if (sq := y * y) > 20], sq)

m = [[i * j for j in range(3)] for i in range(3)]
print(m)
print([v for row in m for v in row if v % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[c for c in w] for w in ["ab", "c"]])

def f():
    k = 10
    return [k + i for i in range(3)]
print(f())

def g2():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(g2())

print([i for i in range(3)][-1], {i: j for i, j in zip("abc", range(3))})
print([a + b for a, b in [(1, 2), (3, 4)]])
print([first for first, *rest in ["abc", "de"]])
print([(a, rest) for a, *rest in [[1, 2, 3], [4]]])
data = {"a": [1, 2], "b": [3]}
print({k: sum(v) for k, v in data.items() if v})
print(sum(len(v) for v in data.values()))
nested = [[1, [2, 3]], [4, [5]]]
print([x for a, b in nested for x in [a] + b])
print([i for i in range(5) if i % 2 if i > 1])

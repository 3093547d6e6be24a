# unpacking in for loops and calls, *args/**kwargs forwarding, keyword-only mutable defaults
def show(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"
def forward(*a, **k):
    return show(*a, 0, *a, x=1, **k)
print(forward(1, 2, y=3))
print(show(*"ab", *range(2), **{"k": 1}, **{"j": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def kwo(a, *, b=[], c=None):
    b.append(a)
    return b
print(kwo(1), kwo(2), kwo(3, b=[]), kwo(4))
def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    kwo(1, 2)
except TypeError as e:
    print("TypeError:", e)
def f(a, b=2, *rest, c, d=4, **kw):
    return (a, b, rest, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 0, "z": 9}))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, a=2, c=3)
except TypeError as e:
    print("TypeError:", e)

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for a, *b in ["xyz", [1]]:
    print(a, b)
for (a, b), c in zip([(1, 2), (3, 4)], "cd"):
    print(a, b, c)
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
first, *mid, last = range(6)
print(first, mid, last)
*init, = "abc"
print(init)
print(*[1, 2], *"ab", sep="|")
print([*range(3), *{"k": 1}], {**{"a": 1}, "b": 2, **{"a": 3}})
print((*"ab",), {*"aa"})
def count_default(n, cache={}):
    cache[n] = cache.get(n, 0) + 1
    return dict(cache)
print(count_default(1), count_default(1), count_default(2))
import_time = 5
def captured(v=import_time):
    return v
import_time = 6
print(captured())

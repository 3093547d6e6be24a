# Checks: comprehension variables don't leak, the first iterable is evaluated in the enclosing scope, class-body scoping.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
i = "untouched"
squares = {i: i * i for i in range(3)}
evens = {i for i in range(6) if i % 2 == 0}
gen = list(i for i in "ab")
print(squares, evens, gen, i)
def f():
    total = 10
    return [total + n for n in range(3)]
print(f())
class K:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 10
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(K.doubled, K.scaled)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
funcs2 = [(lambda n: lambda: n)(n) for n in range(3)]
print([fn() for fn in funcs2])
nested = [[(r, c) for c in range(r)] for r in range(4)]
print(nested)
y = 5
print([y for _ in range(2)], [[y * k for k in range(2)] for y in range(3)], y)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return [inc() for _ in range(4)], count
print(counter())

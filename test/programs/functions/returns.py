# Checks: implicit None return, multiple return values, return in loops/nested blocks, docstrings are not printed but kept in __doc__.
def nothing():
    """This docstring is not printed."""
def explicit_none():
    return
def multi():
    return 1, [2], "three"
def early(xs):
    for x in xs:
        if x > 2:
            return x
    return -1
print(nothing(), explicit_none(), multi(), early([1, 5, 3]), early([]))
print(nothing.__doc__)
a, (b,), c = multi()
print(a, b, c)
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    return "pos"
print([classify(n) for n in (-1, 0, 1)])
def gen_like():
    result = []
    for i in range(3):
        result.append(i)
    else:
        return result
print(gen_like())
def swap(pair):
    x, y = pair
    return y, x
print(swap((1, 2)), swap("ab"))
def nested():
    def inner():
        return "inner value"
    return inner(), inner
v, fn = nested()
print(v, fn())
def fizz(n):
    return "Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0) or str(n)
print(" ".join(fizz(i) for i in range(1, 16)))

# Checks: zip(strict=True) errors name the short or long argument; zip of generators keeps their items.
for args in ([[1, 2], [1]], [[1], [1, 2]], [[1], [1, 2], [3]], [[1, 2], [3, 4]], [[1, 2, 3], [4, 5, 6], [7, 8]]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
def gen(n):
    for i in range(n):
        yield [i] * 3
print(list(zip(gen(3), gen(3), "abc")))

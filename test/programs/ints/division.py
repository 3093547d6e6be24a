# Checks: // and % with all sign combinations, divmod, true division results, zero division messages.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b), "/", a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (7, 2.5), (-7, 2.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(10 / 4, 10 / 5, -10 / 4, 1 / 3, 2 / 3)
print(10 ** 20 / 10 ** 10, (10 ** 20 + 1) / 2)
print(7 // 1, -7 // 1, 0 // -5, 0 % -5)
for expr in ["1 // 0", "1 % 0", "1 / 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0", "1.0 % 0", "0 ** -1", "0.0 ** -1"]:
    try:
        if expr == "1 // 0":
            r = 1 // 0
        elif expr == "1 % 0":
            r = 1 % 0
        elif expr == "1 / 0":
            r = 1 / 0
        elif expr == "divmod(1, 0)":
            r = divmod(1, 0)
        elif expr == "1.0 / 0":
            r = 1.0 / 0
        elif expr == "1.0 // 0":
            r = 1.0 // 0
        elif expr == "1.0 % 0":
            r = 1.0 % 0
        elif expr == "0 ** -1":
            r = 0 ** -1
        else:
            r = 0.0 ** -1
        print(expr, "=", r)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
big = 10 ** 40
print(big // 7, big % 7, -big // 7, -big % 7)
print(big // -(10 ** 39 + 3), big % -(10 ** 39 + 3))

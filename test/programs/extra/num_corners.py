# int/float corners: divmod negatives, round half-even, float repr, int parsing, pow with modulo
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2)]:
    print(a, b, divmod(a, b), a // b, a % b)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5)])
print(round(2.675, 2), round(1.005, 2), round(-2.5), round(12345, -2), round(15, -1), round(25, -1))
print(round(0.125, 2), round(0.375, 2), type(round(2.5)), type(round(2.5, 0)))
print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int(" 42 "), int("-0"), int("1_000"))
print(int("z", 36), int("  -12\n"), int(3.99), int(-3.99), int(True))
for s in ["0b2", "12a", "", "1__0", "08"]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print("ValueError:", e)
print(float("1e-5"), float(" 2.5 "), float("-inf"), float("1_0.5"), repr(float("1e-5")))
print(1e-5, 1e16, 1e15, 123e-20, 2.0 ** 70, 0.1 * 3, 1 / 3, 100.0, -0.0)
print(pow(2, -1), pow(3, -1, 7), pow(2, 10, 1000), pow(-2, 3), pow(2, 0.5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(7 // 0.5, -7 % 2.5, 2 ** -2, (-2) ** -2, 10 ** 20, 10.0 ** 20)
print(abs(-5), abs(-2.5), -(2 ** 63), 2 ** 64 - 1, (2 ** 64) // 3, -(2 ** 64) // 3)
print(1 / 2, 3 / 1, 7 / -2, True + True, 3 * True, 5 // True)
print(float(2 ** 53 + 1), int(1e20), int(-1e20), 2 ** 100 / 2 ** 99)
print(max(1, 1.0), min(1.0, 1), 1 == 1.0, hash(1) == hash(1.0), 0.1 + 0.2 == 0.3)
print((1).bit_length(), (255).bit_length(), (-256).bit_length())
print((2.5).is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio())
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf"), 1e308 * 10)
print(divmod(-0.0, 1), 5 % -0.5 if False else 0, -5 // 3, -5 % 3)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(round(5e-324, 400) if False else 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(int("9" * 30) // 7, -int("9" * 30) % 7, hex(-255), oct(-8), bin(-5))

# Checks: int() from strings with bases and prefixes/underscores/whitespace, int() of floats, error messages.
cases = [("42", 10), ("-17", 10), ("  +8  ", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16),
         ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("Zz", 36),
         ("777", 8), ("1010", 2), ("0", 0), ("-0x10", 0), ("12", 3), ("0b_1_0", 0)]
for s, base in cases:
    print(repr(s), base, int(s, base))
print(int("123"), int(" 9 "), int("-0"), int("000123"))
print(int(3.9), int(-3.9), int(1e10), int(True), int(-0.5))
print(int(), int("10") + int("20"))
bad = [("abc", 10), ("", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("1 2", 10), ("--1", 10), ("08", 0), ("9", 8)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(int("1" * 50))
print(int("-" + "9" * 30, 10) // 10 ** 20)
print(int("7fffffffffffffff", 16), int("1" * 64, 2))
print(str(-255), str(10 ** 20), repr(12), str(0))

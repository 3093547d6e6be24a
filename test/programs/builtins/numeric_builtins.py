# Checks: abs, round, divmod, pow, sum with start, int/float/bool conversions, hex/oct/bin, chr/ord, min/max on numbers.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 30))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-3, 3, 7), pow(2.5, 2))
print(sum([1, 2, 3]), sum([1, 2, 3], 100), sum([[1], [2]], []), sum((0.1, 0.2)), sum(range(101)))
print(int("42"), int(4.9), int(-4.9), float("1.5"), float(3), bool(0), bool("0"), bool([]), bool(None))
print(hex(0), hex(4095), hex(-1), oct(64), bin(10), bin(-10), hex(2 ** 64))
print(chr(65), chr(0x263A), ord("A"), ord("\u263a"), [chr(c) for c in range(97, 102)])
print(str(12), str(-1.5), str(True), repr(None), int(True) + 1)
print(max(range(10), key=lambda x: (x % 4, x)), min(3.5, 2, key=lambda x: -x))
print(bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(format(255, "x"), format(255, "#b"), format(1e6, ",.0f"), format(0.5, ".0%"), format(42), format("s", "^5"))
print(int("  12  "), float("  -3.5e2 "), int("-0"), float("+.5"))
print(isinstance(True, int), isinstance(1.0, int), type(True) is bool, bool is int)

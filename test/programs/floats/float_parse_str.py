# Checks: float() parsing edge cases, str/repr of floats in containers, float in string building.
samples = ["3.14", "-2.5e3", "1E5", "+0.5", "  -7  ", "1e-3", "0", "-0", "nan", "-inf", "+inf", "1_0.5", "6.02e23", "1.", ".25", "00012.5000"]
for s in samples:
    print(repr(s), "->", repr(float(s)))
for s in ["", "1.2.3", "e5", "abc", "1e", "--1", "1_", "inf5"]:
    try:
        float(s)
        print(repr(s), "parsed?!")
    except ValueError as e:
        print("ValueError:", e)
print(str(1.0) + "x", "%s" % 2.5, "%r" % 0.1, "{}".format(1e-9))
print(str([1.0, 2.5, -0.0]), repr((0.1,)))
parts = []
x = 0.0
while x < 1.0:
    parts.append(str(round(x, 2)))
    x += 0.15
print(", ".join(parts))
print(float(7) / 2, float(-7) // 2, 7 / 2.0)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(type(1.5).__name__, isinstance(1.5, float), isinstance(1, float))

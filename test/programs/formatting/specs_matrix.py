# Checks: a matrix of format specs applied to ints, floats and strings via format().
ints = [0, 7, -7, 1234567, 255]
int_specs = ["", "d", "5d", "<5", "^7", ">7", "+d", " d", "05d", ",", "_", "x", "#x", "X", "o", "#o", "b", "#b", "08b", "=+9", "*^9", "e", ".2f", "%"]
for v in ints:
    out = []
    for s in int_specs:
        out.append(format(v, s))
    print(v, "|".join(out))
print(format(65, "c"), format(0x3b1, "c"), format(97, ">3c"))
floats = [0.0, 1.5, -2.25, 1234567.891, 1e-6, 1e20, 0.1 + 0.2]
float_specs = ["", ".0f", ".1f", "10.3f", "<10.2f", "^10.2f", "+.2f", "08.2f", ",.2f", "e", ".2e", "10.1e", "g", ".3g", "%", ".1%", "=+12.2f", "_.3f", ".10g", "G"]
for v in floats:
    print(v, "|".join(format(v, s) for s in float_specs))
strs = ["", "a", "hello", "longer string"]
str_specs = ["", "5", "<5", ">5", "^5", "*^7", ".2", "8.3", "->6"]
for v in strs:
    print(repr(v), "|".join(format(v, s) for s in str_specs))

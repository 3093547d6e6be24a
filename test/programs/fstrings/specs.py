# Checks: f-string format specs: width/fill/align, sign, zero padding, grouping, bases, precision, nested specs.
n = 255
print(f"{n:d}|{n:5d}|{n:<5d}|{n:^7d}|{n:05d}|{n:+d}|{-n:+d}|{n: d}|{-n: d}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#o}|{n:#b}|{n:08b}|{n:#010x}")
print(f"{1234567:,}|{1234567:_}|{-1234567:,}|{1234567890:_x}|{12:,}")
print(f"{65:c}|{0x263A:c}")
print(f"{3.14159:.2f}|{3.14159:8.3f}|{-3.14159:08.3f}|{3.14159:+.1f}|{2.5:e}|{2.5:.1e}")
print(f"{'text':10}|{'text':>10}|{'text':^10}|{'text':.2}|{'text':_<8}")
print(f"{42:=+8}|{-42:=8}|{42:*=8}")
for prec in range(4):
    for w in [6, 9]:
        print(f"{2 / 3:{w}.{prec}f}", end="|")
print()
val = 1234.5678
for spec in [".1f", "10.2f", "<10.1f", "^12,.2f", "+.3e", "g", ".2%", "015,.1f"]:
    print(spec, "->", f"{val:{spec}}", "|", format(val, spec))
print(f"{True:d} {True} {False:>6}")
print(f"{10**20:,}")
print(f"{-0.0:.1f} {0.0:+.1f}")
align = "<>^"
for a in align:
    print(f"[{'ab':{a}6}] [{7:{a}6}]")
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{12:s}")
except ValueError as e:
    print("ValueError:", e)

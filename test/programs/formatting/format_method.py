# Checks: str.format with automatic, positional, keyword, index, attribute fields, conversions and nested specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Kim", age=40))
print("{0[0]} {0[2]} {1[key]}".format([10, 20, 30], {"key": "val"}))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{p.x}-{p.y}".format(p=p))
print("{0!r} {0!s} {0!r:>10}".format("q"), "{!r}-{!s}".format("r", "s"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:.2f} {:+.3e} {:,} {:x} {:#b} {:08.3f}".format(3.14159, 1234.5, 1234567, 255, 5, -3.5))
print("{0:{1}}|{0:>{1}}".format("w", 5), "{:{}.{}f}".format(3.14159, 10, 3))
print("{{}} {{{}}}".format("x"))
data = {"a": 1, "b": 2}
print("{a} + {b}".format(**data), "{0} {1}".format(*["x", "y"]))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{:d} {:5d}|{:<5d}|".format(7, 7, 7))
print("{:s}".format("str"), "{}".format(None), "{}".format([1, "a"]))
for bad in ["{0} {2}", "{missing}", "{", "}", "{0:d}"]:
    try:
        print(bad.format("only"))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{0}{1}{0}".format("ab", "-"))
print(format(12, "x"), format(3.5, "08.2f"), format("s", ">3"), format(10 ** 10, ","), format(True), format(None))

# string formatting corners: %r with tuples, nested format specs, f-string dict lookups, !a, format()
t = (1, "a")
print("%r" % (t,))
print("%s and %s" % t)
print("%s" % [1, 2])
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
print("%5.2f|%-6d|%+d|%x|%#o|%e" % (3.14159, 42, 5, 255, 8, 12345.678))
print("%(name)s is %(age)03d" % {"name": "Al", "age": 7})
print("%c%c" % (65, "b"), "%%", "%.3s" % "abcdef", "%*d" % (5, 3))
print("%r %a" % ("é", "é"))
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':>{w}}|{42:0{w}d}")
print(f"{'mid':*^9}|{-42:=+8}|{255:#x}|{255:08b}|{1234567:,}|{1234567:_}")
d = {"k": [1, 2], "n": {"x": "deep"}}
print(f"{d['k'][1]} {d['n']['x']} {'abc'.upper()} {len(d)}")
print(f"{'é'!a} {'x'!r} {3!s:>4}")
print(f"{1+1=} {d['k']=}")
print(format(3.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(1e21, "f"))
print(format(12345.6789, ",.2f"), format(0.000012345, "g"), format(1234567890.0, "g"))
print(format(1e16, "g"), format(123, "e"), format(-0.0, "f"), format(5, "%"))
print("{:>{}}".format("hi", 6), "{0}{1}{0}".format("a", "b"), "{x[1]}".format(x="pq"))
print("{!r:>8}".format("s"), "{:.2%}".format(0.4567), "{:+.1e}".format(-12345.0))
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
print(f"{P():abc} {P()!r} {format(P(), 'z')}", "{:q}".format(P()))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("tab\t\n"), ascii("ü\u2603"))
print(str(1e100), str(1.5e-7), str(123456789012345678.0), str(0.1 + 0.7), 1e22, 1e-4, 0.0001234)
print(f"{10**20:.3g} {2**0.5:.10f} {-1.5:06.2f} {7:^5}|")
print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.25))
print("{:,d}".format(-1234567), "{:x}".format(-255), "{:o}".format(64))
print("{:10.3s}|{:<3}|".format("abcdef", "toolong"))

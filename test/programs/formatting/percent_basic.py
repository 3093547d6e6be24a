# Checks: % formatting: %s %r %d %i %f %e %g %x %o %c %%, tuples, single values, width/precision/flags.
print("%s is %d years" % ("Ann", 31))
print("%r %s" % ("q", "q"))
print("%d %i %5d %-5d| %05d %+d % d" % (42, 42, 42, 42, 42, 42, 42))
print("%f %.2f %8.3f %-8.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.0000314, 1e20))
print("%x %X %#x %o %#o %08x" % (255, 255, 255, 8, 8, 48879))
print("%c%c%c" % (72, "i", 33))
print("100%% sure, %s%%" % 50)
print("%s" % [1, 2], "%s" % ((1, 2),), "%s" % {"a": 1})
print("%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%s" % 3.0)
print("%.3s|%10.2s|%-6s|" % ("abcdef", "xyz", "ab"))
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 3.14159))
print("%(name)s scored %(score).1f (%(name)r)" % {"name": "Zed", "score": 88.25})
print("%5s|%-5s|%5r" % ("a", "b", "c"))
print("%d items" % 3, "%s" % "single")
print("%x" % -255, "%o" % -8, "%+.2e" % -0.000123)
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1)]:
    fmt, args = bad
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("%s and %s" % ("a", "b"), "%%")
print("%-10s|%10s|" % ("left", "right"))
print("%3d%%" % 7)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%i %i" % (10 ** 20, -10 ** 20))

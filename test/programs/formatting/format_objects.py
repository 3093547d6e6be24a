# Checks: str()/repr() of containers containing floats, strings, nested containers, and user objects with __repr__/__str__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __repr__(self):
        return "Money(%d)" % self.cents
m = Money(12345)
print(m, str(m), repr(m))
print([m, Money(5)], (m,), {"price": m})
print("price: %s / %r" % (m, m))
print("{} {!r}".format(m, m))
print(f"{m} {m!r}")
nested = {"a": [1, 2.5, "three", (4, None)], "b": {"c": {"d": [True, False]}}, "e": set()}
print(nested)
print(repr(nested) == str(nested))
print([[], [[]], [[], []]], ((),), [()], {1: {}}, [{}])
print(str("s"), repr("s"), str(["s"]), repr(["s"]))
class NoStr:
    def __repr__(self):
        return "NoStr<repr>"
print(NoStr(), str(NoStr()), [NoStr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o), "%s" % o, f"{o}", "{}".format(o))
print(format(m), format(m, ""))
print(str(1.0), repr(1.0), str([1.0]), str(-0.0), str([float("nan"), float("inf")]))

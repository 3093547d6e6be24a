# Checks: __repr__ vs __str__ use by print, str(), repr(), containers, %s/%r, f-strings, and fallback of __str__ to __repr__.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b}, {1: r})
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r} {r}")
print(str([s]).startswith("[<__main__.StrOnly object at "), repr(s).startswith("<__main__.StrOnly object"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Inherit(Both):
    pass
print(Inherit(), [Inherit()])
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        if not self.kids:
            return "Tree(%r)" % self.v
        return "Tree(%r, %s)" % (self.v, ", ".join(map(repr, self.kids)))
print(Tree(1, Tree(2), Tree(3, Tree("x"))))
print(repr(Tree("q")) == str(Tree("q")))

# Checks: id() and hash() used only in deterministic ways (comparisons, equalities), `is` semantics of singletons.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-0.0) == 0)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(12345), hash(-7), hash(2 ** 20), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash("abc") == hash("ab" + "c"))
x = None
print(x is None, None is None, True is True, ... is Ellipsis, type(None)() is None)
class Obj:
    pass
o1, o2 = Obj(), Obj()
print(o1 is o1, o1 is o2, id(o1) != id(o2), hash(o1) == hash(o1), o1 == o1, o1 != o2)
d = {o1: "first", o2: "second"}
print(d[o1], d[o2], len(d))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(hash(3.5), int), hash(3.5) == hash(3.5))

# Checks: multiple inheritance, C3 MRO with diamonds, cooperative super() calls, MRO conflict TypeError.
class Base:
    def __init__(self):
        print("  Base.__init__")
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("  Left.__init__")
        super().__init__()
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self):
        print("  Right.__init__")
        super().__init__()
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def __init__(self):
        print("  Bottom.__init__")
        super().__init__()
    def who(self):
        return ["Bottom"] + super().who()
b = Bottom()
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
class F(D): pass
for cls in [D, E, F]:
    print(cls.__name__, [c.__name__ for c in cls.mro()])
try:
    class G(D, E): pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])
class Mixin:
    def greet(self):
        return "mixin greet from " + self.name()
class Named:
    def name(self):
        return "Named"
class Both(Mixin, Named): pass
print(Both().greet())
try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError:", e)

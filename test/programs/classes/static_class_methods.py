# Checks: @staticmethod and @classmethod called on class and instance, alternative constructors, cls in subclasses.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class FancyDate(Date):
    pass
print(Date.from_string("2024-02-29"), FancyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = FancyDate(2020, 1, 1)
print(d.from_string("2021-06-15"), type(d.from_string("2021-06-15")).__name__)
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @classmethod
    def make_sub(cls):
        return cls.__name__
class SubRegistry(Registry):
    items = []
print(Registry.add(1), Registry.add(2), SubRegistry.add(3))
print(Registry.items, SubRegistry.items, SubRegistry.make_sub(), SubRegistry().make_sub())
class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))
    factor = 2
    @classmethod
    def scaled(cls, x):
        return x * cls.factor
print([MathUtil.clamp(v, 0, 10) for v in (-5, 5, 15)], MathUtil.scaled(21), MathUtil().scaled(1))
f = MathUtil.clamp
print(f(100, 0, 50), type(Registry.__dict__["add"]).__name__, type(MathUtil.__dict__["clamp"]).__name__)

# Checks: slice objects passed to __getitem__/__setitem__/__delitem__ of a user class, indices() normalization.
class Seq:
    def __init__(self, n):
        self.data = list(range(n))
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("  get slice", key.start, key.stop, key.step, "->", key.indices(len(self.data)))
            return Seq.from_list(self.data[key])
        print("  get index", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("  set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("  del", key)
        del self.data[key]
    @classmethod
    def from_list(cls, xs):
        s = cls(0)
        s.data = list(xs)
        return s
    def __repr__(self):
        return "Seq(%r)" % (self.data,)
s = Seq(10)
print(s[3], s[-1])
print(s[2:7])
print(s[::3])
print(s[::-1])
print(s[-3:])
s[1:3] = ["a", "b", "c"]
print(s)
s[0] = "zero"
del s[::2]
print(s)
del s[0]
print(s, len(s))
print(s[1:2:1], s[:])
# No __iter__: iteration falls back to __getitem__ with 0, 1, 2, ... until IndexError.
print([x for x in Seq(3)])

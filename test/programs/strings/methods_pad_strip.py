# Checks: strip family with and without chars, ljust/rjust/center with fill, zfill, expandtabs.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("...".strip(".")), repr("".strip()), repr("www.example.com".strip("cmowz.")))
for w in [0, 3, 8, 11]:
    print(repr("hello".ljust(w)), repr("hello".rjust(w)), repr("hello".center(w)))
print(repr("hi".center(7, "*")), repr("hi".center(6, "*")), repr("odd".center(8, "-")), repr("a".center(4, ".")))
print(repr("x".ljust(5, "0")), repr("x".rjust(5, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 3.75)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + ("%.2f" % price).rjust(8))
print("a\tb\tc".expandtabs(4), "|")
print("=" * 20)
print("title".center(20, "="))

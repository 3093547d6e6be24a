# string methods corners: split/rsplit maxsplit, strip chars, partition, join errors, find bounds, zfill
s = "  a,b,,c  "
print(s.split(","), s.strip().split(",", 1), s.rsplit(",", 1), "a b  c".split(), " x ".split(" "))
print("".split(","), "".split(), "abc".split("abc"), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("abcabc".find("c", 3), "abcabc".find("c", 3, 4), "abcabc".rfind("a", 0, 3), "abc".find(""), "abc".find("", 5))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "x".center(4, "*"), "ab".ljust(5, "-"), "ab".rjust(5))
print("Hello World".swapcase(), "hello world".title(), "HELLO".capitalize(), "ß".upper(), "İ".lower() == "i̇")
print("a-b-c".replace("-", "+", 1), "aaa".replace("a", "b", 0), "abc".replace("", "-"), "aaaa".count("aa"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2), "abc".startswith("b", 1))
print("123".isdigit(), "12.3".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace(), "".isspace(), "Ab".istitle(), "AB".isupper())
print("tab\there".expandtabs(4), repr("a\tb".expandtabs()), "%s" % "x".join("abc"))
print("abc" * 0, "ab" * 3, "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(ord("€"), chr(8364), "€".encode if False else "", len("héllo"), "héllo"[1])
print("{} {}".format(*"ab"), "%-5s|" % "ab", "a,b".split(",", maxsplit=0))
print("one two three".rsplit(None, 1), "  lead".split(None, 1), "x".join([]), "-".join("abc"))
print(str(None), str(True), str([None, "a"]), str(("a",)), str({"a": None}))
print("caf\u00e9".casefold(), "ABC".lower().upper(), "a1b2".translate({ord("1"): "x", ord("2"): None}) if hasattr(str, "translate") else "")
print("hello"[1:-1].upper()[::-1], "x" in "xyz", "" in "abc", "xy" not in "yx")
t = "The quick brown fox"
print(max(t.split(), key=len), sorted(t.lower().split()), [w[::-1] for w in t.split()])
print("%d items" % 3, "%s" % None, "%5.1f%%" % 99.55, "%x" % 3054, "%-3d|" % 5, "%03d" % -5)

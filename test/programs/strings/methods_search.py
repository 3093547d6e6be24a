# Checks: find/rfind/index/rindex/count/startswith/endswith with ranges, tuples and not-found cases.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("abra"), s.rfind("a", 0, 5), s.rfind("q"))
print(s.index("cad"), s.rindex("b"))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("xyz")
except ValueError as e:
    print("ValueError:", e)
print(s.count("a"), s.count("abra"), s.count("a", 4), s.count(""), s.count("aa"), "aaaa".count("aa"))
print(s.startswith("abra"), s.startswith("cad", 4), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith(("a", "z")))
print(s.endswith("abra", 0, 4), s.startswith(""), "".endswith(""))
print("cad" in s, "dab" not in s, s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"))
print(s.replace("abra", ""), s.replace("xyz", "q"), "aaa".replace("a", "aa"))
print("hello"[::-1], "".join(reversed("hello")), "hello" * 2)
text = "to be or not to be that is the question"
pos = []
i = text.find("be")
while i != -1:
    pos.append(i)
    i = text.find("be", i + 1)
print("positions of 'be':", pos)
print(s.removeprefix("abra"), s.removesuffix("abra"), s.removeprefix("zz"))
print(min(s), max(s), sorted(s), len(s), s[3], s[-1])
print(ord("a"), chr(97), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(65, 71)))

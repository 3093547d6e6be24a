# Checks: constructors list/tuple/dict/set/frozenset/str/int/float/bool from many inputs, copying behavior.
src = [3, 1, 2, 3]
print(list(src), tuple(src), set(src), frozenset(src), dict.fromkeys(src))
print(list("abc"), tuple("abc"), sorted(set("abcab")), list({"x": 1, "y": 2}), list({"x": 1}.items()))
print(dict([("a", 1), ["b", 2]]), dict(zip("ab", "xy")), dict(a=1), dict({"z": 0}, y=9))
print(str(123), str(-0.5), str([1, "2"]), str((None,)), str("already"))
print(int("7"), int(7.9), int(True), int("-0b101", 0), float("nan") != float("nan"), float(1), float("-inf"))
print(bool(""), bool(" "), bool(0), bool([0]), bool({}), bool(range(0)))
l = [1, 2]
l2 = list(l)
print(l2 == l, l2 is l)
t = (1, 2)
print(tuple(t) is t, tuple(l) == t)
print(list(range(3)) + list((4,)), set([1, 2]) | set((2, 3)))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5", "1e3"]])
print(list(x for x in range(3)), tuple(x * 2 for x in range(3)), dict((x, x) for x in range(2)))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(str(), int(), float(), bool(), list(), tuple(), dict(), set(), frozenset())

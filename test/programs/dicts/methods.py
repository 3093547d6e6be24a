# Checks: dict methods get, setdefault, pop, popitem, update, copy, clear, keys/values/items, fromkeys; KeyError messages.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d, d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10, "a": -1})
print(d)
d.update([("y", 20), ("z", 30)])
d.update(w=40)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    d[1]
except KeyError as e:
    print("KeyError:", e)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print("a" in d, "zz" in d, 1 not in d, len(d))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
print(d | {"q": 0}, {"a": 1} | {"a": 2})
e = {"k": 1}
e |= {"j": 2}
print(e)
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError:", err)
del d["a"]
print(d)
try:
    del d["a"]
except KeyError as err:
    print("KeyError:", err)

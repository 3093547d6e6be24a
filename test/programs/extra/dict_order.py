# dict ordering after deletes and re-inserts, views, set ops on views, popitem order, mutation errors
d = {}
for k in "abcde":
    d[k] = ord(k)
del d["b"]
d["b"] = 0
d["a"] = 1
print(list(d), d)
d.pop("c")
d["c"] = 3
print(list(d.items()))
print(d.popitem(), d.popitem(), list(d))
keys = d.keys()
vals = d.values()
items = d.items()
d["z"] = 26
print(list(keys), list(vals), list(items), len(keys))
print(keys & {"a", "z", "q"} == {"a", "z"}, sorted(keys | {"new"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "w"}))
print(("a", 1) in items, ("a", 2) in items, 1 in vals, "z" in keys)
print(items & {("z", 26)}, list(reversed(d)), list(reversed(d.values())))
try:
    for k in d:
        d[k + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d2 = dict.fromkeys([3, 1, 2], "v")
print(d2, dict.fromkeys("ab"))
d2.update([(1, "one"), (4, "four")], extra=1)
print(d2)
print(d2.setdefault(9, []), d2.setdefault(1, "x"), d2)
d3 = {1: "a", True: "b", 1.0: "c"}
print(d3)
print({**{"x": 1, "y": 2}, "x": 3}, {"x": 1} | {"y": 2, "x": 0})
e = {"a": 1}
e |= {"b": 2}
print(e, e == {"b": 2, "a": 1}, list(e) == list({"b": 2, "a": 1}))
print(dict(zip("abc", range(3))), dict([("k", 1)], k=2))
try:
    d.popitem() if False else {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print("ValueError:", ex)
x = {"k": [1]}
y = x.copy()
y["k"].append(2)
y["j"] = 0
print(x, y)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(min(d, key=d.get), {k: v for k, v in reversed(list(e.items()))})
od = {i: i for i in range(6)}
for i in range(0, 6, 2):
    del od[i]
od[0] = "back"
print(od, list(od.keys())[0])

# Checks: insertion order preserved, re-assigning keeps position, delete and re-insert moves to end, views are live.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 99
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
keys = d.keys()
vals = d.values()
items = d.items()
print(keys, vals, items)
d["new"] = 7
print(keys, len(keys), "new" in keys)
print(vals, items)
print(list(reversed(d)), list(reversed(d.items())))
print(keys & {"mid", "other"} == {"mid"}, sorted(keys - {"mid"}), sorted(keys | {"x"}))
nums = {3: "c", 1: "a", 2: "b"}
print(nums, sorted(nums), list(nums.items()))
print({k: nums[k] for k in sorted(nums)})
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for w in "the quick the lazy the end quick".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)

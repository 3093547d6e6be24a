# Checks: working with nested dict/list data: traversal, counting, merging, deep copy by hand.
db = {
    "users": [
        {"id": 1, "name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31}},
        {"id": 2, "name": "bob", "roles": ["dev"], "meta": {"age": 25}},
        {"id": 3, "name": "cy", "roles": [], "meta": {}},
    ],
    "settings": {"theme": "dark", "limits": {"max": 10, "min": 1}},
}
for u in db["users"]:
    print(u["id"], u["name"], len(u["roles"]), u["meta"].get("age", "?"))
role_count = {}
for u in db["users"]:
    for r in u["roles"]:
        role_count[r] = role_count.get(r, 0) + 1
print(role_count)
def deep_copy(x):
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x
c = deep_copy(db)
c["users"][0]["roles"].append("ops")
c["settings"]["limits"]["max"] = 99
print(db["users"][0]["roles"], c["users"][0]["roles"])
print(db["settings"], c["settings"])
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
print(merge(db["settings"], {"limits": {"max": 5, "step": 2}, "lang": "en"}))
def paths(x, prefix=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from paths(v, prefix + "/" + str(k))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from paths(v, prefix + "[" + str(i) + "]")
    else:
        yield prefix, x
for p, v in paths(db["settings"]):
    print(p, "=", v)
print(len(list(paths(db))))

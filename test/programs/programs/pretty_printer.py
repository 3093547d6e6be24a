# Checks: a JSON-like pretty printer and serializer written by hand: recursion on types, escaping, indentation, sorting keys.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(x, indent=None, level=0, sort_keys=False):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if x is None:
        return "null"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if isinstance(x, (int, float)):
        return repr(x)
    if isinstance(x, str):
        return escape(x)
    if isinstance(x, (list, tuple)):
        if not x:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1, sort_keys) for v in x) + end + "]"
    if isinstance(x, dict):
        if not x:
            return "{}"
        keys = sorted(x) if sort_keys else list(x)
        return "{" + sep.join(pad + escape(str(k)) + ": " + dumps(x[k], indent, level + 1, sort_keys) for k in keys) + end + "}"
    raise TypeError("Object of type %s is not JSON serializable" % type(x).__name__)
doc = {
    "name": "gilvm",
    "version": [0, 1, 0],
    "ok": True,
    "missing": None,
    "ratio": 0.1 + 0.2,
    "nested": {"z": [], "a": {}, "list": [1, [2, [3]], {"k": "v"}]},
    "text": 'quote " backslash \\ newline \n tab \t café',
}
print(dumps(doc))
print(dumps(doc, indent=2))
print(dumps(doc["nested"], indent=4, sort_keys=True))
print(dumps([1.5, -0.0, 1e22, 10 ** 20, "é"]))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

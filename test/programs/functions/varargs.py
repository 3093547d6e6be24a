# Checks: *args and **kwargs collection, forwarding, unpacking in calls, keyword ordering preserved.
def collect(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
collect()
collect(1, 2, 3)
collect(a=1, b=2)
collect(1, *[2, 3], *(4,), x=5, **{"y": 6}, z=7)
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
forward("via", forward=True)
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(1, 2, start=100))
def tag(name, **attrs):
    inner = "".join(' %s="%s"' % (k, v) for k, v in attrs.items())
    return "<%s%s>" % (name, inner)
print(tag("a", href="/x", title="T"), tag("br"))
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4))
def kw_only_sum(**kw):
    return sum(kw.values()), sorted(kw)
print(kw_only_sum(x=1, y=2, z=3))
args = (1, 2)
kwargs = {"sep": "-", "end": "!\n"}
print(*args, **kwargs)
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"))
try:
    collect(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)

# Checks: repr of nested builtins: lists, tuples, dicts, sets (ints), strings with quotes, None/bools/floats, ranges.
values = [
    [1, [2, [3, []]]],
    (1,),
    ((1, 2), (3,)),
    {"a": [1, 2], "b": {"c": (3, 4)}},
    {1: {2: {3: {}}}},
    [{1}, frozenset([2]), set()],
    ["it's", 'say "x"', "tab\t", "uni\u00e9"],
    [None, True, False, 0.1, -0.0, 1e100, float("inf")],
    [range(3), range(1, 10, 2)],
    {(1, 2): [None], None: "none", 2.5: 1},
    [[], (), {}, ""],
    "just a string",
    ("t", ["u", ("v",)]),
]
for v in values:
    print(repr(v))
    print(str(v))
print(repr(repr("x")), repr(str(1)), repr([repr(1.0)]))
print([print] == [print], repr(len), repr(print))

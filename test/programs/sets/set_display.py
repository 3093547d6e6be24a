# Checks: printing int sets directly. The element order is CPython's hash-table order (hash(i) == i,
# table sizes and probing), which gilvm must reproduce; also repr of empty sets and nested frozensets.
print({1, 2, 3})
print({3, 2, 1})
print({5, 0, 10, 2})
print({-1, -2, 0})
print(set(), frozenset(), {0})
print({i * i for i in range(8)})
print(frozenset({3, 1}))
print([{1}, {2, 3}], ({4},))
print({frozenset({1, 2}): 1})
print(str({1, 2}), repr({7, 8, 9}))
s = {31, 1, 17}
print(s, sorted(s))
print({True, False}, {None}, {0, 1})

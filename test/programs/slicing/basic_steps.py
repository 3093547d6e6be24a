# Checks: slices with positive/negative start/stop/step, out-of-range bounds, empty results, on list/str/tuple/range.
a = list(range(10))
specs = [(None, None, None), (2, None, None), (None, 3, None), (2, 8, 2), (-3, None, None), (None, -3, None),
         (-8, -2, 3), (None, None, -1), (8, 2, -2), (-1, -6, -1), (2, 8, -1), (100, None, None), (-100, 3, None),
         (None, None, 3), (None, None, -3), (5, 5, None), (7, 2, None), (1, 100, 4), (-100, 100, None), (9, -11, -4)]
for start, stop, step in specs:
    s = slice(start, stop, step)
    print((start, stop, step), a[s], "abcdefghij"[s], tuple(a)[s], list(range(10)[s]))
print(a[::2], a[1::2], a[::-2], a[-2::-2])
print("hello"[1:-1], "hello"[:0], "hello"[5:], "hello"[-1:-6:-1])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
s = slice(1, 5)
print(s.start, s.stop, s.step, s, slice(3), slice(None, None, -1))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
r = range(0, 20, 3)
print(r[2:5], r[::-1], r[1::2], list(r[::-3]))

# Checks: classic list algorithms: binary search, merge sort, dedupe preserving order, rotation, chunking.
def binary_search(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 3, 5, 8, 13, 21]
print([binary_search(a, x) for x in [0, 1, 3, 4, 21, 22]])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out
data = [(i * 37 + 11) % 50 for i in range(30)]
print(data)
print(merge_sort(data))
print(merge_sort(data) == sorted(data))
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe(data))
def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate([1, 2, 3], 7))
print([data[i:i + 7] for i in range(0, len(data), 7)])
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]], []]))
running = []
t = 0
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    t += v
    running.append(t)
print(running)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))

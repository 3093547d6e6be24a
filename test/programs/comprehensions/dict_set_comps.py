# Checks: dict and set comprehensions: filtering, transforming, inverting, grouping, counting (ints or sorted output).
nums = [5, 3, 8, 3, 9, 1, 5, 8]
print({n for n in nums})
print(sorted({n % 4 for n in nums}))
print({n: nums.count(n) for n in nums})
print({i: n for i, n in enumerate(nums) if n > 4})
text = "the rain in spain falls mainly on the plain"
lens = {w: len(w) for w in text.split()}
print(lens)
first = {w[0]: w for w in text.split()}
print(first)
print(sorted({w for w in text.split() if "ain" in w}))
print({k: v for k, v in lens.items() if v == max(lens.values())})
inverted = {}
for w, n in lens.items():
    inverted.setdefault(n, []).append(w)
print({n: sorted(ws) for n, ws in sorted(inverted.items())})
print({x: {y: x * y for y in range(1, 3)} for x in range(1, 3)})
print({(a, b): a ** b for a in range(1, 4) for b in range(0, 3) if a != b})
print(len({frozenset({a, b}) for a in range(4) for b in range(4)}))

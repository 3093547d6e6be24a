# Checks: dict comprehensions with conditions, nested, from zip/enumerate, and key collision behaviour.
squares = {n: n * n for n in range(6)}
print(squares)
evens = {n: s for n, s in squares.items() if n % 2 == 0}
print(evens)
letters = {c: i for i, c in enumerate("hello")}
print(letters)
table = {(r, c): r * c for r in range(1, 4) for c in range(1, 4) if r <= c}
print(table)
nested = {outer: {inner: outer * inner for inner in range(3)} for outer in range(3)}
print(nested)
zipped = {k: v for k, v in zip(["x", "y", "z"], [1, 2, 3])}
print(zipped)
swapped = {v: k for k, v in zipped.items()}
print(swapped)
parity = {n % 3: n for n in range(10)}
print(parity)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)
print({k: v for k, v in sorted(lengths.items(), key=lambda kv: kv[1])})
print(dict((k, k * 2) for k in range(3)))

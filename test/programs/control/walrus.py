# Checks: assignment expressions (:=) in if/while/comprehensions, scope of walrus in comprehensions.
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list,", n, "items")
total = 0
i = 0
while (item := data[i] if i < len(data) else None) is not None:
    total += item
    i += 1
print("total", total, "last item var", item)
squares = [y for x in data if (y := x * x) > 100]
print(squares, "y leaked:", y)
chunks = []
pos = 0
text = "the quick brown fox"
while (space := text.find(" ", pos)) != -1:
    chunks.append(text[pos:space])
    pos = space + 1
chunks.append(text[pos:])
print(chunks)
print((z := 10) + z, z)
def f():
    [last := c for c in "abc"]
    return last
print(f())
values = [1, 2, 3, 4]
print(any((hit := v) > 2 for v in values), hit)
acc = 0
print([acc := acc + v for v in values], acc)

# Checks: for over various iterables, range variants, while loops, nested loops.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 10, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -2):
    print(i, end=" ")
print()
print(list(range(0)), list(range(-3)), list(range(5, 0)), list(range(0, 10, 4)))
r = range(3, 20, 4)
print(len(r), r[0], r[-1], r[1:3], 7 in r, 8 in r, r.index(11), r.count(15))
print(r, range(5), range(1, 5), range(1, 5, 2))
for ch in "hey":
    print(ch.upper(), end="")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
total = 0
for i in range(1, 4):
    for j in range(1, 4):
        total += i * j
print("total", total)
rows = []
for i in range(4):
    row = ""
    for j in range(i + 1):
        row += "*"
    rows.append(row)
print("\n".join(rows))
x = 1
while x < 1000:
    x *= 3
print(x)
for i in range(3):
    pass
print("i after loop", i)
squares = []
for i in reversed(range(5)):
    squares.append(i * i)
print(squares)

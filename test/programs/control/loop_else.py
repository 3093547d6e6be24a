# Checks: while/else and for/else (else runs only without break), break/continue in nested loops.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("  found", target, "at", i)
            break
    else:
        print("  not found", target)
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never printed")
print("broke at", n)
for i in range(2, 30):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        print(i, end=" ")
print()
for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("loop else after continue-only loop")
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        if a == b:
            continue
        count += 1
        print("pair", a, b)
print("count", count)
x = 10
while x:
    x -= 3
    if x < 0:
        print("went negative", x)
        break
else:
    print("hit zero")

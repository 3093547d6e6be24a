# Checks: uncaught TypeError for bad operand types inside a loop.
items = [1, 2, "3", 4]
total = 0
for item in items:
    print("adding", repr(item))
    total = total + item
print(total)

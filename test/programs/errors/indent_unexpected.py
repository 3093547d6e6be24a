# Checks: IndentationError: unexpected indent (nothing is executed).
print("first")
x = 1
    y = 2
print(x + y)

# Checks: IndentationError: expected an indented block after 'if' statement.
x = 5
if x > 3:
print("big")

# Checks: SyntaxError: 'return' outside function.
x = 1
if x:
    return x
print("never")

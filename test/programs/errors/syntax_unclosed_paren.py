# Checks: SyntaxError for an unclosed parenthesis: nothing runs, `SyntaxError: '(' was never closed`.
print("this line is never executed")
values = [1, 2, 3]
total = sum(values
print(total)

# Checks: SyntaxError: unterminated string literal.
print("ok")
message = "this string never ends
print(message)

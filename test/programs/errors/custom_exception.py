# Checks: an uncaught user-defined exception with a custom message; the last stderr line is `ValidationError: ...`.
class ValidationError(ValueError):
    pass
def validate(user):
    if "@" not in user["email"]:
        raise ValidationError("invalid email for %s: %r" % (user["name"], user["email"]))
    return True
users = [{"name": "ann", "email": "ann@example.org"}, {"name": "bob", "email": "bob.example.org"}]
for u in users:
    print("checking", u["name"])
    validate(u)
    print("ok", u["name"])

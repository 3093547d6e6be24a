# Checks: NameError messages for undefined names, globals deleted, names in nested functions and classes.
try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e)
def uses_missing():
    return missing_global + 1
try:
    uses_missing()
except NameError as e:
    print("NameError:", e)
g = 1
del g
try:
    g
except NameError as e:
    print("NameError:", e)
class C:
    attr = 1
    def method(self):
        return attr
try:
    C().method()
except NameError as e:
    print("NameError:", e)
try:
    undefined_function()
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
def outer():
    def inner():
        return later
    try:
        return inner()
    except NameError as e:
        return "inner NameError: " + str(e)
print(outer())
try:
    [x_not_defined for _ in range(1)]
except NameError as e:
    print("NameError:", e)
try:
    print(len(unknown_thing))
except NameError as e:
    print("NameError:", e, "| is NameError:", type(e) is NameError)

# Checks: global statement, local shadowing, del of names, builtins shadowing.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print("counter", counter)
name = "global"
def show():
    name = "local"
    return name
print(show(), name)
def reads_global():
    return name.upper()
print(reads_global())
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
v = 1
del v
try:
    print(v)
except NameError as e:
    print("NameError:", e)
def shadow():
    len = lambda x: 99
    return len([1, 2])
print(shadow(), len([1, 2]))
x = 10
def outer():
    x = 20
    def inner():
        return x
    return inner()
print(outer(), x)
items = [1, 2, 3]
del items[0]
print(items)
class Box:
    value = 1
b = Box()
b.extra = 2
del b.extra
print(hasattr(b, "extra"), b.value)

# Checks: UnboundLocalError when a name is assigned later in the function, global vs local resolution, del of locals.
x = 10
def uses_before_assign():
    print(x)
    x = 5
try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def augmented():
    x += 1
try:
    augmented()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 3
    return inner()
print(free_var_unbound())
print(issubclass(UnboundLocalError, NameError))
def conditional(flag):
    if flag:
        val = "set"
    return val
print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print(type(e).__name__ + ":", e)
def uses_global():
    global x
    x = x + 1
    return x
print(uses_global(), x)

# Checks: keyword-only parameters (after * and *args), positional-only parameters (/), and their error messages.
def kw(a, *, b, c=3):
    return (a, b, c)
print(kw(1, b=2), kw(1, c=0, b=5))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def pos(a, b, /, c, d=4):
    return (a, b, c, d)
print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=5))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def both(a, /, b, *, c):
    return a + b + c
print(both(1, 2, c=3), both(1, b=2, c=3))
def star(*args, last):
    return args, last
print(star(1, 2, last=3))
try:
    star(1, 2)
except TypeError as e:
    print("TypeError:", e)
def name_clash(a, /, **kw):
    return a, kw
print(name_clash(1, a=2))
try:
    kw(1, b=2, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, b=2, a=4)
except TypeError as e:
    print("TypeError:", e)

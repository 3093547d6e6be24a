# Checks: import forms: import m, import m as n, from m import a, b as c, multiple imports, module attributes.
import math
import sys, time
import random as rnd
from math import sqrt as s, pi, floor
from math import (
    ceil,
    gcd,
)
print(s(16), pi, floor(2.5), ceil(2.5), gcd(10, 4))
print(math.sqrt is s, math.pi == pi)
print(type(math).__name__, math.__name__, sys.__name__, rnd.__name__)
print(callable(time.time), callable(rnd.random), hasattr(math, "sqrt"), hasattr(math, "nonexistent"))
def use_local_import():
    import math as m2
    from math import factorial
    return m2.floor(9.9) + factorial(5)
print(use_local_import())
try:
    from math import no_such_function
except ImportError as e:
    print("ImportError:", str(e).startswith("cannot import name 'no_such_function' from 'math'"))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__ + ":", e)
import math as again
print(again is math)
try:
    math.no_attr
except AttributeError as e:
    print("AttributeError:", e)
print(__name__)

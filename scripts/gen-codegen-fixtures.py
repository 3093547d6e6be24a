"""Writes test/compiler/fixtures/codegen.json: the bytecode CPython 3.12 makes of snippets.

Run with CPython 3.12 from the repository root:
    PYENV_VERSION=3.12.1 python scripts/gen-codegen-fixtures.py

For each snippet, every code object (the module's and the nested ones, depth first, in
co_consts order) as: qualname, stacksize, its instructions as [opname, argument, line],
and its exception table as [start, end, target, depth, lasti] in bytes. The argument is
written so that the test can rebuild it from gilvm's code objects without a `dis`:
- constants (LOAD_CONST, RETURN_CONST, KW_NAMES) in the canonical form of `const_text`;
- names, locals, cells and free variables by name, with LOAD_GLOBAL's, LOAD_ATTR's and
  LOAD_SUPER_ATTR's flag bits after a `|`;
- jumps as `to <byte offset>` of the instruction the jump lands on in the graph
  (dis's argval: for FOR_ITER that is its END_FOR);
- anything else as the raw oparg, or '' when there is none.

The snippets avoid list, set and dict comprehensions (gilvm compiles them the 3.11 way,
as nested functions, where 3.12 inlines them), f-string format specs (3.11 and 3.12
parse them into different trees) and constant folding beyond what gilvm folds.
"""
import dis
import json
import os
import sys
import types

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"

SNIPPETS = {
    "arithmetic": """\
def f(a, b, c):
    x = a + b * c - a // b % c ** 2
    x += 1
    x <<= b
    y = -a, +b, ~c, not a
    z = a / b, a @ b, a & b | c ^ a, a >> 1
    return x, y, z
""",
    "constants": """\
x = (1, 2, (3, 'a'), None, True, ..., 1.5, -2, -0.0)
y = [1, 2, 3]
z = 60 * 60, 'ab' * 2, 2 ** 10, 7 // -2, -7 % 3, 1 << 3
""",
    "calls": """\
def f(g, o, args, kw):
    g()
    g(1, 2)
    g(1, key=2, other=3)
    g(*args)
    g(1, *args, 2, **kw)
    g(a=1, **kw, b=2)
    o.m(1, k=2)
    o.a.b.m()
    print(len(args), sep='')
    return g(*args, **kw)
""",
    "attributes": """\
def f(o, v):
    o.x = v
    o.x.y = o.z
    del o.x
    o.count += 1
    o[1] = o[2]
    o[1:2] = o[3:4]
    o[::2] = o[1:2:3]
    o[v] += 1
    o[1:v] -= 2
    del o[0], o[1:2]
    return o.a, o[v]
""",
    "loops": """\
def f(n, items):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -1
    while n > 0:
        n -= 1
        if n == 3:
            break
    else:
        total += 1
    for a, (b, *c) in items:
        total += a
    while True:
        n += 1
        if n > 5:
            return total
""",
    "branches": """\
def f(a, b, c):
    if a:
        x = 1
    elif b and c:
        x = 2
    elif not (a or b):
        x = 3
    else:
        x = 4
    if a < b < c:
        x += 1
    if a is None or b is not None:
        x += 2
    y = a if b else c
    z = a and b or c
    w = a in b, a not in (1, 2), a is b
    if (n := len(a)) > 3:
        x = n
    assert x, 'message'
    assert y
    return x, y, z, w
""",
    "exceptions": """\
def f(g):
    try:
        g()
    except ValueError as e:
        print(e)
        return 1
    except (TypeError, KeyError):
        raise
    except Exception as e:
        raise RuntimeError('x') from e
    else:
        g(2)
    finally:
        print('done')
    try:
        return g()
    finally:
        g(3)
def h(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            print(x)
    try:
        pass
    except:
        pass
    raise ValueError
""",
    "with": """\
def f(a, b):
    with a:
        pass
    with a as x, b as (y, z):
        print(x, y, z)
    for i in a:
        with b as c:
            if c:
                continue
            return c
""",
    "closures": """\
def outer(a, b):
    c = a
    def inner(d, e=b, *, f=c):
        nonlocal c
        c += d
        return a + c + e + f
    def other():
        return lambda x, y=1: x + c + y
    return inner, other
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
""",
    "generators": """\
def gen(n):
    yield
    x = yield n
    yield from range(x)
    try:
        yield 1
    finally:
        print('closed')
    return 5
def genexp(xs, k):
    return (x * k for x in xs if x for y in range(x))
def delegate(it):
    with it:
        result = yield from it
    return result
""",
    "classes": """\
class Base:
    '''A docstring.'''
    attr = 1
    __private = 2
    def __init__(self, x):
        self.x = x
        self.__secret = x
    def method(self):
        return self.x
    @staticmethod
    def static(a):
        return a
    @property
    def prop(self):
        return self.__secret
class Child(Base, metaclass=type):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def method(self):
        return super().method() + super().attr
    def cls(self):
        return __class__
def make():
    class Local:
        pass
    return Local
""",
    "imports": """\
import os
import os.path
import os.path as osp
from collections import OrderedDict, deque as dq
from . import sibling
from .pkg import name
def f():
    import sys
    from math import sqrt as s
    return sys.argv, s(2), os.getcwd(), osp.join('a')
""",
    "scopes": """\
x = 1
def f():
    global x
    x = 2
    y = 3
    del y
    def g():
        return x
    return g
class C:
    v = 1
    def m(self):
        return v
def h(a):
    b = a
    class D:
        c = b
        def n(self):
            return a
    return D
""",
    "unpacking": """\
a, b = 1, 2
a, b = b, a
a, *b, c = range(5)
(a, b), c = (1, 2), 3
[a, b] = c
a = b = c = 0
def f(t):
    x, y, z = t
    x, y = y, x
    return x, y, z
""",
    "strings": """\
def f(a, b):
    s = 'plain' + "double"
    t = f'{a} and {b!r} and {a!s}'
    u = '%s: %r' % (a, b)
    v = 'x' 'y'
    return s, t, u, v
""",
    "defaults": """\
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    '''doc'''
    return a, b, c, args, d, e, kw
def g(x: int, *, y: str = 'a') -> bool:
    return True
def h():
    pass
lam = lambda a, *b, c=1, **d: (a, b, c, d)
""",
    "module": """\
'''Module docstring.'''
import math
value = math.sqrt(2)
print(value)
if value > 1:
    print('big')
else:
    print('small')
for i in range(3):
    print(i)
try:
    print(1 / 0)
except ZeroDivisionError:
    pass
""",
    "annotations": """\
x: int = 1
y: str
class C:
    a: int = 0
    b: 'str'
def f():
    z: int = 2
    return z
""",
    "big": """\
def f(x):
    if x:
"""
    + "".join(f"        x = x + {i}\n" for i in range(300))
    + "    return x\n",
    "many_locals": "def f(a):\n"
    + "".join(f"    v{i} = {i}\n" for i in range(70))
    + "    if a:\n        w = 1\n    del v68\n    return w, v69, v0, v68\n",
}


def const_text(value):
    """A constant as text, the same for CPython's and gilvm's constants."""
    if isinstance(value, types.CodeType):
        return f"<code {value.co_qualname}>"
    if isinstance(value, tuple):
        return "(" + ", ".join(const_text(item) for item in value) + ")"
    if value is None or value is Ellipsis or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return f"int {value}"
    if isinstance(value, float):
        return f"float {value!r}"
    if isinstance(value, str):
        return f"str {json.dumps(value)}"
    raise TypeError(f"unexpected constant {value!r}")


FLAG_BITS = {"LOAD_GLOBAL": 1, "LOAD_ATTR": 1, "LOAD_SUPER_ATTR": 3}


def argument_text(instr, code):
    if instr.arg is None:
        return ""
    if instr.opcode in dis.hasconst:
        return const_text(instr.argval)
    if instr.opcode in dis.hasjrel:
        return f"to {instr.argval}"
    if instr.opname in FLAG_BITS:
        return f"{instr.argval}|{instr.arg & FLAG_BITS[instr.opname]}"
    if instr.opcode in dis.hasname or instr.opcode in dis.haslocal or instr.opcode in dis.hasfree:
        return instr.argval
    return str(instr.arg)


def describe(code, out):
    instructions = [
        [instr.opname, argument_text(instr, code), instr.positions.lineno if instr.positions.lineno is not None else -1]
        for instr in dis.get_instructions(code)
    ]
    exceptions = [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis.Bytecode(code).exception_entries]
    out.append(
        {
            "qualname": code.co_qualname,
            "stacksize": code.co_stacksize,
            "instructions": instructions,
            "exceptions": exceptions,
        }
    )
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            describe(const, out)
    return out


def main():
    fixtures = {}
    for name, src in SNIPPETS.items():
        fixtures[name] = {"src": src, "code": describe(compile(src, "x.py", "exec"), [])}
    path = os.path.join("test", "compiler", "fixtures", "codegen.json")
    # One code object per line: readable diffs without a huge file.
    snippets = []
    for name, fixture in fixtures.items():
        codes = ",\n    ".join(json.dumps(code, ensure_ascii=False) for code in fixture["code"])
        snippets.append(f'  {json.dumps(name)}: {{"src": {json.dumps(fixture["src"])},\n   "code": [\n    {codes}]}}')
    with open(path, "w") as f:
        f.write("{\n" + ",\n".join(snippets) + "\n}\n")


main()

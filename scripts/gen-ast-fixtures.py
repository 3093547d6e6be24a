"""Writes test/compiler/fixtures/ast.json: what CPython 3.11 makes of a list of snippets.

Run with CPython 3.11 from the repository root:  python3 scripts/gen-ast-fixtures.py

- "valid": each snippet's AST, as JSON (see to_json), with node positions.
- "errors": each bad snippet's SyntaxError (type, msg, lineno, offset, end_lineno,
  end_offset) from the parser, and what `python3 x.py` prints on stderr for it (both
  from running the snippet as a script).
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
import warnings

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

VALID = [
    # literals
    "x = 1",
    "x = 0x1F + 0o17 + 0b101 + 1_000_000 + 0 + 00 + 0_0",
    "x = 123456789012345678901234567890",
    "x = 1.5 + .5 + 1. + 1e10 + 1E-5 + 1_0.5e+1_0 + 0e0 + 09.5 + 1e400",
    "x = 'a' + \"b\" + '''c''' + \"\"\"d\"\"\"",
    "x = 'a\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u0041\\U0001F600\\d'",
    "x = r'a\\n\\d' + R\"\\x\"",
    "x = u'abc'",
    "x = 'abc' 'def' \"ghi\"",
    "x = '''multi\nline\n  string'''",
    "x = 'line \\\ncontinued'",
    "x = True, False, None, ...",
    "x = ''",
    # f-strings
    "x = f'a{b}c'",
    "x = f'{a!r} {b!s} {c!a}'",
    "x = f'{a:>10} {b:.3f} {c:{w}.{p}f}'",
    "x = f'{{literal}} {a}'",
    "x = f'{a=}'",
    "x = f'{a = }'",
    "x = f'{a=!s}'",
    "x = f'{a=:>5}'",
    "x = f'pre {a + b * 2} post'",
    "x = f\"{d['key']}\"",
    "x = f'{x:}'",
    "x = f''",
    "x = 'a' f'{b}' 'c'",
    "x = f'{a}' f'{b}'",
    "x = f'{\"nested\"}'",
    "x = f'{a!r:^{w}}'",
    "x = f'{a:=^10}'",
    "x = f'{(a:=1)}'",
    "x = f'{a if b else c}'",
    "x = f'{[i for i in range(3)]}'",
    "x = f'{ {1: 2}[1] }'",
    "x = f'{a!=b}'",
    "x = f'{x:{{}}>10}'",
    "x = rf'\\d{a}' + fr'{b}\\n' + Rf'{c}'",
    "x = f'''\n{a}\n'''",
    "x = f'\\n{a}\\t'",
    "x = f'{3.14:.2f}'",
    "x = f'{(lambda: 1)()}'",
    # operators
    "x = a + b - c * d / e // f % g ** h @ i",
    "x = a << b >> c & d | e ^ f",
    "x = -a + +b - ~c",
    "x = not a and b or c and not d",
    "x = a or b or c",
    "x = a and b and c",
    "x = 2 ** -1",
    "x = -2 ** 2",
    "x = a ** b ** c",
    "x = a < b <= c > d >= e == f != g",
    "x = a in b not in c is d is not e",
    "x = a if b else c if d else e",
    "x = (a, b)",
    "x = a, b",
    "x = a,",
    "x = ()",
    "x = (a)",
    "x = ((a, b),)",
    "x = [1, 2, *a]",
    "x = {1, 2, *a}",
    "x = {'a': 1, **b, 'c': 2}",
    "x = {}",
    "x = []",
    "x = [*a, *b]",
    "print(*args, **kwargs)",
    "f(a, b=1, *c, d=2, **e)",
    "f(a)(b)(c)",
    "f(x for x in y)",
    "f(a, *b, *c, d=1, **e, **g)",
    "f(a=1, *b)",
    "f(**a, b=1)",
    "f(a,)",
    "a.b.c.d",
    "a[1]",
    "a[1:2]",
    "a[1:2:3]",
    "a[::]",
    "a[:]",
    "a[::2]",
    "a[:-1]",
    "a[1:]",
    "a[1, 2]",
    "a[1:2, ::3]",
    "a[1,]",
    "a[*b]",
    "a[(b:=1)]",
    "a[:, None]",
    "(a)[b](c).d",
    "x = lambda: 0",
    "x = lambda a, b=1, *c, d, e=2, **f: a",
    "x = lambda *, a: a",
    "x = lambda a, /, b: a",
    "x = lambda *a: a",
    "x = lambda **k: k",
    "x = lambda a=1, b=2: a",
    "x = lambda: (yield)",
    "(x := 5)",
    "if (n := len(a)) > 10: pass",
    "while chunk := read(): pass",
    "[y := f(x), y ** 2]",
    "print(x := 1)",
    # comprehensions
    "x = [i for i in range(10)]",
    "x = [i * j for i in a for j in b if i if j]",
    "x = {i for i in a}",
    "x = {k: v for k, v in d.items() if v}",
    "x = (i for i in a)",
    "x = [(a, b) for a, b in c]",
    "x = [a for *a, b in c]",
    "x = [i for i in a if i > 0 if i < 10]",
    "x = [[j for j in i] for i in a]",
    "x = [x for x in (lambda: 1, 2)]",
    "x = [a for a in b if (c := a)]",
    "x = sum(i for i in a)",
    "x = [i for i in a if not i]",
    "x = [lambda: i for i in a]",
    # assignment
    "a = b = c = 1",
    "a, b = b, a",
    "a, *b = c",
    "*a, b = c",
    "[a, b] = c",
    "(a, b) = c",
    "(a), b = c",
    "a, (b, c) = d",
    "[a, *b, (c, d)] = e",
    "a.b = 1",
    "a[0] = 1",
    "a[1:2] = b",
    "a.b.c[d].e = f",
    "a, = b",
    "def f():\n    x = yield\n    y = yield 1\n    z = yield from g()\n    yield\n    yield a, b",
    "a += 1\nb -= 2\nc *= 3\nd /= 4\ne //= 5\nf %= 6\ng **= 7\nh @= 8\ni &= 9\nj |= 10\nk ^= 11\nl <<= 12\nm >>= 13",
    "a.b += 1\na[1] -= 2",
    "x: int",
    "x: int = 1",
    "(x): int = 1",
    "a.b: int",
    "a[0]: int = 1",
    "x: list[int] = []",
    "a = *b, c",
    "x = yield_ = 1",
    # statements
    "pass",
    "del a",
    "del a, b.c, d[1]",
    "del (a, b), [c]",
    "del a,",
    "assert x",
    "assert x, 'message'",
    "global a, b",
    "nonlocal a",
    "return",
    "return 1",
    "return 1, 2",
    "return *a, b",
    "raise",
    "raise E",
    "raise E('x') from None",
    "raise E from e",
    "import a",
    "import a.b.c",
    "import a as b, c.d as e",
    "from a import b",
    "from a.b import c as d, e",
    "from a import (b, c,)",
    "from a import (b as c)",
    "from . import a",
    "from .. import a",
    "from .a import b",
    "from ...a import b",
    "from .... import a",
    "from a import *",
    "x = 1; y = 2",
    "x = 1; y = 2;",
    "if a: pass",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
    "if a:\n    if b:\n        pass\n    else:\n        pass",
    "while a:\n    break\nelse:\n    continue",
    "for i in range(10):\n    pass\nelse:\n    pass",
    "for a, b in c: pass",
    "for a, in c: pass",
    "for (a, b) in c: pass",
    "for [a, *b] in c: pass",
    "for x in a, b: pass",
    "for x in *a, b: pass",
    "for a.b in c: pass",
    "for a[0] in c: pass",
    "try:\n    pass\nexcept:\n    pass",
    "try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e",
    "with a: pass",
    "with a as b: pass",
    "with a as b, c as d: pass",
    "with a, b: pass",
    "with (a as b, c as d): pass",
    "with (a as b, c as d,): pass",
    "with (a, b): pass",
    "with (a, b) as c: pass",
    "with (a): pass",
    "with (a) as b: pass",
    "with a as (b, c): pass",
    "with a as b.c: pass",
    "def f():\n    with (yield) as x: pass",
    "def f(): pass",
    "def f(a, b): return a + b",
    "def f(a, b=1, *args, c, d=2, **kwargs): pass",
    "def f(a, /, b, *, c): pass",
    "def f(a, b, /): pass",
    "def f(a=1, /, b=2): pass",
    "def f(*, a): pass",
    "def f(*, a=1, b): pass",
    "def f(**kwargs): pass",
    "def f(*args): pass",
    "def f(a: int, b: str = 'x', *args: int, c: bool, **kw: dict) -> None: pass",
    "def f(*args: *Ts): pass",
    "def f(a,): pass",
    "def f(a, *, b,): pass",
    "def f(*args, **kwargs,): pass",
    "@dec\ndef f(): pass",
    "@dec1\n@dec2(a)\n@a.b.c\ndef f(): pass",
    "@(lambda f: f)\ndef f(): pass",
    "@x[0].y\nclass A: pass",
    "class A: pass",
    "class A(): pass",
    "class A(B): pass",
    "class A(B, C, metaclass=M, **kw): pass",
    "class A(*bases): pass",
    "class A:\n    x = 1\n    def f(self):\n        return self.x\n    @staticmethod\n    def g(): pass\n    @property\n    def p(self): return 1\n    @p.setter\n    def p(self, v): pass",
    "def f():\n    def g():\n        nonlocal x\n        global y\n        return x\n    return g",
    "if __name__ == '__main__':\n    main()",
    # layout
    "x = (1 +\n     2)",
    "x = [\n    1,\n    2,\n]",
    "x = [\n    1,\n]\nfor y in x:\n    pass\n",
    "x = {\n    'a': 1,\n    'b': 2,\n}",
    "x = 1 + \\\n    2",
    "if a and \\\n   b:\n    pass",
    "# comment\nx = 1  # trailing\n\n\n# another\ny = 2\n",
    "def f():\n\n    # comment\n\n    return 1\n",
    "if a:\n\tpass",
    "if a:\n        pass\nelse:\n  pass",
    "class A:\n    def f(self):\n        if x:\n            return 1\n        return 2\n\n\nx = A()",
    "x = 1\n",
    "",
    "\n\n",
    "# only a comment",
    "def f(a,\n      b):\n    return (a,\n            b)",
    "f(a)[b]\n",
    "x = [i for i in\n     range(3)]",
    "if x:\n    pass\n# comment at column 0\n    # indented comment\nelse:\n    pass",
    "x = 'a' \\\n    'b'",
    "\x0cx = 1",
    "x=1;",
    "if x: a; b; c",
    "while x: a = 1; break",
    "x = 1if y else 2",
    "x = [0x1 for x in y]",
    "x = 1 if 0else 2",
    "print('hello', end='', sep=', ', file=sys.stderr)",
    "_ = 1\nmatch = 2\ncase = 3\nprint(_, match, case)",
    "x = a.if_ + b.not_",
    "x = 'é' + 'naïve'",
    "é = 1",
    "\u00e9t\u00e9 = 2",
]

ERRORS = [
    # tokenizer
    "x = (1,",
    "x = (1,\n\ny = 2\n",
    "x = [1, 2\n",
    "foo(a, b\nx = 1\n",
    "x = )",
    "x = (]",
    "x = (\n]",
    "x = {1: 2)",
    "x = 1abc",
    "x = 1_",
    "x = 1__0",
    "x = 0x",
    "x = 0xg",
    "x = 0o8",
    "x = 0b2",
    "x = 0123",
    "x = 1e",
    "x = 1e+",
    "x = 0b12",
    "x = 1.5_",
    "x = 0_7",
    "x = 1.__class__",
    "x = \"abc",
    "x = 'abc\ny = 2",
    "x = \"\"\"abc\n\ny",
    "x = '''abc",
    "x = \"ab\\\ncd",
    "x = 'abc' 'def",
    "  x = 1",
    "if 1:\n  x\n y\n",
    "if x:\n    pass\n  else:\n    pass\n",
    "if 1:\n\tx\n        y\n",
    "if 1:\n        x\n\ty\n",
    "x = 1 \\ 2",
    "x = 1 + \\\n  2 \\ 3\n",
    "s = '''a\nb''' \\ 3\n",
    "x = 1 + \\",
    "x = 1 + \\\n",
    "x = $",
    "x = a ? b : c",
    "x = a €",
    "x = a\u00a0b",
    "x = 1\n    y = 2",
    "if 1:\n  x\n    y = 2",
    # statements
    "if x\n  pass\n",
    "if x y:\n pass",
    "while x\n",
    "for x in y\n",
    "for x in y z:\n",
    "def f()\n",
    "def f:\n",
    "def f(a b):\n",
    "class A\n",
    "class A(B)\n",
    "try\n",
    "try:\n pass\nexcept\n",
    "try:\n pass\nexcept E\n",
    "try:\n pass\nfinally\n",
    "with a\n",
    "with a as b\n",
    "if x:\n pass\nelse\n",
    "if x:\n pass\nelif y\n",
    "while x:\n pass\nelse\n",
    "def f():\nreturn 1\n",
    "def f():\n",
    "def f():\n\n\n",
    "if x:\npass",
    "for x in y:\nz",
    "class A:\nz",
    "try:\nz",
    "try:\n z\nexcept:\nz",
    "try:\n z\nfinally:\nz",
    "with a:\nz",
    "while x:\nz",
    "if x:\n z\nelif y:\nz",
    "if x:\n z\nelse:\nz",
    "try:\n z\nexcept E as e:\nz",
    "@dec\nx = 1",
    "try:\n pass\nx = 1",
    "try:\n pass\n",
    "try:\n pass\nexcept E, F:\n pass",
    "try:\n pass\nelse:\n pass",
    "else:\n pass",
    "elif x:\n pass",
    "x = 1 +",
    "x = 1 +\n",
    "x = 1 +   # comment\n",
    "x = ",
    "@",
    "def",
    "class A:\n  def f(self):\n    pass\n  @d\n",
    "import a.b as",
    "from x import a,",
    "from x import (a, b",
    "from x import",
    "import",
    "global",
    "global x,",
    "del",
    "return return",
    "pass pass",
    "x = 1 2",
    "x = a b",
    "print 'hello'",
    "print x, y",
    "exec 'code'",
    # expressions
    "x = [1, 2 3]",
    "foo(a b\n  c)",
    "x = (1 +\n  2 3)\n",
    "x = [\n 1, 2\n 3]\n",
    "f(a, b c)",
    "x = {a b}",
    "x = {'a': 1 'b': 2}",
    "x = a if b",
    "x = a if b else",
    "x = [a for a in b if c else d]",
    "x = [i, j for i in a]",
    "x = {a: b, c for c in d}",
    "x = {a: b, c}",
    "x = 1 <> 2",
    "x = a +* b",
    "x = (",
    "x = (a for a in b",
    "x = [a for a in]",
    "x = [for a in b]",
    "x = lambda x y: 1",
    "lambda x\n",
    "x = not",
    "x = a.1",
    "x = a.",
    "x = a[",
    "x = a[]",
    "x = a[1:2:3:4]",
    "f(**)",
    "f(*)",
    "x = (*a)",
    "x = *a, *b,, c",
    "x = a := 1",
    "(a.b := 1)",
    "x = (**a)",
    "x = (**a, b)",
    "print -1\nx = = 2",
    "a, b c = 1",
    "x, y 's' = 1",
    "print(*'xyz' sep='-')",
    "f(a=1, b( =2)",
    "x = [c for c n range(3)]",
    "x = [1 for n  nums if n > 5]",
    "x = 'a' if b < else 'c'",
    "d[(1, 2) = 'x'\nd[1] = 2\n",
    "if x:\n  ) y\n",
    "try:\n    if x:\n        y\n z\nexcept E:\n    pass\n",
    "(a[0] := 1)",
    "(1 := 2)",
    "if x = 1: pass",
    "while x = 1: pass",
    "[x = 1]",
    "(x = 1)",
    "f(x for x in y, z)",
    "f(z, x for x in y)",
    "f(**a, *b)",
    "f(**a, b=1, *c)",
    "f(b, a=1, c)",
    "f(a=1, **b, c)",
    "f(a.b=1)",
    "f(True=1)",
    "f(1=2)",
    "f(a b=1)",
    "class A(x for x in y): pass",
    "x = yield = 1",
    "x = 1 if 2 else",
    "x = [1, 2,, 3]",
    "a.b.c = = 1",
    "x = 1\ny = (2 +\nz = 3",
    "x = (a, b\n\ny = [1\n",
    # assignment targets
    "f() = 1",
    "x, f() = 1",
    "f(), x = 1",
    "x = f() = 1",
    "f() = x = 1",
    "(f()) = 1",
    "[f()] = 1",
    "(a, f()) = 1",
    "1 = x",
    "True = 1",
    "None = 1",
    "False = 1",
    "... = 1",
    "x + 1 = 2",
    "-x = 1",
    "a < b = 1",
    "a if b else c = 1",
    "lambda: 1 = 1",
    "x = 1 = 2",
    "f() = 1, 2",
    "f() = 1 + 2",
    "f() = a, b = 1",
    "f() = (yield)",
    "'s' = 1",
    "f's' = 1",
    "{a: b} = 1",
    "{a} = 1",
    "[x for x in y] = 1",
    "(x for x in y) = 1",
    "*a, f() = 1",
    "x.y, f() += 1",
    "f() += 1",
    "(a, b) += 1",
    "[a] += 1",
    "a, b += 1",
    "(yield) = 1",
    "a, b: int",
    "f(): int",
    "[a]: int",
    "(a, b): int",
    "del f()",
    "del (a, 1)",
    "del [a, b + 1]",
    "del x, 1",
    "del *a",
    "del x y",
    "for f() in x: pass",
    "for 1 in x: pass",
    "for x, 1 in y: pass",
    "with a as f(): pass",
    "with a as 1: pass",
    "[x for 1 in y]",
    "(a, b) = 1 = 2",
    "a.b, 1 = 2",
    # parameters
    "def f(a=1, b): pass",
    "def f(a=1, /, b): pass",
    "def f(*): pass",
    "def f(*, **k): pass",
    "def f(*,): pass",
    "def f(**k, a): pass",
    "def f(**k, *a): pass",
    "def f(*a, *b): pass",
    "def f(*a, *): pass",
    "def f(/): pass",
    "def f(/, a): pass",
    "def f(a, /, b, /): pass",
    "def f(*, a, /): pass",
    "def f(*a=1): pass",
    "def f(**k=1): pass",
    "def f((a)): pass",
    "def f(a, (b)): pass",
    "lambda (a): 1",
    "lambda *: 1",
    "lambda a=1, b: 1",
    "lambda **k, a: 1",
    "def f(a:): pass",
    "def f(a,, b): pass",
    "def f(,): pass",
    "lambda x=: 1",
    "def f(a=): pass",
    "lambda *a, /: 1",
    "def f(a, *, b=1, c, **d, e): pass",
    # strings and f-strings
    "s = '\\x1'",
    "s = 'abc\\x1'",
    "s = '\\u12'",
    "s = '\\U1234'",
    "s = '\\N{foo}'",
    "x = f'{a b}'",
    "x = f'{}'",
    "x = f'{ }'",
    "x = f'{=}'",
    "x = f'{ !r}'",
    "x = f'{:>3}'",
    "x = f'}'",
    "x = f'{'",
    "x = f'{a'",
    "x = f'{a!z}'",
    "x = f'{a!}'",
    "x = f'{a!r'",
    "x = f'{a:{b:{c}}}'",
    "x = f'{a#}'",
    "x = f'{a[}'",
    "x = f'{a)}'",
    "x = f'{a(]}'",
    "x = f'{\\'a\\'}'",
    "x = f'{1 +}'",
    "x = f'{x = 1}'",
    "x = 1\ny = f'{a b}'",
    "x = f'{a}}'",
    "x = f'{*a}'",
    "x = f'{lambda x: 1}'",
    "x = f'{a!r=}'",
    "x = f'{a $ b}'",
    "x = f'{a!r:{b!x}}'",
    "x = f'{a\"b\"}'",
    "x = f'{1_}'",
    "x = f'{a:{b}' + 1",
    "x = f'{\"a}'",
    # error precedence
    "x = = 1\ny = 'abc",
    "x = = 1\ny = (",
    "x = (\ny = = 1",
    "f() = 1\nx = 1abc",
    "x = 1\n  y = 2\nz = 'abc",
    "if x:\n    y = (1,\n",
]

def to_json(node, lines, with_positions=True):
    """An AST as JSON: {"_type": class name, field: value, "_pos": [l, c, el, ec]}.

    Columns are converted from UTF-8 bytes (CPython's) to UTF-16 code units (gilvm's).
    """
    if isinstance(node, list):
        return [to_json(item, lines, with_positions) for item in node]
    if isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return type(node).__name__
    if isinstance(node, ast.AST):
        out = {"_type": type(node).__name__}
        for field in node._fields:
            if field in ("type_comment", "type_ignores", "kind"):
                continue
            value = getattr(node, field)
            if isinstance(node, ast.Constant) and field == "value":
                out[field] = constant_json(value)
            else:
                # Positions inside f-strings are CPython 3.11 quirks: not compared.
                out[field] = to_json(value, lines, with_positions and not isinstance(node, ast.JoinedStr))
        if with_positions and hasattr(node, "lineno"):
            out["_pos"] = [
                node.lineno,
                char_column(lines, node.lineno, node.col_offset),
                node.end_lineno,
                char_column(lines, node.end_lineno, node.end_col_offset),
            ]
        return out
    return node


def char_column(lines, lineno, byte_offset):
    """A column in UTF-16 code units (JavaScript's string indices) from one in UTF-8 bytes."""
    prefix = lines[lineno - 1].encode("utf-8")[:byte_offset].decode("utf-8")
    return len(prefix.encode("utf-16-le")) // 2


def constant_json(value):
    if value is None or isinstance(value, (bool, str)):
        return value
    if value is ...:
        return {"ellipsis": True}
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": value if value not in (float("inf"), float("-inf")) else repr(value)}
    raise TypeError(f"unexpected constant {value!r}")


# Installed as sitecustomize in the script runs: prints the SyntaxError's fields as a
# JSON line on stderr before CPython's own report of the error.
EXCEPTHOOK = """
import json, sys
def hook(kind, e, tb):
    if isinstance(e, SyntaxError):
        fields = {"type": kind.__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                  "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        print("FIELDS " + json.dumps(fields), file=sys.stderr)
    sys.__excepthook__(kind, e, tb)
sys.excepthook = hook
"""


def run_script(src):
    """The SyntaxError that `python3 x.py` raises for `src`, and what it prints on stderr.

    Scripts are read from a file, where CPython locates errors at end of file slightly
    differently from compile() on a string: gilvm runs files, so files are the reference.
    """
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "sitecustomize.py"), "w") as f:
            f.write(EXCEPTHOOK)
        path = os.path.join(folder, "x.py")
        with open(path, "w") as f:
            f.write(src)
        env = {**os.environ, "PYTHONPATH": folder}
        result = subprocess.run([sys.executable, "x.py"], cwd=folder, capture_output=True, text=True, env=env)
    first_line, _, stderr = result.stderr.partition("\n")
    assert first_line.startswith("FIELDS "), f"no SyntaxError for {src!r}: {result.stderr}"
    return {**json.loads(first_line[len("FIELDS "):]), "stderr": stderr.replace(path, "x.py")}


def parses(src):
    try:
        ast.parse(src, "x.py")
    except SyntaxError:
        return False
    return True


def main():
    warnings.filterwarnings("ignore")
    for snippets in (VALID, ERRORS):
        assert len(set(snippets)) == len(snippets), "duplicate snippets"
    valid = []
    for src in VALID:
        lines = src.split("\n")
        valid.append({"src": src, "ast": to_json(ast.parse(src, "x.py"), lines)})
    errors = []
    for src in ERRORS:
        assert not parses(src), f"expected a parser error: {src!r}"
        errors.append({"src": src, **run_script(src)})
    out = os.path.join(os.path.dirname(__file__), "..", "test", "compiler", "fixtures", "ast.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as f:
        json.dump({"valid": valid, "errors": errors}, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()

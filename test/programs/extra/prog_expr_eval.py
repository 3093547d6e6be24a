# realistic: expression evaluator with token classes, recursive descent parser, AST nodes with dunders
class Token:
    __slots__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f"{self.kind}:{self.text!r}"

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("num", src[i:j])
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield Token("name", src[i:j])
            i = j
        elif ch in "+-*/()^,":
            yield Token("op", ch)
            i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    yield Token("eof", "")

class Node:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class Num(Node):
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
class Var(Node):
    def __init__(self, name): self.name = name
    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError(f"undefined {self.name}") from None
class BinOp(Node):
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return self.OPS[self.op](self.l.eval(env), self.r.eval(env))
class Neg(Node):
    def __init__(self, e): self.e = e
    def eval(self, env): return -self.e.eval(env)
class Call(Node):
    FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}
    def __init__(self, f, args): self.f, self.args = f, args
    def eval(self, env): return self.FUNCS[self.f](*(a.eval(env) for a in self.args))

class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.pos = 0
    def peek(self): return self.toks[self.pos]
    def take(self, text=None):
        t = self.toks[self.pos]
        if text is not None and t.text != text:
            raise SyntaxError(f"expected {text!r}, got {t!r}")
        self.pos += 1
        return t
    def parse(self):
        e = self.expr()
        self.take("")
        return e
    def expr(self):
        e = self.term()
        while self.peek().text in ("+", "-"):
            e = BinOp(self.take().text, e, self.term())
        return e
    def term(self):
        e = self.factor()
        while self.peek().text in ("*", "/"):
            e = BinOp(self.take().text, e, self.factor())
        return e
    def factor(self):
        base = self.unary()
        if self.peek().text == "^":
            self.take()
            return BinOp("^", base, self.factor())
        return base
    def unary(self):
        if self.peek().text == "-":
            self.take()
            return Neg(self.unary())
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            e = self.expr()
            self.take(")")
            return e
        raise SyntaxError(f"unexpected {t!r}")

env = {"x": 3, "y": 4.5}
for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-x ^ 2", "(1 + 2) * -3", "max(x, y, 2) / 2", "sum(1, 2, x) - abs(-7)",
            "10 / 4", "z + 1", "1 +", "3 $ 4", "2 * (3 + 4", "1.5 * 4", "min(8, 2 ^ 3, 9)"]:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:26} => {tree.eval(env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:26} !! {type(e).__name__}: {e}")
print(Parser("1 + x * 2").parse())
print(list(tokenize("a1 + 2.5")))

# Checks: a small tokenizer + recursive-descent parser + evaluator for arithmetic with variables and functions.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%^(),=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character %r at %d" % (ch, i))
    tokens.append(("end", None))
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError("expected %s %s, got %r" % (kind, value, tok[1]))
        self.pos += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            node = (self.take()[1], node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.factor())
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "("):
            node = self.expr()
            self.take("op", ")")
            return node
        raise SyntaxError("unexpected %r" % (val,))
FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}
def evaluate(node, env):
    op = node[0]
    if op == "num":
        return node[1]
    if op == "var":
        if node[1] not in env:
            raise NameError("undefined variable " + node[1])
        return env[node[1]]
    if op == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if op == "neg":
        return -evaluate(node[1], env)
    if op == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b, "%": lambda: a % b, "^": lambda: a ** b}[op]()
env = {}
program = ["x = 3", "y = x * (2 + 4)", "y - x ^ 2", "2 ^ 3 ^ 2", "-x + 10 % 4", "max(x, y, 7) / 4", "z = sq(x) + abs(-2.5)",
           "z * 2", "1 / 0", "undefined + 1", "3 + * 4", "2 $ 3", "(1 + 2", "big = 2 ^ 100", "big % 1000007"]
for line in program:
    try:
        tree = Parser(tokenize(line)).statement()
        print("%-22s => %r" % (line, evaluate(tree, env)))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print("%-22s !! %s: %s" % (line, type(e).__name__, e))
print(sorted(env.items()))

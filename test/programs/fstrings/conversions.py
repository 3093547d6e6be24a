# Checks: f-string conversions !r !s, expressions inside braces, escaped braces, method calls inside.
name = "Ada"
items = [1, "two", 3.0]
d = {"k": "v"}
print(f"hello {name}")
print(f"{name!r} {name!s} {items!r} {items!s}")
print(f"{{literal braces}} {{{name}}}")
print(f"{1 + 2} {2 ** 10} {len(items)} {name.upper()} {name[::-1]}")
print(f"{d['k']} {d!r} {items[1]!r:>8}")
print(f"{'nested quotes'} {'x' if True else 'y'}", f'{"other" + "kind"}')
x = 5
print(f"{x if x > 3 else -x} {[i * i for i in range(x)]} {x > 3 and 'big'}")
print(f"{None} {True} {3.0} {0.1 + 0.2} {-0.0} {1e22}")
print(f"{'a' 'b'}" f"{x}" "plain" f"")
print(f"multi {x}"
      f" line {x + 1}")
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v!r})"
    def __str__(self):
        return f"<P {self.v}>"
p = P("q")
print(f"{p} {p!r} {p!s} {[p]}")
print(f"{p.v} {P(3).v * 2}")
width = 10
print(f"[{name:>{width}}] [{name:<{width}}] [{name:^{width}}]")
print(f"{'x':*^{width - 2}}")
triple = f"""triple {x}
second {name}"""
print(triple)
print(F"capital F {x}", rf"raw \n {x}", fr"raw2 \t{name}")

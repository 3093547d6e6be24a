# Checks: the f-string `=` specifier (self-documenting expressions) with conversions and format specs.
x = 10
y = 3.14159
name = "gilvm"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{y=:.2f}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x * 2 + 1=}")
print(f"{items=} {len(items)=}")
print(f"{x=:>6}|")
print(f"{name.upper()=}")
def f(a, b=2):
    return a * b
print(f"{f(3)=} {f(3, b=5)=}")
print(f"{x>5=}")
print(f"{'lit'=}")

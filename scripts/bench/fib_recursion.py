# Benchmark: deep call trees: naive recursive fibonacci and a recursive tree sum (function call overhead).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z
print(fib(33))
print(tak(24, 16, 8))

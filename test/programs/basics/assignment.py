# Checks: simple, chained, tuple/list unpacking, starred unpacking, swap, augmented assignment.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print("swapped", x, y)
[p, q, r] = "abc"
print(p, q, r)
(m, n), o = (1, 2), 3
print(m, n, o)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
a, *b, c = 1, 2
print(a, b, c)
for i, (k, v) in enumerate([("one", 1), ("two", 2)]):
    print(i, k, v)
n = 7
n += 3; print("+=", n)
n -= 1; print("-=", n)
n *= 4; print("*=", n)
n //= 3; print("//=", n)
n %= 7; print("%=", n)
n **= 3; print("**=", n)
n <<= 2; print("<<=", n)
n >>= 1; print(">>=", n)
n |= 0b1000; print("|=", n)
n &= 0xff; print("&=", n)
n ^= 0b101; print("^=", n)
f = 10
f /= 4; print("/=", f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {}
d["a"] = d["b"] = 0
d["a"] += 5
print(d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)

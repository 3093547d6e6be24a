# Checks: huge factorials, digit sums, trailing zeros, big int to string conversion and back.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in [0, 1, 5, 10, 20, 25, 50]:
    print(n, fact(n))
f100 = fact(100)
print(f100)
print("digits", len(str(f100)), "digit sum", sum(int(c) for c in str(f100)))
f1000 = fact(1000)
s = str(f1000)
print("1000! has", len(s), "digits; first 30:", s[:30], "last 10:", s[-10:])
zeros = len(s) - len(s.rstrip("0"))
print("trailing zeros", zeros)
print(int(s) == f1000)
print(fact(500) // fact(498), 500 * 499)
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print([binom(10, k) for k in range(11)])
print(binom(100, 50))
print(f100 % 1000000007, f1000 % 998244353)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print("fib300", a)
print(2 ** 521 - 1)

# Checks: sieve of Eratosthenes, prime counting, twin primes, Goldbach decompositions, factorization.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
for limit in [10, 100, 1000, 10000]:
    print("pi(%d) = %d" % (limit, sum(1 for p in primes if p <= limit)))
pset = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in pset]
print(len(twins), twins[:6], twins[-2:])
def goldbach(n):
    for p in primes:
        if n - p in pset:
            return p, n - p
for n in [4, 28, 100, 998, 9998]:
    print(n, goldbach(n))
def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in [360, 97, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8])
print(max(gaps))

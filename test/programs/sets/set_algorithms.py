# Checks: sets in algorithms: dedupe, graph reachability, sieve with a set, intersection of many sets (ints only).
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: [], 7: [1]}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
for n in [1, 3, 6, 7]:
    print(n, sorted(reachable(n)))
limit = 60
composites = {m for p in range(2, 8) for m in range(p * p, limit, p)}
primes = sorted(set(range(2, limit)) - composites)
print(primes)
multiples = [set(range(0, 100, k)) for k in [2, 3, 5]]
common = multiples[0]
for m in multiples[1:]:
    common = common & m
print(sorted(common))
print(len(set.union(*multiples)), sorted(set.intersection(*multiples)))
a = [5, 1, 5, 2, 1, 9, 2]
print(sorted(set(a)), len(a) - len(set(a)))
pairs = {(x, y) for x in range(4) for y in range(4) if (x + y) % 3 == 0}
print(sorted(pairs))
print({1, 2, 3} > {1, 2}, sorted({x % 5 for x in range(100)}))

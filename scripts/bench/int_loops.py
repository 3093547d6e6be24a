# Benchmark: tight integer loops (arithmetic, comparisons, modulo, while/for) with small ints only.
def collatz_total(limit):
    total = 0
    best = 0
    best_n = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_n = n
    return total, best, best_n
def lcg_mix(rounds):
    state = 12345
    acc = 0
    for i in range(rounds):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        acc ^= state >> (i & 7)
        acc = (acc + i) & 0xFFFFFFFF
    return acc
total, best, best_n = collatz_total(80000)
print("collatz", total, best, best_n)
print("lcg", lcg_mix(1000000))

# Loops and calls enough that the eval loop returns to its driver and is called again
# (every 512 check points, RESUME or JUMP_BACKWARD, src/vm/interp.ts): in a generator,
# under try/finally and except, in a function called from a sort key, with an exception
# raised after many iterations, across threads, with a frame chain several calls deep, and
# in recursion without loops.
import threading


def counter(n):
    i = 0
    while i < n:
        if i % 1000 == 999:
            yield i
        i += 1
    return "done"


def deep(k, n):
    if k == 0:
        total = 0
        for i in range(n):
            total += i & 7
        return total
    return deep(k - 1, n) + k


def key(t):
    s = 0
    for i in range(600):
        s += (t * i) % 5
    return s


def fails_late(n):
    acc = 0
    for i in range(n):
        acc += i
        if i == n - 1:
            raise ValueError(f"late {acc}")
    return acc


print(list(counter(5000)))
g = counter(3000)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

print(deep(5, 3000))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_raising(n):
    if n < 2:
        if n == 1 and fib_raising.calls == 1000:
            raise RuntimeError("deep inside")
        fib_raising.calls += 1
        return n
    return fib_raising(n - 1) + fib_raising(n - 2)


fib_raising.calls = 0
print(fib(20))
try:
    fib_raising(16)
except RuntimeError as e:
    print("recursion raised", e, fib_raising.calls)

out = []
try:
    for i in range(2000):
        out.append(i * i)
finally:
    print("finally", len(out), out[-1])

try:
    fails_late(1500)
except ValueError as e:
    print("caught", e)

print(sorted(range(12), key=key))

results = {}


def worker(name, n):
    x = 0
    j = 0
    while j < n:
        x = (x * 31 + j) % 1000003
        j += 1
    results[name] = x


threads = [threading.Thread(target=worker, args=(f"t{k}", 20000 + k)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

total = 0
for a in range(40):
    for b in range(40):
        for c in range(3):
            total += a * b - c
print(total)

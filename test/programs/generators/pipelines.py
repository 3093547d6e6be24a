# Checks: chained generator pipelines (parse -> filter -> transform -> aggregate), generator-based iterator protocol.
log = """INFO start
WARN disk 81
INFO tick
ERROR disk 95
WARN mem 70
INFO tick
ERROR net timeout
INFO stop"""
def lines(text):
    for line in text.splitlines():
        yield line
def parse(ls):
    for l in ls:
        level, _, msg = l.partition(" ")
        yield level, msg
def only(levels, records):
    for level, msg in records:
        if level in levels:
            yield level, msg
def numbered(records, start=1):
    n = start
    for r in records:
        yield n, r
        n += 1
for n, (level, msg) in numbered(only({"WARN", "ERROR"}, parse(lines(log)))):
    print(n, level, msg)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(15, primes())))
def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))

# Benchmark: generator pipelines: yield, yield from, generator expressions, consumed by sum/max/for loops.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def chunked(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
def flatten(chunks):
    for c in chunks:
        yield from c
total = sum(squares(evens(numbers(4000000))))
print(total)
print(sum(len(c) for c in chunked(numbers(2000000), 7)))
print(max(flatten(chunked(squares(numbers(1000000)), 10))))
acc = 0
for v in (x * 3 for x in range(3000000) if x % 3):
    acc ^= v
print(acc)

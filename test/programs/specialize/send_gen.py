# SEND_GEN: `yield from` a generator; CALL_NO_KW_TUPLE_1, CALL_NO_KW_BUILTIN_FAST.
import dis
def inner(n):
    for i in range(n):
        yield i
    return n
def outer(n):
    r = yield from inner(n)
    yield r
def run(n):
    return tuple(outer(n)), divmod(n, 3), max(n, 2)
for n in range(2, 6):
    print(run(n))
dis.dis(outer, adaptive=True)
dis.dis(run, adaptive=True)

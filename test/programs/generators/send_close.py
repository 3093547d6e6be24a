# Checks: send() values into generators, priming with next/send(None), close() runs finally, GeneratorExit.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
def echo():
    try:
        while True:
            received = yield
            print("  echo:", received)
    finally:
        print("  echo cleanup")
e = echo()
next(e)
e.send("hello")
e.send("world")
e.close()
print("closed")
e.close()
try:
    e.send("again")
except StopIteration:
    print("StopIteration after close")
def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  caught GeneratorExit")
        raise
c = catcher()
print(next(c))
c.close()
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as err:
    print("TypeError:", err)
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as err:
    print("RuntimeError:", err)
print(next(b, "b finished"))
def unstarted():
    try:
        yield 1
    finally:
        print("  never printed")
u = unstarted()
u.close()
print("unstarted close ok")

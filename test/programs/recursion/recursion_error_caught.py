# Checks: unbounded recursion raises RecursionError which can be caught; the program continues normally afterwards.
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
print(issubclass(RecursionError, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is between 900 and 1000:", 900 < depth <= 1000)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(len(str(fact(900))))
try:
    fact(5000)
except RecursionError as e:
    print("fact(5000) RecursionError:", e)
print("still works:", fact(10))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual RecursionError caught")
cleanups = []
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        if n % 200 == 0:
            cleanups.append(n)
try:
    with_finally(0)
except RecursionError:
    print("finally blocks ran on unwind:", cleanups[:3], len(cleanups) >= 4)
for _ in range(3):
    try:
        infinite(0)
    except RecursionError:
        pass
print("repeated recursion errors survived")

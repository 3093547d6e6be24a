# A small tour of what gilvm runs today: classes, closures, generators, exceptions,
# big ints and float formatting, all executed from one SharedArrayBuffer image, with the
# specializing adaptive interpreter rewriting the hot instructions as CPython 3.12 does.

class Account:
    rate = 0.05

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount: {amount!r}")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:,.2f})"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump


acct = Account("ada").deposit(1200.5).deposit(99.5)
print(acct)
try:
    acct.deposit(-1)
except ValueError as e:
    print("caught:", e)

gen = fib()
print([next(gen) for _ in range(12)])
print("2**100 =", 2 ** 100)
print("0.1 + 0.2 =", 0.1 + 0.2)
bump = counter()
print("closure:", bump(), bump(), bump())
squares = {n: n * n for n in range(6) if n % 2 == 0}
print("dict comprehension:", squares)
print("sorted by length:", sorted(["pear", "fig", "banana", "kiwi"], key=len))


def add(a, b):
    return a + b


# Warm `a + b` up with ints (it becomes BINARY_OP_ADD_INT at the 2nd call), then switch to
# floats: 52 misses later, the 53rd re-specializes it as BINARY_OP_ADD_FLOAT.
total = 0
for i in range(20):
    total = add(total, i)
for i in range(60):
    total = add(total, 0.5)
print("add:", total)


# Python threads run in worker threads on the same image and take turns through the GIL.
import threading

counts = {}
lock = threading.Lock()


def spin(name):
    n = 0
    for i in range(300000):
        n += i & 1
    with lock:
        counts[name] = n


workers = [threading.Thread(target=spin, args=(f"t{k}",)) for k in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("threads:", sorted(counts.items()))

# Checks: closures with nonlocal, independent cell per call, shared cells between closures.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc1, get1 = make_counter()
inc2, get2 = make_counter(100)
print(inc1(), inc1(), inc1(5), get1())
print(inc2(), get2(), get1())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = make_account(50)
print(dep(25), wd(100), wd(70), dep(1))
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print([acc(i) for i in range(5)])
inc3, get3 = make_counter(-5)
print(inc3(), get1(), get2(), get3())

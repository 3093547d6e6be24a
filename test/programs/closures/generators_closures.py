# Checks: closures combined with generators and lambdas, function factories producing state machines.
def make_fib_gen_factory(limit):
    def gen():
        a, b = 0, 1
        while a < limit:
            yield a
            a, b = b, a + b
    return gen
g = make_fib_gen_factory(50)
print(list(g()), list(g()))
def make_filter(threshold):
    return lambda xs: [x for x in xs if x > threshold]
above5 = make_filter(5)
print(above5(range(10)))
def traffic_light():
    states = ["green", "yellow", "red"]
    idx = 0
    def step():
        nonlocal idx
        current = states[idx]
        idx = (idx + 1) % len(states)
        return current
    return step
light = traffic_light()
print([light() for _ in range(7)])
def running_avg():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_avg()
print([avg(x) for x in [10, 20, 30, 40]])
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
    def gen():
        while n < 3:
            yield n
            bump()
    return gen()
print(list(counter_gen()))

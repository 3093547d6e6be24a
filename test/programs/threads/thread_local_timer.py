# threading.local keeps one set of attributes per thread; Timer runs a call after a delay
# unless cancelled; get_native_id is an int.
import threading
data = threading.local()
data.name = "main"
results = {}
lock = threading.Lock()
def worker(k):
    print_missing = not hasattr(data, "name")
    data.name = "worker %d" % k
    data.items = [k] * k
    with lock:
        results[k] = (print_missing, data.name, data.items, sorted(data.__dict__))
ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("main still sees:", data.name, hasattr(data, "items"))
del data.name
try:
    data.name
except AttributeError as e:
    print("AttributeError after del")
try:
    del data.missing
except AttributeError as e:
    print("AttributeError on del of a missing attribute")

class Counter(threading.local):
    def __init__(self, start):
        self.value = start
    def bump(self):
        self.value += 1
        return self.value
c = Counter(10)
c.bump()
out = []
def use_counter():
    out.append((c.value, c.bump(), c.bump()))
t = threading.Thread(target=use_counter)
t.start()
t.join()
print("subclass:", out, "main:", c.value)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

fired = []
t = threading.Timer(0.01, lambda a, b=0: fired.append(a + b), args=[1], kwargs={"b": 2})
t.start()
t.join()
print("timer fired:", fired, t.finished.is_set())
t = threading.Timer(30, lambda: fired.append("late"))
t.start()
t.cancel()
t.join()
print("cancelled timer:", fired)
print(type(threading.get_native_id()).__name__, threading.get_native_id() == threading.main_thread().native_id)

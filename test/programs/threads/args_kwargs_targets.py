# Thread targets get args and kwargs; bound methods and lambdas as targets; results collected.
import threading
out = {}
lock = threading.Lock()
def store(key, value=0, *, scale=1):
    with lock:
        out[key] = value * scale
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        with lock:
            self.total += n
acc = Acc()
ts = [
    threading.Thread(target=store, args=("a", 2)),
    threading.Thread(target=store, args=("b",), kwargs={"value": 3, "scale": 10}),
    threading.Thread(target=store, kwargs={"key": "c", "value": 5}),
    threading.Thread(target=acc.add, args=(7,)),
    threading.Thread(target=lambda: acc.add(8)),
]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), acc.total)

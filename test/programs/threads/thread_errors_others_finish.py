# One thread raises (reported on stderr), the others finish; the main thread sees their results.
import threading
results = []
lock = threading.Lock()
def ok(i):
    with lock:
        results.append(i * 10)
def bad():
    raise RuntimeError("worker failed")
ts = [threading.Thread(target=ok, args=(i,)) for i in range(3)]
ts.append(threading.Thread(target=bad, name="bad-one"))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), [t.is_alive() for t in ts])
print("main still runs")

# A lock held in a with block is released when the block raises, in every thread.
import threading
lock = threading.Lock()
outcomes = []
guard = threading.Lock()
def risky(i):
    try:
        with lock:
            if i % 2:
                raise ValueError("odd %d" % i)
    except ValueError as e:
        with guard:
            outcomes.append(str(e))
    else:
        with guard:
            outcomes.append("even %d" % i)
ts = [threading.Thread(target=risky, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes))
print(lock.locked(), lock.acquire(False))

# Lock, RLock, Semaphore, BoundedSemaphore and Barrier semantics, and a shared counter.
import threading
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
with r:
    with r:
        print("reentered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
counter = [0]
def bump():
    for i in range(1000):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter[0])
order = []
barrier = threading.Barrier(3, action=lambda: order.append("all arrived"))
def arrive(i):
    barrier.wait()
    with lock:
        order.append("passed")
bs = [threading.Thread(target=arrive, args=(i,)) for i in range(3)]
for b in bs:
    b.start()
for b in bs:
    b.join()
print(order)

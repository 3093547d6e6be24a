# Condition over an explicit Lock: notify(n) wakes n waiters; notify without the lock is an error.
import threading
lock = threading.Lock()
cond = threading.Condition(lock)
woken = []
ready = threading.Semaphore(0)
def waiter(i):
    with cond:
        ready.release()
        cond.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    ready.acquire()
with cond:
    cond.notify(2)
while len(woken) < 2:
    pass
print(len(woken))
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woken))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)

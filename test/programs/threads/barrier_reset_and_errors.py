# Barrier: an action that raises breaks it; reset() fails the current waiters and makes it
# usable again; n_waiting is 0 once broken; a zero-party barrier is accepted.
import threading
import time
lock = threading.Lock()
log = []
def failing_action():
    raise ValueError("action failed")
b = threading.Barrier(3, action=failing_action)
def party(k):
    try:
        b.wait()
        result = "passed"
    except threading.BrokenBarrierError:
        result = "BrokenBarrierError"
    except ValueError as e:
        result = "ValueError: %s" % e
    with lock:
        log.append(result)
ts = [threading.Thread(target=party, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(log))
print("broken:", b.broken, "n_waiting:", b.n_waiting)
b.reset()
print("after reset: broken:", b.broken, "n_waiting:", b.n_waiting)
# reset() while two parties wait: both get BrokenBarrierError, and the barrier works after.
b2 = threading.Barrier(3)
log.clear()
def waiter():
    try:
        b2.wait()
        result = "passed"
    except threading.BrokenBarrierError:
        result = "BrokenBarrierError"
    with lock:
        log.append(result)
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    time.sleep(0.001)
print("waiting before reset:", b2.n_waiting)
b2.reset()
for t in ts:
    t.join()
print(sorted(log), "broken:", b2.broken, "n_waiting:", b2.n_waiting)
log.clear()
ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("next round:", sorted(log))
# abort() then reset(): broken, then usable again.
b3 = threading.Barrier(2)
b3.abort()
print("aborted:", b3.broken, "n_waiting:", b3.n_waiting)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("wait on aborted: BrokenBarrierError")
b3.reset()
indices = []
ts = [threading.Thread(target=lambda: indices.append(b3.wait())) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("after reset indices:", sorted(indices))
z = threading.Barrier(0)
print("zero parties:", z.parties, z.n_waiting, z.broken)

# wait_for(pred, timeout) waits only for what is left of the timeout after each wake-up:
# a notifier that keeps waking the waiter with a false predicate cannot stretch it.
import threading
import time
cond = threading.Condition()
stop = threading.Event()
wakeups = [0]
def nagger():
    while not stop.is_set():
        with cond:
            wakeups[0] += 1
            cond.notify_all()
        time.sleep(0.005)
t = threading.Thread(target=nagger)
t.start()
start = time.monotonic()
with cond:
    result = cond.wait_for(lambda: False, timeout=0.2)
elapsed = time.monotonic() - start
stop.set()
t.join()
print("result:", result)
print("returned within the timeout's order:", elapsed < 2.0)
print("was woken several times:", wakeups[0] > 3)
# Semaphore.acquire(timeout) and Barrier.wait(timeout) are built on wait_for.
sem = threading.Semaphore(0)
stop.clear()
def releaser_then_taker():
    # Releases and takes back at once, so a waiter is woken but finds the value 0 again.
    # Non-blocking: if the waiter got there first (a switch between the two calls), a
    # blocking acquire would wait for ever and the join below with it.
    while not stop.is_set():
        sem.release()
        sem.acquire(blocking=False)
        time.sleep(0.005)
t = threading.Thread(target=releaser_then_taker)
t.start()
got = sem.acquire(timeout=0.2)
stop.set()
t.join()
print("semaphore acquire(timeout) ended:", got in (True, False))
# A predicate that becomes true before the deadline returns its value.
box = []
def filler():
    time.sleep(0.02)
    with cond:
        box.append("item")
        cond.notify()
t = threading.Thread(target=filler)
t.start()
with cond:
    print("wait_for true:", cond.wait_for(lambda: box and box[0], timeout=10))
t.join()
with cond:
    print("wait_for(timeout=0):", cond.wait_for(lambda: 0, timeout=0))
    print("wait_for(negative):", cond.wait_for(lambda: [], timeout=-1))

# Event, Condition and a producer/consumer handing items over through a list.
import threading
import time
ready = threading.Event()
log = []
def waiter(name):
    ready.wait()
    log.append(name)
ws = [threading.Thread(target=waiter, args=("w%d" % i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.01)
print("before set:", log, ready.is_set())
ready.set()
for w in ws:
    w.join()
print("after set:", sorted(log), ready.is_set())
print("wait with timeout on a clear event:", threading.Event().wait(0.01))

cond = threading.Condition()
items = []
consumed = []
def producer():
    for i in range(10):
        with cond:
            items.append(i)
            cond.notify()
def consumer():
    while len(consumed) < 10:
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print("consumed:", consumed)

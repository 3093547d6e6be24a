# active_count and enumerate while threads are parked on an Event, and after they finish.
import threading
gate = threading.Event()
parked = threading.Semaphore(0)
def park():
    parked.release()
    gate.wait()
ts = [threading.Thread(target=park, name="p%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    parked.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
gate.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

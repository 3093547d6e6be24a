# Queue and LifoQueue limits: put/get timeouts raising Full/Empty, qsize/full/empty transitions.
import queue
for cls in (queue.Queue, queue.LifoQueue):
    q = cls(maxsize=2)
    print(cls.__name__, q.empty(), q.full(), q.qsize())
    q.put("a")
    q.put("b", block=True, timeout=0.01)
    print(q.full(), q.qsize())
    for put in (lambda: q.put("c", timeout=0.01), lambda: q.put_nowait("c"), lambda: q.put("c", False)):
        try:
            put()
        except queue.Full:
            print("Full")
    print(q.get(), q.get(timeout=0.01))
    for get in (lambda: q.get(timeout=0.01), q.get_nowait, lambda: q.get(False)):
        try:
            get()
        except queue.Empty:
            print("Empty")
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

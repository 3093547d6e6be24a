# SimpleQueue and LifoQueue shared by producer threads; totals and contents after joins.
import queue
import threading
sq = queue.SimpleQueue()
lq = queue.LifoQueue()
def produce(base):
    for i in range(10):
        sq.put(base + i)
        lq.put(base + i)
ts = [threading.Thread(target=produce, args=(b,)) for b in (0, 100, 200)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = sorted(sq.get() for _ in range(sq.qsize()))
print(len(got), got[:3], got[-3:], sq.empty())
popped = [lq.get() for _ in range(lq.qsize())]
print(sorted(popped) == got, lq.empty())

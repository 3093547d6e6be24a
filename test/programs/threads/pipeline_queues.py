# A three-stage pipeline connected by queues, shut down with sentinels; results in order.
import queue
import threading
STOP = object()
q1 = queue.Queue()
q2 = queue.Queue()
out = []
def parse():
    while True:
        item = q1.get()
        if item is STOP:
            q2.put(STOP)
            break
        q2.put(int(item) * 2)
def collect():
    while True:
        item = q2.get()
        if item is STOP:
            break
        out.append(item + 1)
stages = [threading.Thread(target=parse), threading.Thread(target=collect)]
for s in stages:
    s.start()
for word in "3 1 4 1 5 9 2 6".split():
    q1.put(word)
q1.put(STOP)
for s in stages:
    s.join()
print(out)
print(q1.empty(), q2.empty(), [s.is_alive() for s in stages])

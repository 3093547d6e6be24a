# queue.Queue producer/consumer with task_done/join, bounded puts, LifoQueue, SimpleQueue, Empty and Full.
import queue
import threading
q = queue.Queue()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
c = threading.Thread(target=consumer)
c.start()
for i in range(20):
    q.put(i)
q.put(None)
q.join()
c.join()
print(results)
print(q.empty(), q.qsize())
b = queue.Queue(maxsize=2)
b.put(1)
b.put(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(b.get(), b.get())
try:
    b.get_nowait()
except queue.Empty:
    print("Empty")
try:
    b.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])
s = queue.SimpleQueue()
s.put("a")
s.put("b")
print(s.get(), s.qsize(), s.empty())
bounded = queue.Queue(maxsize=3)
out = []
def produce():
    for i in range(10):
        bounded.put(i)
def consume():
    for i in range(10):
        out.append(bounded.get())
ts = [threading.Thread(target=produce), threading.Thread(target=consume)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError:", e)

# Queue.join waits for tasks that consumers spawn themselves; several consumers and joiners; empty != done.
import queue
import threading
q = queue.Queue()
lock = threading.Lock()
done = []
handled = {}
def consumer():
    count = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        tree, node = item
        if node < 16:
            q.put((tree, 2 * node))      # children are queued before the parent is marked done
            q.put((tree, 2 * node + 1))
        with lock:
            done.append(item)
        count += 1
        q.task_done()
    with lock:
        handled[threading.current_thread().name] = count
def producer(tree):
    q.put((tree, 1))
print("join on a fresh queue returns at once:", q.join(), q.unfinished_tasks)
consumers = [threading.Thread(target=consumer, name="c%d" % i) for i in range(3)]
for c in consumers:
    c.start()
producers = [threading.Thread(target=producer, args=(tree,)) for tree in "abc"]
for p in producers:
    p.start()
for p in producers:
    p.join()
joined = []
def joiner(tag):
    q.join()
    with lock:
        joined.append((tag, q.unfinished_tasks))
joiners = [threading.Thread(target=joiner, args=("j%d" % i,)) for i in range(2)]
for j in joiners:
    j.start()
q.join()
for j in joiners:
    j.join()
print("after join:", q.unfinished_tasks, q.qsize(), q.empty(), sorted(joined))
for tree in "abc":
    nodes = sorted(n for t, n in done if t == tree)
    print(tree, len(nodes), nodes == list(range(1, 32)))
for c in consumers:
    q.put(None)
for c in consumers:
    c.join()
print("handled:", sorted(handled), sum(handled.values()), q.unfinished_tasks)
# An empty queue is not a finished one: join blocks until the taken item's task_done.
took = threading.Event()
go = threading.Event()
def slow_consumer():
    item = q.get()
    took.set()
    go.wait()
    with lock:
        done.append(("slow", item))
    q.task_done()
s = threading.Thread(target=slow_consumer)
s.start()
q.put("last")
took.wait()
print("taken:", q.empty(), q.qsize(), q.unfinished_tasks)
waiter = threading.Thread(target=q.join)
waiter.start()
waiter.join(0.02)
print("join still blocked:", waiter.is_alive())
go.set()
waiter.join()
s.join()
print("join returned:", waiter.is_alive(), q.unfinished_tasks, done[-1])
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

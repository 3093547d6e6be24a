# One Event starts ten threads at once; a second Event and a counter report when all are done.
import threading
start = threading.Event()
all_done = threading.Event()
lock = threading.Lock()
finished = [0]
order = []
def runner(i):
    start.wait()
    with lock:
        order.append(i)
        finished[0] += 1
        if finished[0] == 10:
            all_done.set()
ts = [threading.Thread(target=runner, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
print("before start:", finished[0], all_done.is_set())
start.set()
print("all done:", all_done.wait(10), finished[0])
for t in ts:
    t.join()
print(sorted(order) == list(range(10)), threading.active_count())

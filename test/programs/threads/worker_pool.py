# Four workers pull jobs from one queue and push results to another; the results are sorted.
import queue
import threading
jobs = queue.Queue()
results = queue.Queue()
def worker(wid):
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            return
        total = 0
        for k in range(n):
            total += k * k
        results.put((n, total))
        jobs.task_done()
pool = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in pool:
    t.start()
for n in range(1, 41):
    jobs.put(n)
for t in pool:
    jobs.put(None)
jobs.join()
for t in pool:
    t.join()
got = sorted(results.get() for _ in range(results.qsize()))
print(len(got), got[:5], got[-1])
print(all(total == sum(k * k for k in range(n)) for n, total in got))

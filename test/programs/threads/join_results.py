# Threads compute in parallel; results gathered under a Lock and printed after join.
import threading
results = {}
lock = threading.Lock()
def work(n):
    total = 0
    for i in range(5000):
        total += (i * n) % 7
    with lock:
        results[n] = total
threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])
print(threading.active_count(), threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())

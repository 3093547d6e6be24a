# Threads that build and drop many objects (big ints, strings, lists, tuples) while the main
# thread waits in join(): every collection must find each thread's live values.
import threading
results = {}
lock = threading.Lock()
def work(k):
    total = 0
    words = []
    for i in range(3000):
        total += i * 1000003
        words.append("w%d-%d" % (k, i))
        if len(words) > 50:
            words = [w.upper() for w in words[-10:]]
    with lock:
        results[k] = (total, len(words), words[-1], tuple(range(k)))
threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("MainThread" == threading.current_thread().name)

# 40 short threads started one after another reuse nothing wrongly: each result lands once.
import threading
hits = [0] * 40
lock = threading.Lock()
def mark(i):
    with lock:
        hits[i] += 1
for i in range(40):
    t = threading.Thread(target=mark, args=(i,))
    t.start()
    t.join()
print(hits == [1] * 40, threading.active_count())

# A Semaphore caps how many threads are inside at once; the maximum seen never passes the cap.
import threading
import time
cap = threading.Semaphore(2)
lock = threading.Lock()
inside = [0]
most = [0]
done = []
def visit(i):
    with cap:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.005)
        with lock:
            inside[0] -= 1
            done.append(i)
ts = [threading.Thread(target=visit, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(done), most[0] <= 2, inside[0])

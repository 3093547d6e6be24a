# 64 threads alive at once, started, released by one Event, joined: none lost, none stuck.
import threading
import time
done = []
lock = threading.Lock()
go = threading.Event()
def w(i):
    go.wait()
    time.sleep(0.01)
    with lock:
        done.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(64)]
for t in ts:
    t.start()
print("alive:", sum(t.is_alive() for t in ts), threading.active_count())
go.set()
for t in ts:
    t.join()
print(len(done), sorted(done) == list(range(64)), threading.active_count())

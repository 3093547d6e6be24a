# Default thread names count up across the program; names can be set and changed; current_thread inside threads.
import threading
def task():
    pass
def other():
    pass
a = threading.Thread(target=task)
b = threading.Thread(target=other)
c = threading.Thread()
print(a.name, "|", b.name, "|", c.name)
seen = []
lock = threading.Lock()
def record():
    with lock:
        seen.append(threading.current_thread().name)
ts = [threading.Thread(target=record, name="rec-%d" % i) for i in range(3)]
ts[0].name = "renamed"
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())

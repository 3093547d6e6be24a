# Thread names, idents, daemon flags, join with a timeout, and the program waiting for non-daemon threads.
import threading
import time
def noop():
    pass
t = threading.Thread(target=noop)
print(t.name.startswith("Thread-"), t.name.endswith("(noop)"), t.daemon, t.ident)
t.start()
t.join()
print(t.ident is not None, t.ident != threading.get_ident(), t.is_alive())
named = threading.Thread(target=noop, name="worker-7", daemon=True)
print(named.name, named.daemon)
named.start()
named.join()
slow_done = []
def slow():
    time.sleep(0.3)
    slow_done.append(True)
s = threading.Thread(target=slow)
s.start()
s.join(0.001)
print("after short join alive:", s.is_alive())
s.join()
print("after join:", s.is_alive(), slow_done)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
late = []
def late_worker():
    time.sleep(0.2)
    print("non-daemon thread finished before exit")
threading.Thread(target=late_worker).start()
print("main done")

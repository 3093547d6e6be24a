# join(timeout) on a thread blocked on an Event returns while it is alive; after set() it ends.
import threading
gate = threading.Event()
t = threading.Thread(target=gate.wait, name="gated")
t.start()
t.join(0.05)
print("alive after join(0.05):", t.is_alive())
t.join(timeout=0)
print("alive after join(0):", t.is_alive())
gate.set()
t.join()
print("alive after set and join:", t.is_alive(), t.name)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

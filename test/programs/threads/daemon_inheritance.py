# Daemon flags: set at creation, inherited from the creating thread, refused once started.
import threading
flags = {}
def child():
    flags["child"] = threading.current_thread().daemon
def parent():
    flags["parent"] = threading.current_thread().daemon
    c = threading.Thread(target=child)
    c.start()
    c.join()
p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
print(sorted(flags.items()))
q = threading.Thread(target=print, args=("plain thread",))
print(q.daemon)
q.start()
q.join()
try:
    q.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.main_thread().daemon)

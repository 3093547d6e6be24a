# An exception escaping a thread is reported on stderr; the main thread goes on and exits 0... then fails itself.
import threading
def boom():
    raise ValueError("bad value in thread")
t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
print("main continues", t.is_alive())
raise KeyError("main fails")

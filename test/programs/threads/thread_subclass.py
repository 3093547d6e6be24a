# Thread subclasses overriding run(), reprs, Condition.wait timing out, enumerate after joins.
import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="w%d" % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
ws = [Worker(k * 100) for k in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.name, w.result) for w in ws])
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started"))
c = threading.Condition()
with c:
    print(c.wait(0.01))
print(threading.enumerate() == [threading.main_thread()])

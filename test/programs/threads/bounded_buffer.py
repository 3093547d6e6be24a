# Condition.wait_for guards a bounded buffer: a fast producer never overfills it.
import threading
cond = threading.Condition()
buf = []
CAP = 3
most = [0]
consumed = []
def producer():
    for i in range(30):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(i)
            most[0] = max(most[0], len(buf))
            cond.notify_all()
def consumer():
    for i in range(30):
        with cond:
            cond.wait_for(lambda: len(buf) > 0)
            consumed.append(buf.pop(0))
            cond.notify_all()
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(consumed == list(range(30)), most[0] <= CAP, buf)
with cond:
    print(cond.wait_for(lambda: False, timeout=0.01))

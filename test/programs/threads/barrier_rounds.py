# Barrier over three rounds with an action per generation; abort() breaks it for waiters.
import threading
log = []
lock = threading.Lock()
b = threading.Barrier(3, action=lambda: log.append("gen"))
def member(i):
    for r in range(3):
        b.wait()
        with lock:
            log.append(r)
ts = [threading.Thread(target=member, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log.count("gen"), sorted(x for x in log if x != "gen"), b.parties, b.n_waiting, b.broken)
broken = threading.Barrier(2)
errors = []
def wait_then_fail():
    try:
        broken.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
w = threading.Thread(target=wait_then_fail)
w.start()
while broken.n_waiting == 0:
    pass
broken.abort()
w.join()
print(errors, broken.broken)
try:
    broken.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError")

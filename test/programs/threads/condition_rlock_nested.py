# Condition over an RLock entered at several depths: wait() frees every level and restores them all.
import threading
rl = threading.RLock()
cond = threading.Condition(rl)
state = {"ready": False, "tokens": 0}
log = []
holding = threading.Event()
checked = threading.Event()
def deep_waiter():
    rl.acquire()
    with cond:
        with rl:
            log.append("waiter at depth 3")
            ok = cond.wait_for(lambda: state["ready"])
            log.append("woken: %s" % ok)
            holding.set()
            checked.wait()
    rl.release()
    try:
        rl.release()
    except RuntimeError as e:
        log.append("released the last level, then RuntimeError: %s" % e)
t = threading.Thread(target=deep_waiter)
t.start()
# The main thread sees the log entry under the RLock only because wait() released all three levels.
while True:
    with rl:
        if log:
            with cond:
                state["ready"] = True
                cond.notify()
            break
holding.wait()
print("main can take the lock while the waiter holds it:", rl.acquire(timeout=0.02))
checked.set()
t.join()
for line in log:
    print(line)
print("free after join:", rl.acquire(blocking=False))
rl.release()
# A timed-out wait at depth 2 still returns holding both levels.
with cond:
    with cond:
        print("wait(0.01) at depth 2:", cond.wait(0.01))
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print("after both exits: RuntimeError:", e)
# Three waiters, each nested two deep, take one token each; tokens are handed out one by one.
taken = []
def taker(name):
    with cond:
        with cond:
            cond.wait_for(lambda: state["tokens"] > 0)
            state["tokens"] -= 1
            taken.append(name)
ts = [threading.Thread(target=taker, args=("t%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
for n in range(3):
    with cond:
        with rl:
            state["tokens"] += 1
            cond.notify()
for t in ts:
    t.join()
print("taken:", sorted(taken), "tokens left:", state["tokens"])
# A thread that does not own the RLock may not wait or notify on the condition.
errors = []
def intruder():
    for op in (cond.wait, cond.notify, cond.notify_all):
        try:
            op()
        except RuntimeError as e:
            errors.append(str(e))
with cond:
    i = threading.Thread(target=intruder)
    i.start()
    i.join()
print(errors)

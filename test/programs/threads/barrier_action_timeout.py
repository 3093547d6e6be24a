# Barrier action= runs once per generation in the last arriving party; timeouts break the barrier.
import threading
lock = threading.Lock()
generations = []
def action():
    generations.append((len(generations), threading.current_thread().name))
b = threading.Barrier(4, action=action)
last_arrivals = []
seen_after = []
indices = []
def party():
    for r in range(3):
        i = b.wait()
        with lock:
            indices.append((r, i))
            seen_after.append(len(generations) > r)
            if i == b.parties - 1:
                last_arrivals.append((r, threading.current_thread().name))
ts = [threading.Thread(target=party, name="p%d" % k) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("generations:", len(generations), [g for g, _ in generations])
print("action ran in the last arrival:", sorted(generations) == sorted(last_arrivals))
print("action ran in a party:", all(name in ("p0", "p1", "p2", "p3") for _, name in generations))
print("parties saw the action's effect:", all(seen_after), len(seen_after))
for r in range(3):
    print("round", r, "indices", sorted(i for rr, i in indices if rr == r))
print("broken:", b.broken, "n_waiting:", b.n_waiting)
# Only two of three parties arrive: the default timeout breaks the barrier for both.
slow = threading.Barrier(3, action=lambda: print("never printed"), timeout=0.05)
outcomes = []
def hopeful(tag):
    try:
        slow.wait()
        result = "passed"
    except threading.BrokenBarrierError as e:
        result = "broken %s %r" % (type(e).__name__, isinstance(e, RuntimeError))
    with lock:
        outcomes.append((tag, result))
hs = [threading.Thread(target=hopeful, args=(k,)) for k in range(2)]
for t in hs:
    t.start()
for t in hs:
    t.join()
for tag, result in sorted(outcomes):
    print(tag, result)
print("broken:", slow.broken)
for timeout in (None, 0.01, 0):
    try:
        slow.wait(timeout)
    except threading.BrokenBarrierError:
        print("wait(%r) on a broken barrier: BrokenBarrierError" % (timeout,))
# An explicit wait(timeout) overrides a barrier's long default timeout.
patient = threading.Barrier(2, timeout=30)
try:
    patient.wait(0.02)
except threading.BrokenBarrierError:
    print("wait(0.02) alone: BrokenBarrierError, broken =", patient.broken)
# A one-party barrier never blocks: its action runs on every wait.
calls = []
solo = threading.Barrier(1, action=lambda: calls.append(threading.current_thread().name))
print([solo.wait() for _ in range(3)], calls)

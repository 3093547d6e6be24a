# Condition.notify_all wakes every waiter; rounds of work gated by a shared generation counter.
import threading
cond = threading.Condition()
state = {"generation": 0, "arrived": 0}
log = []
def member(i):
    for rnd in range(3):
        with cond:
            state["arrived"] += 1
            if state["arrived"] == 4:
                state["arrived"] = 0
                state["generation"] += 1
                cond.notify_all()
            else:
                gen = state["generation"]
                while state["generation"] == gen:
                    cond.wait()
            log.append((rnd, i))
ts = [threading.Thread(target=member, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(state["generation"], sorted(log) == sorted((r, i) for r in range(3) for i in range(4)))
rounds = {}
for r, i in log:
    rounds.setdefault(r, set()).add(i)
print({r: sorted(s) for r, s in sorted(rounds.items())})

# Event.wait(timeout) returns False until set, then True; a thread's is_alive/ident/repr through its life.
import threading
ev = threading.Event()
print("unset:", [ev.wait(t) for t in (0, 0.0, 0.01, -1)], ev.is_set())
polled = threading.Event()
report = {}
def poller():
    me = threading.current_thread()
    report["inside"] = (me.is_alive(), me.ident == threading.get_ident(), me.name)
    answers = []
    while True:
        got = ev.wait(0.005)
        answers.append(got)
        polled.set()
        if got:
            break
    report["first"] = answers[0]
    report["last"] = answers[-1]
    report["false count >= 1"] = answers.count(False) >= 1
    report["true count"] = answers.count(True)
t = threading.Thread(target=poller, name="poller")
print("before start:", t.is_alive(), t.ident, t.native_id, repr(t))
t.start()
polled.wait()
ident = t.ident
print("running:", t.is_alive(), isinstance(ident, int), repr(t).replace(str(ident), "IDENT"))
ev.set()
t.join()
print("after join:", t.is_alive(), t.ident == ident, repr(t).replace(str(ident), "IDENT"))
for key in sorted(report):
    print(" ", key, report[key])
print("set:", [ev.wait(t) for t in (0, 0.01, -1, None)], ev.is_set())
ev.clear()
print("cleared:", ev.wait(0), ev.is_set())
# Impatient waiters time out before the set; patient ones, started afterwards, see it.
results = []
lock = threading.Lock()
late = threading.Event()
def waiter(tag, timeout):
    got = late.wait(timeout)
    with lock:
        results.append((tag, got))
impatient = [threading.Thread(target=waiter, args=("impatient%d" % i, 0.01)) for i in range(3)]
for w in impatient:
    w.start()
for w in impatient:
    w.join()
patient = [threading.Thread(target=waiter, args=("patient%d" % i, 30), daemon=True) for i in range(3)]
for w in patient:
    w.start()
print("patient alive before set:", [w.is_alive() for w in patient])
late.set()
for w in patient:
    w.join()
print("patient alive after join:", [w.is_alive() for w in patient])
print(sorted(results))
d = threading.Thread(target=print, name="d", daemon=True)
print(repr(d))
d.start()
d.join()
print(repr(d).replace(str(d.ident), "IDENT"))

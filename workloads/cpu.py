# gilvm study, workload "cpu" (W2 sweep, shared/reference/cpython-gil.md 5.2): K CPU-bound
# threads spin and log each change of GIL owner (only the holder runs bytecode, so a new
# entry marks a switch).
#   cpu.py INTERVAL_S K WINDOW_S
# Prints one line: iters_s switches_s hold_ms_p50 hold_ms_p90 wait_ms_max jain
# (iters_s: all threads' iterations per second of the window; hold: tenure lengths; wait:
# a thread's longest gap between two of its tenures; jain: Jain's fairness index of the
# threads' GIL time, 1.0 for K = 1; nan where too few owner changes were seen).
import sys, threading, time

interval, k, window = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
sys.setswitchinterval(interval)
go = threading.Event()
stop = False
last = -1
log = []
counts = [0] * k


def spin(me):
    global last
    n = 0
    go.wait()
    while not stop:
        n += 1
        counts[me] = n
        if last != me:
            last = me
            log.append((time.perf_counter(), me))


def pct(xs, p):
    return sorted(xs)[min(len(xs) - 1, int(len(xs) * p))] if xs else float("nan")


threads = [threading.Thread(target=spin, args=(i,)) for i in range(k)]
for t in threads:
    t.start()
go.set()
time.sleep(0.2)  # warm-up: every thread spinning, its code specialized
first, before = len(log), counts[:]
t0 = time.perf_counter()
time.sleep(window)
t1 = time.perf_counter()
after, end = counts[:], len(log)
stop = True
for t in threads:
    t.join()

entries = log[first:end]
tenures = [(entries[i][1], entries[i][0], entries[i + 1][0]) for i in range(len(entries) - 1)]
holds = [(b - a) * 1000 for _, a, b in tenures]
gil_time = [0.0] * k
waits = []
ended = {}
for who, a, b in tenures:
    gil_time[who] += b - a
    if who in ended:
        waits.append((a - ended[who]) * 1000)
    ended[who] = b
if k == 1:
    jain = 1.0
else:
    jain = sum(gil_time) ** 2 / (k * sum(x * x for x in gil_time)) if sum(gil_time) > 0 else float("nan")
print(f"iters_s={(sum(after) - sum(before)) / (t1 - t0):.0f} switches_s={max(len(entries) - 1, 0) / (t1 - t0):.1f} "
      f"hold_ms_p50={pct(holds, 0.5):.3f} hold_ms_p90={pct(holds, 0.9):.3f} "
      f"wait_ms_max={max(waits) if waits else float('nan'):.3f} jain={jain:.3f}")

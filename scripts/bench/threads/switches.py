# W2 sweep (shared/reference/cpython-gil.md 5.2) with k = 2: two spinners log each change
# of GIL owner (only the holder runs bytecode, so a new entry marks a switch).
#   switches.py INTERVAL_S [WINDOW_S]
# Prints one line of key=value pairs: switches per second and each thread's share of the loop iterations.
import sys, threading, time

interval = float(sys.argv[1])
window = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
sys.setswitchinterval(interval)
go = threading.Event()
stop = False
last = -1
log = []
counts = [0, 0]


def spin(me):
    global last
    n = 0
    go.wait()
    while not stop:
        n += 1
        if last != me:
            last = me
            log.append((time.perf_counter(), me))
    counts[me] = n


threads = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
time.sleep(0.05)
go.set()
time.sleep(0.2)  # warm-up: both threads spinning, code specialized
start = len(log)
t0 = time.perf_counter()
time.sleep(window)
entries = len(log) - start
elapsed = time.perf_counter() - t0
stop = True
for t in threads:
    t.join()
print(f"switches_per_s={(entries - 1) / elapsed:.1f} progress_ratio={min(counts) / max(counts):.3f}")

# gilvm study, workload "handoff" (W4, shared/reference/cpython-gil.md 5.2 and 5.5): round
# trips A -> B -> A through a pair of Locks, then a pair of Events, each for WINDOW_S / 2,
# beside K CPU-bound threads (0 or 1).
#   handoff.py INTERVAL_S K WINDOW_S
# Prints one line: lock_rtt_mean_us lock_rtt_p50_us lock_rtt_count event_rtt_mean_us
# event_rtt_p50_us event_rtt_count
import sys, threading, time

interval, k, window = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
sys.setswitchinterval(interval)
stop = False


def spin():
    n = 0
    while not stop:
        n += 1


def lock_pair():
    p, q = threading.Lock(), threading.Lock()
    p.acquire()
    q.acquire()
    return (p.release, q.acquire), (p.acquire, q.release)


def event_pair():
    e1, e2 = threading.Event(), threading.Event()

    def a_wait():
        e2.wait()
        e2.clear()

    def b_wait():
        e1.wait()
        e1.clear()
    return (e1.set, a_wait), (b_wait, e2.set)


def round_trips(pair, seconds):
    (a_send, a_wait), (b_wait, b_send) = pair
    done = False

    def b():
        while True:
            b_wait()
            if done:  # A's last message, sent after done was set: it wants no reply
                return
            b_send()
    t = threading.Thread(target=b)
    t.start()
    times = []
    measure_from = time.perf_counter() + min(0.1, seconds / 4)  # warm-up
    end = measure_from + seconds
    while (t0 := time.perf_counter()) < end:
        a_send()
        a_wait()
        if t0 >= measure_from:
            times.append(time.perf_counter() - t0)
    done = True
    a_send()
    t.join()
    times.sort()
    n = len(times)
    return (sum(times) / n * 1e6, times[n // 2] * 1e6, n) if n else (float("nan"), float("nan"), 0)


spinners = [threading.Thread(target=spin) for _ in range(k)]
for t in spinners:
    t.start()
out = []
for name, pair in (("lock", lock_pair()), ("event", event_pair())):
    mean, p50, count = round_trips(pair, window / 2)
    out.append(f"{name}_rtt_mean_us={mean:.1f} {name}_rtt_p50_us={p50:.1f} {name}_rtt_count={count}")
stop = True
for t in spinners:
    t.join()
print(" ".join(out))

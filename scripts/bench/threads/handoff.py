# W4 hand-off (shared/reference/cpython-gil.md 5.2): round trips A -> B -> A through a pair
# of Locks and a pair of Events, no other thread. Prints one line of key=value pairs, in microseconds.
import sys, threading, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
WARMUP = N // 5


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


def round_trips(pair):
    (a_send, a_wait), (b_wait, b_send) = pair

    def b():
        for _ in range(WARMUP + N):
            b_wait()
            b_send()
    t = threading.Thread(target=b)
    t.start()
    times = []
    for i in range(WARMUP + N):
        t0 = time.perf_counter()
        a_send()
        a_wait()
        if i >= WARMUP:
            times.append(time.perf_counter() - t0)
    t.join()
    times.sort()
    return sum(times) / N * 1e6, times[N // 2] * 1e6


for name, pair in (("lock", lock_pair()), ("event", event_pair())):
    mean, p50 = round_trips(pair)
    print(f"{name}_mean_us={mean:.2f} {name}_p50_us={p50:.2f}")

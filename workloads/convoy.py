# gilvm study, workload "convoy" (W3, shared/reference/cpython-gil.md 4 and 5.2): the main
# thread times echo round trips through two queues to an echo thread (standing in for
# I/O: each side blocks, so each round trip releases and re-takes the GIL twice) beside
# K CPU-bound threads.
#   convoy.py INTERVAL_S K WINDOW_S
# Prints one line: io_ops_s latency_p50_us latency_p99_us
import sys, threading, time, queue

interval, k, window = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
sys.setswitchinterval(interval)
stop = False
requests, replies = queue.Queue(), queue.Queue()


def spin():
    n = 0
    while not stop:
        n += 1


def echo():
    while (item := requests.get()) is not None:
        replies.put(item)


def pct_us(xs, p):
    return xs[min(len(xs) - 1, int(len(xs) * p))] * 1e6 if xs else float("nan")


def round_trip():
    t0 = time.perf_counter()
    requests.put(1)
    replies.get()
    return time.perf_counter() - t0


echoer = threading.Thread(target=echo)
echoer.start()
spinners = [threading.Thread(target=spin) for _ in range(k)]
for t in spinners:
    t.start()
warm = time.perf_counter() + 0.2
while time.perf_counter() < warm:
    round_trip()
latencies = []
t0 = time.perf_counter()
end = t0 + window
while time.perf_counter() < end:
    latencies.append(round_trip())
elapsed = time.perf_counter() - t0
stop = True
requests.put(None)
echoer.join()
for t in spinners:
    t.join()
latencies.sort()
print(f"io_ops_s={len(latencies) / elapsed:.1f} latency_p50_us={pct_us(latencies, 0.5):.1f} "
      f"latency_p99_us={pct_us(latencies, 0.99):.1f}")

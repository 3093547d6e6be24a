# W5 thread start (shared/reference/cpython-gil.md 5.2): Thread(target=noop).start() then
# join(), alone. Prints one line of key=value pairs, in microseconds.
import sys, threading, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
WARMUP = N // 5


def noop():
    pass


times = []
for i in range(WARMUP + N):
    t0 = time.perf_counter()
    t = threading.Thread(target=noop)
    t.start()
    t.join()
    if i >= WARMUP:
        times.append(time.perf_counter() - t0)
times.sort()
print(f"mean_us={sum(times) / N * 1e6:.2f} p50_us={times[N // 2] * 1e6:.2f}")

# Checks: time module without printing times: monotonicity, types, sleep duration lower bound, perf_counter differences.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(10000):
    total += i
time.sleep(0.05)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(total)
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t1 >= t0, p1 > p0, m1 >= m0)
print(p1 - p0 >= 0.04, m1 - m0 >= 0.04)
print(t0 > 1600000000)
ns = time.perf_counter_ns()
print(type(ns).__name__, ns > 0, time.perf_counter_ns() >= ns)
time.sleep(0)
print("slept zero")

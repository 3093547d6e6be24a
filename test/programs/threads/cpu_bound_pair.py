# Two CPU-bound threads share the GIL through the switch interval; both finish their work.
import sys
import threading
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
counts = [0, 0]
def spin(k):
    n = 0
    for i in range(200000):
        n += i & 3
    counts[k] = n
ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)

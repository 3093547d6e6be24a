# Semaphore and lock argument errors and their messages.
import threading
for make in (lambda: threading.Semaphore(-1), lambda: threading.BoundedSemaphore(-1)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0.01))
try:
    s.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
s.release(3)
print([s.acquire(False) for _ in range(4)])
lock = threading.Lock()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(lock.acquire(timeout=-1), lock.locked())

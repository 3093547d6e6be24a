# Several threads import the same module while its body is still running: the others wait
# until it has finished (CPython's module lock) and all see the whole module.
import sys
import threading
sys.setswitchinterval(0.0005)
results = []
lock = threading.Lock()
def use(k):
    import slow_import_helper
    with lock:
        results.append((k, slow_import_helper.DONE))
threads = [threading.Thread(target=use, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print('slow_import_helper' in sys.modules)

# current_thread()/main_thread() identity inside threads, nested and subclassed; switch interval set from threads.
import sys
import threading
main = threading.current_thread()
print("main:", main is threading.main_thread(), main.ident == threading.get_ident(), main.name)
lock = threading.Lock()
facts = {}
all_here = threading.Barrier(4)
def worker(i):
    me = threading.current_thread()
    expected = ts[i]
    row = [me is expected, me is threading.current_thread(), me is not threading.main_thread(),
           threading.main_thread() is main, threading.main_thread().is_alive(),
           me.ident == threading.get_ident(), me.ident != main.ident, me in threading.enumerate()]
    all_here.wait()   # all four alive at once, so their idents must differ
    with lock:
        facts[me.name] = (row, me.ident)
ts = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for name in sorted(facts):
    print(name, facts[name][0])
print("distinct idents:", len(set(ident for _, ident in facts.values())))
# A thread started by a thread: its current_thread is itself, its main_thread is still main.
nested = {}
def child():
    nested["child"] = (threading.current_thread().name, threading.main_thread() is main)
def parent():
    me = threading.current_thread()
    c = threading.Thread(target=child, name="child")
    c.start()
    c.join()
    nested["parent"] = (me.name, threading.current_thread() is me, c.is_alive(), c is not me)
p = threading.Thread(target=parent, name="parent")
p.start()
p.join()
print(sorted(nested.items()))
class Self(threading.Thread):
    def run(self):
        self.same = threading.current_thread() is self
        self.main_is_main = threading.main_thread() is main
s = Self(name="subclassed")
s.start()
s.join()
print(s.name, s.same, s.main_is_main, threading.current_thread() is main)
# The switch interval is process-wide: a thread sets it, the main thread and other threads read it.
print("default interval:", sys.getswitchinterval())
seen = []
def setter(value):
    sys.setswitchinterval(value)
    seen.append(sys.getswitchinterval())
def reader():
    seen.append(sys.getswitchinterval())
for value in (0.002, 0.0012345678, 0.1):
    t = threading.Thread(target=setter, args=(value,))
    t.start()
    t.join()
    r = threading.Thread(target=reader)
    r.start()
    r.join()
    print(value, "->", seen[-2], seen[-1], sys.getswitchinterval())
def bad_setter():
    try:
        sys.setswitchinterval(0)
    except ValueError as e:
        seen.append("ValueError: %s" % e)
t = threading.Thread(target=bad_setter)
t.start()
t.join()
print(seen[-1], sys.getswitchinterval())
sys.setswitchinterval(0.005)

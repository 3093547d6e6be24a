# An Event set, cleared and set again drives rounds between two threads.
import threading
go = threading.Event()
back = threading.Event()
trace = []
def echo():
    for r in range(5):
        go.wait()
        go.clear()
        trace.append("echo %d" % r)
        back.set()
t = threading.Thread(target=echo)
t.start()
for r in range(5):
    trace.append("send %d" % r)
    go.set()
    back.wait()
    back.clear()
t.join()
print(trace)
print(go.is_set(), back.is_set())

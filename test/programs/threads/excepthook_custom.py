# threading.excepthook receives the exception that ended a thread; it can be replaced,
# SystemExit is silent, and __excepthook__ keeps the default.
import threading
import sys
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))
threading.excepthook = hook
def fail(msg):
    raise KeyError(msg)
t = threading.Thread(target=fail, args=("boom",), name="failer")
t.start()
t.join()
def leave():
    sys.exit(3)
t = threading.Thread(target=leave, name="leaver")
t.start()
t.join()
print(seen)
print(threading.__excepthook__ is not hook)
threading.excepthook = threading.__excepthook__
def quiet_exit():
    raise SystemExit
t = threading.Thread(target=quiet_exit)
t.start()
t.join()
print("SystemExit in a thread printed nothing")

# realistic: a small state machine (traffic light / order workflow) with transitions table, guards and history
class TransitionError(Exception):
    pass

class Machine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.table = {}
        for src, event, dst, *guard in transitions:
            self.table[(src, event)] = (dst, guard[0] if guard else None)
        self.history = [initial]
        self.hooks = {}
    def on(self, state):
        def deco(fn):
            self.hooks.setdefault(state, []).append(fn)
            return fn
        return deco
    def fire(self, event, **ctx):
        key = (self.state, event)
        if key not in self.table:
            raise TransitionError(f"{self.name}: no transition from {self.state!r} on {event!r}")
        dst, guard = self.table[key]
        if guard is not None and not guard(ctx):
            print(f"  guard blocked {event} in {self.state}")
            return False
        prev, self.state = self.state, dst
        self.history.append(dst)
        for fn in self.hooks.get(dst, []):
            fn(prev, event, ctx)
        return True
    def events(self):
        return sorted({e for (s, e) in self.table if s == self.state})

order = Machine("order", "new", [
    ("new", "pay", "paid", lambda c: c.get("amount", 0) >= 10),
    ("new", "cancel", "cancelled"),
    ("paid", "ship", "shipped"),
    ("paid", "refund", "cancelled"),
    ("shipped", "deliver", "done"),
])
@order.on("paid")
def paid(prev, event, ctx):
    print(f"  hook: paid {ctx['amount']} (from {prev})")
@order.on("cancelled")
def cancelled(prev, event, ctx):
    print(f"  hook: cancelled via {event}")

steps = [("pay", {"amount": 5}), ("pay", {"amount": 20}), ("deliver", {}), ("ship", {}), ("deliver", {}), ("ship", {})]
for ev, ctx in steps:
    try:
        ok = order.fire(ev, **ctx)
        print(f"{ev}: ok={ok} state={order.state} next={order.events()}")
    except TransitionError as e:
        print("error:", e)
print(" -> ".join(order.history))

def light():
    seq = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    i = 0
    while True:
        s = seq[i % 3]
        cmd = yield s, durations[s]
        if cmd == "reset":
            i = 0
        elif cmd == "skip":
            i += 2
        else:
            i += 1
l = light()
out = [next(l)]
for cmd in [None, None, "skip", "reset", None]:
    out.append(l.send(cmd))
print(out)
tick = 0
timeline = []
l2 = light()
state, dur = next(l2)
for t in range(10):
    timeline.append(state[0])
    dur -= 1
    if dur == 0:
        state, dur = next(l2)
print("".join(timeline))

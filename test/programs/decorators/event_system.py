# Checks: an event system built with decorators: handler registration with arguments, priorities, dispatch order.
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, priority=0):
        def deco(f):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), f))
            return f
        return deco
    def emit(self, event, *args):
        results = []
        for prio, order, f in sorted(self.handlers.get(event, []), key=lambda t: (-t[0], t[1])):
            results.append(f(*args))
        return results
bus = EventBus()
@bus.on("save")
def log_save(doc):
    return "log: saved " + doc
@bus.on("save", priority=10)
def validate(doc):
    return "validate: " + ("ok" if doc else "empty")
@bus.on("save", priority=10)
def backup(doc):
    return "backup: " + doc.upper()
@bus.on("delete", priority=-1)
def log_delete(doc):
    return "log: deleted " + doc
for r in bus.emit("save", "report.txt"):
    print(r)
print(bus.emit("delete", "old.txt"))
print(bus.emit("unknown"))
print(log_save("direct call"))
counts = {}
def counted(event):
    def deco(f):
        def wrapper(*a):
            counts[event] = counts.get(event, 0) + 1
            return f(*a)
        return bus.on(event)(wrapper)
    return deco
@counted("tick")
def on_tick(n):
    return n * n
print([bus.emit("tick", i) for i in range(4)], counts)

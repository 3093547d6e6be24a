# Checks: a vending-machine state machine using classes, dict dispatch, exceptions for invalid transitions, and a trace log.
class InvalidTransition(Exception):
    pass
class Machine:
    TRANSITIONS = {
        ("idle", "coin"): "paid",
        ("paid", "coin"): "paid",
        ("paid", "select"): "vending",
        ("paid", "refund"): "idle",
        ("vending", "done"): "idle",
        ("idle", "service"): "maintenance",
        ("maintenance", "done"): "idle",
    }
    PRICES = {"A": 75, "B": 120, "C": 50}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.sales = []
        self.trace = []
    def fire(self, event, arg=None):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition("cannot %s while %s" % (event, self.state))
        handler = getattr(self, "on_" + event, None)
        if handler is not None:
            if handler(arg) is False:
                self.trace.append("%s --%s--> %s (rejected)" % (self.state, event, self.state))
                return
        new = self.TRANSITIONS[key]
        self.trace.append("%s --%s--> %s" % (self.state, event, new))
        self.state = new
    def on_coin(self, amount):
        self.credit += amount
    def on_select(self, product):
        price = self.PRICES[product]
        if self.credit < price:
            print("  need %d more for %s" % (price - self.credit, product))
            return False
        self.credit -= price
        self.sales.append(product)
        print("  vend %s, change %d" % (product, self.credit))
        self.credit = 0
    def on_refund(self, _):
        print("  refund", self.credit)
        self.credit = 0
m = Machine()
events = [("coin", 25), ("coin", 25), ("select", "A"), ("coin", 25), ("select", "A"), ("done", None),
          ("select", "B"), ("coin", 100), ("refund", None), ("service", None), ("coin", 5), ("done", None),
          ("coin", 200), ("select", "B"), ("done", None)]
for ev, arg in events:
    try:
        m.fire(ev, arg)
    except InvalidTransition as e:
        print("  invalid:", e)
print("\n".join(m.trace))
print("final:", m.state, m.credit, m.sales)

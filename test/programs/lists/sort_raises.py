# A comparison that raises in the middle of a sort: the exception propagates and the list
# still holds every item once (which order is the algorithm's business).
class Flaky:
    budget = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Flaky.budget -= 1
        if Flaky.budget < 0:
            raise ArithmeticError("no more comparisons")
        return self.v < other.v

values = [(i * 7919) % 500 for i in range(500)]
for budget in (0, 10, 100, 300, 1000, 3000, 100000):
    items = [Flaky(v) for v in values]
    Flaky.budget = budget
    try:
        items.sort()
        outcome = "sorted"
    except ArithmeticError as e:
        outcome = str(e)
    print(budget, outcome, len(items), sorted(x.v for x in items) == sorted(values))
    if outcome == "sorted":
        print([x.v for x in items] == sorted(values))

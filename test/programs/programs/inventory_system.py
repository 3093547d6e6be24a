# Checks: a mixed program: classes with properties, dict-of-objects, sorting, custom exceptions, formatting, generators.
class OutOfStock(Exception):
    pass
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self._price, self.qty = sku, name, price, qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if v < 0:
            raise ValueError("negative price for " + self.sku)
        self._price = v
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return "Item(%r, %r, %.2f, %d)" % (self.sku, self.name, self.price, self.qty)
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))
    def take(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise OutOfStock("%s: wanted %d, have %d" % (sku, n, item.qty))
        item.qty -= n
        self.log.append(("take", sku, n))
        return round(item.price * n, 2)
    def low_stock(self, threshold):
        for item in sorted(self.items.values(), key=lambda i: (i.qty, i.sku)):
            if item.qty <= threshold:
                yield item
    def total_value(self):
        return round(sum(i.value for i in self.items.values()), 2)
    def report(self):
        lines = ["%-6s %-12s %8s %5s %9s" % ("SKU", "NAME", "PRICE", "QTY", "VALUE")]
        for item in sorted(self.items.values(), key=lambda i: -i.value):
            lines.append("%-6s %-12s %8.2f %5d %9.2f" % (item.sku, item.name, item.price, item.qty, item.value))
        lines.append("%-6s %-12s %8s %5d %9.2f" % ("", "TOTAL", "", sum(i.qty for i in self.items.values()), self.total_value()))
        return "\n".join(lines)
inv = Inventory()
for args in [("A1", "bolt", 0.25, 400), ("B2", "nut", 0.1, 1000), ("C3", "hammer", 12.99, 5), ("D4", "saw", 24.5, 2), ("E5", "glue", 3.75, 0)]:
    inv.add(Item(*args))
print(inv.report())
orders = [("A1", 150), ("C3", 5), ("D4", 3), ("Z9", 1), ("B2", 999), ("E5", 1)]
revenue = 0
for sku, n in orders:
    try:
        r = inv.take(sku, n)
        revenue += r
        print("sold %3d x %-4s for %8.2f" % (n, sku, r))
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)
print("revenue: %.2f" % revenue)
try:
    inv.items["A1"].price = -1
except ValueError as e:
    print("ValueError:", e)
inv.items["A1"].price = 0.3
print([repr(i) for i in inv.low_stock(2)])
print(inv.report())
print(len(inv.log), inv.log[-3:])

# realistic: inventory system with classes, properties, custom exceptions, sorting and reports
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku, self.wanted, self.have = sku, wanted, have
    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, have {self.have}"

class Item:
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = set(tags)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []
    def add(self, item):
        if item.sku in self._items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
        self.log.append(("add", item.sku))
    def __getitem__(self, sku):
        return self._items[sku]
    def __contains__(self, sku):
        return sku in self._items
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items.values()))
    def restock(self, sku, n):
        self[sku].qty += n
        self.log.append(("restock", sku, n))
    def remove(self, sku, n):
        item = self[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("remove", sku, n))
        return item.price * n
    def by_tag(self):
        tags = {}
        for it in self:
            for t in sorted(it.tags):
                tags.setdefault(t, []).append(it.sku)
        return tags
    def total_value(self):
        return round(sum(it.value for it in self), 2)
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Value':>10}"]
        for it in self:
            lines.append(f"{it.sku:<6}{it.name:<12}{it.qty:>5}{it.value:>10.2f}")
        lines.append(f"{'TOTAL':<23}{self.total_value():>10.2f}")
        return "\n".join(lines)

inv = Inventory()
for args in [("A1", "widget", 2.5, 10, ["tool", "small"]), ("B2", "gadget", 12.99, 3, ["tool"]),
             ("C3", "doohickey", 0.1, 7, []), ("D4", "apple", 0.333, 30, ["food", "small"])]:
    inv.add(Item(*args))
print(len(inv), "A1" in inv, "Z9" in inv, list(inv))
try:
    inv.add(Item("A1", "dup", 1))
except InventoryError as e:
    print("error:", e)
print(inv.remove("A1", 4), inv["A1"].qty)
try:
    inv.remove("B2", 5)
except OutOfStock as e:
    print("out of stock:", e, "| args:", e.args, "| is InventoryError:", isinstance(e, InventoryError))
try:
    inv.remove("Q1", 1)
except KeyError as e:
    print("missing:", e)
inv.restock("B2", 10)
print(inv.report())
print(inv.by_tag())
print(sorted(inv, key=lambda i: -i.value)[:2])
print(max(inv, key=lambda i: i.qty).name, min(inv).name)
print([entry[0] for entry in inv.log], sum(1 for e in inv.log if e[0] == "add"))
cheap = {it.sku: it.price for it in inv if it.price < 1}
print(cheap, f"{sum(cheap.values()):.3f}")

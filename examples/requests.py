# A request loop, for `gilvm profile`: the first requests run while the code warms up;
# halfway, every other request carries float prices (a new client), so the sites that
# did int arithmetic start to flip between int and float forms.
import sys


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty


class Order:
    def __init__(self, items):
        self.items = items

    def total(self):
        t = 0
        for it in self.items:
            t += it.price * it.qty
        return t


def handle(request):
    items = [Item(name, price, qty) for name, price, qty in request]
    return Order(items).total()


def make_request(k, floats):
    price = k % 7 + 1
    if floats:
        price += 0.25
    return [("item%d" % j, price, j + 1) for j in range(5)]


requests = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
revenue = 0
for k in range(requests):
    revenue += handle(make_request(k, k >= requests // 2 and k % 2 == 0))
print(f"{requests} requests, revenue {revenue}")

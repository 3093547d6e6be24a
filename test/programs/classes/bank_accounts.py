# Checks: a realistic class hierarchy (bank accounts): class counters, overrides, super(), custom exceptions, __str__.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %.2f, have %.2f" % (needed, available))
        self.needed = needed
        self.available = available
class Account:
    next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(amount, self.available())
        self.balance -= amount
        self.history.append(("wd", amount))
    def available(self):
        return self.balance
    def month_end(self):
        pass
    def __str__(self):
        return "#%d %-6s %10.2f (%s)" % (self.id, self.owner, self.balance, type(self).__name__)
class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.deposit(interest)
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= 5
            self.history.append(("fee", 5))
accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cy", 10)]
ops = [(0, "withdraw", 200), (1, "withdraw", 120), (2, "withdraw", 20), (1, "withdraw", 100), (0, "deposit", -5), (2, "deposit", 90)]
for idx, op, amt in ops:
    acct = accounts[idx]
    try:
        getattr(acct, op)(amt)
        print("ok  ", op, amt, "->", acct)
    except InsufficientFunds as e:
        print("FAIL", op, amt, "->", e, e.needed, e.available)
    except ValueError as e:
        print("BAD ", op, amt, "->", e)
for month in range(3):
    for a in accounts:
        a.month_end()
for a in accounts:
    print(a)
    print("   ", a.history)
print(sum(a.balance for a in accounts), Account.next_id)

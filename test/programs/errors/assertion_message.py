# Checks: a failing assert with a message is uncaught: `AssertionError: balance went negative: -5`.
balance = 10
for amount in [3, 4, 8]:
    balance -= amount
    print("balance", balance)
    assert balance >= 0, "balance went negative: %d" % balance

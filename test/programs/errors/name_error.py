# Checks: an uncaught NameError from a misspelled variable inside a function.
def compute(values):
    result = 0
    for v in values:
        result += v
    return reslt_total
print("computing")
print(compute([1, 2, 3]))

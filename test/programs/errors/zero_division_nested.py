# Checks: ZeroDivisionError raised three calls deep and not caught; earlier output must be flushed before the traceback.
def average(values):
    return sum(values) / len(values)
def report(groups):
    for name, values in groups:
        print(name, average(values))
def main():
    report([("a", [1, 2, 3]), ("b", [10]), ("empty", []), ("c", [5])])
print("start")
main()
print("unreachable")

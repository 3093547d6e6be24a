# Checks: uncaught RecursionError: the VM must not crash the host; the traceback ends with the RecursionError line.
def walk(n):
    return walk(n + 1) + 1
print("about to recurse")
walk(0)

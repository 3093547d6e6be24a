# Checks: an exception raised while handling another is uncaught ("During handling of the above exception...").
def cleanup(resource):
    print("cleaning", resource)
    raise RuntimeError("cleanup failed for " + resource)
try:
    print("working")
    [1, 2, 3][10]
except IndexError:
    cleanup("db")

# Checks: break/continue inside try/finally and with blocks inside loops; finally runs on every exit path.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, *exc):
        print("  exit", self.name)
        return False
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
for i in range(3):
    with Ctx("c%d" % i):
        if i == 0:
            continue
        if i == 2:
            break
        print("  with body", i)
def early(n):
    for i in range(n):
        try:
            if i == 2:
                return "returned at 2"
        finally:
            print("  cleanup", i)
    return "loop done"
print(early(5))
print(early(1))
i = 0
while True:
    i += 1
    try:
        try:
            if i > 2:
                break
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
print("end", i)

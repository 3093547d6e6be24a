# Checks: an uncaught AttributeError on a user object (`'Point' object has no attribute 'z'`).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
print(p.z)

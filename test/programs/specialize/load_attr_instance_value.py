# LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD_WITH_VALUES, CALL_BOUND... forms in methods.
import dis
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def moved(self, dx):
        self.x = self.x + dx
        return self.norm1()
total = 0
for i in range(8):
    p = Point(i, -i)
    total += p.moved(1)
print(total)
dis.dis(Point.moved, adaptive=True)
dis.dis(Point.__init__, adaptive=True)

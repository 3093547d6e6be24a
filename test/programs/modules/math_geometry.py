# Checks: math used in a small geometry program: distances, areas (shoelace), angles, with formatted output.
import math
from math import sqrt, atan2, pi, hypot
points = [(0, 0), (4, 0), (4, 3), (0, 3)]
def dist(a, b):
    return sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)
perimeter = sum(dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))
print("perimeter", perimeter)
area = abs(sum(points[i][0] * points[(i + 1) % 4][1] - points[(i + 1) % 4][0] * points[i][1] for i in range(4))) / 2
print("area", area)
print("diagonal", dist(points[0], points[2]), hypot(4, 3))
for p in points[1:]:
    ang = atan2(p[1], p[0]) * 180 / pi
    print(p, "%.6f" % ang)
circle_area = pi * 2.5 ** 2
print("%.8f" % circle_area, "%.3e" % circle_area)
tri = [(0, 0), (1, 0), (0.5, sqrt(3) / 2)]
sides = [dist(tri[i], tri[(i + 1) % 3]) for i in range(3)]
print(["%.12f" % s for s in sides], all(math.isclose(s, 1.0) for s in sides))
print(math.floor(-0.5), math.ceil(-0.5), math.gcd(84, 36), math.isqrt(2 ** 61))

# Benchmark: method calls and attribute reads/writes on small classes (instances, inheritance, properties).
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)
    def dot(self, other):
        return self.x * other.x + self.y * other.y
class Particle:
    def __init__(self, x, y, vx, vy):
        self.pos = Vec(x, y)
        self.vel = Vec(vx, vy)
        self.hits = 0
    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel.x = -self.vel.x
            self.hits += 1
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel.y = -self.vel.y
            self.hits += 1
class Counter:
    def __init__(self):
        self.count = 0
    def incr(self, by=1):
        self.count += by
        return self.count
class LoudCounter(Counter):
    def incr(self, by=1):
        return super().incr(by * 2)
particles = [Particle(i % 97, (i * 7) % 89, (i % 5) - 2.5, (i % 3) - 1.25) for i in range(100)]
for _ in range(6000):
    for p in particles:
        p.step(0.5)
print(sum(p.hits for p in particles), round(sum(p.pos.x + p.pos.y for p in particles), 6))
c = Counter()
lc = LoudCounter()
for i in range(1200000):
    c.incr()
    lc.incr(i & 1)
print(c.count, lc.count)
v = Vec(1, 2)
total = 0
for i in range(1000000):
    total += v.dot(Vec(i, -i))
print(total)

# Checks: random with a seed: only properties that don't depend on the generator's exact sequence.
import random
random.seed(12345)
xs = [random.random() for _ in range(1000)]
print(all(0 <= x < 1 for x in xs), len(set(xs)) > 990, 0.4 < sum(xs) / len(xs) < 0.6)
ints = [random.randint(1, 6) for _ in range(600)]
print(min(ints) >= 1, max(ints) <= 6, sorted(set(ints)))
rr = [random.randrange(10) for _ in range(500)]
print(all(0 <= v < 10 for v in rr), all(isinstance(v, int) for v in rr))
rr2 = [random.randrange(5, 50, 5) for _ in range(300)]
print(all(v % 5 == 0 and 5 <= v < 50 for v in rr2))
items = list(range(20))
deck = items[:]
random.shuffle(deck)
print(sorted(deck) == items, len(deck), deck is not items)
choices = [random.choice("abc") for _ in range(300)]
print(sorted(set(choices)), all(c in "abc" for c in choices))
random.seed(7)
a = [random.random() for _ in range(5)]
random.seed(7)
b = [random.random() for _ in range(5)]
print("same seed gives same sequence:", a == b)
random.seed(8)
c = [random.random() for _ in range(5)]
print("different seed differs:", a != c)
random.seed(1)
s1 = list(range(10)); random.shuffle(s1)
random.seed(1)
s2 = list(range(10)); random.shuffle(s2)
print("shuffle reproducible:", s1 == s2)
try:
    random.choice([])
except IndexError as e:
    print("IndexError raised for empty choice")
print(random.randint(5, 5), random.randrange(3, 4))

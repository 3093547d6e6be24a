# Checks: set add/remove/discard/pop/clear/copy, membership, KeyError from remove and pop, set() constructor.
s = set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    s.add(x)
print(s, len(s))
s.remove(9)
s.discard(100)
s.discard(1)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
t = s.copy()
t.add(42)
print(s, t, s is t)
popped = []
while t:
    popped.append(t.pop())
print(sorted(popped), t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(s, bool(s))
print(set([1, 2, 2, 3]), set(range(5)), set((1, 1)), set({1: "a", 2: "b"}))
print(sorted(set("mississippi")), len(set("mississippi")))
print(3 in {1, 2, 3}, 4 not in {1, 2, 3})
nums = {10, 20, 30}
print(sorted(n // 10 for n in nums), sum(nums), {n % 7 for n in nums})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.add({})
except TypeError as e:
    print("TypeError:", e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, len({(1, 2), (1, 2), (2, 1)}))
print({1, 2, 3} == {3, 2, 1}, {0, False} == {0}, len({0, False, 0.0}), {True, 1, 1.0})

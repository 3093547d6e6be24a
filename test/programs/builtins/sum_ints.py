# sum() keeps an exact total across small ints, heap ints, the 2^53 and 2^63 edges, bools,
# floats and objects with __radd__, in any order (the int total is kept unboxed while it can be).
print(sum(range(100000)), sum(range(-5, 5)), sum([]), sum([], 7), sum([1, 2], -3))
big = [2**52, 2**52, 1, -1, 2**53, 3]
print(sum(big), sum(big, 2**60), sum(reversed(big)))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1, 2**64]))
print(sum(x * x for x in range(0, 4000000, 2)))
print(sum([2**53, 1, 1.0]), sum([1, 2.5, 3]), sum([True, True, 3]), sum([3, True, False]))
print(sum([1, 2**70, -2**70, 5]), sum([10**20, 1]), sum(range(3), 0.5))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __radd__(self, other):
        return Money(other * 100 + self.cents) if isinstance(other, int) else Money(other.cents + self.cents)
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other * 100))
print(sum([1, 2, Money(50), 3]).cents)
try:
    sum([1, 2, "x"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([2**60, 2**60, None])
except TypeError as e:
    print("TypeError", e)
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, type(sum([True])).__name__)

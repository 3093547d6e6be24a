# Checks: sort/sorted stability, key functions, reverse stability, tuples comparison, sorting mixed numerics.
records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA")]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[2], -r[1])))
by_city = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_city])
two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print([r[0] for r in two_pass])
print(sorted([3, 1.5, 2, -1, 0.0, True]))
print(sorted("hello world"), sorted("hello world", reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: w[-1]))
data = [5, 3, 5, 1, 3, 5]
print(sorted(range(len(data)), key=lambda i: data[i]))
print(sorted(range(len(data)), key=lambda i: data[i], reverse=True))
big = [(i * 7919) % 101 for i in range(60)]
s1 = sorted(big)
print(s1[:10], s1[-5:], s1 == sorted(big, reverse=True)[::-1])
l = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
l.sort()
print(l)
print(sorted([], key=len), sorted([1]), sorted((3, 2, 1)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: None if x == 1 else x)
except TypeError as e:
    print("TypeError:", e)

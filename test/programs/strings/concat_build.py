# Checks: building strings incrementally, join vs +=, str() of many types, multiplication, comparison.
parts = []
for i in range(10):
    parts.append(str(i * i))
print("+".join(parts))
acc = ""
for word in ["alpha", "beta", "gamma", "delta"]:
    acc += word[0].upper() + word[1:] + " "
print(repr(acc.strip()))
print(str(1) + str(2.5) + str(None) + str(True) + str([1, "a"]) + str((1,)) + str({"a": 1}))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
print("ab" * 0, "ab" * -1, repr("" * 5))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print("a" < "b" < "c", "abc" == "abc", "abc" != "abd", "Z" < "a", "é" > "z")
line = "-" * 10
print(line, len(line))
rows = ["".join("#" if (r + c) % 2 == 0 else "." for c in range(8)) for r in range(4)]
print("\n".join(rows))
print(str(), repr(str()), str("x"), str(123456789 ** 2))
print(" ".join(w.capitalize() for w in "hello big world".split()))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count)
print("".join(sorted("mississippi")), "".join(sorted(set("mississippi"))))

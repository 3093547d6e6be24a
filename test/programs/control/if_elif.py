# Checks: if/elif/else chains, nested ifs, pass, truthiness in conditions, fizzbuzz.
for i in range(1, 21):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
def classify(x):
    if isinstance(x, bool):
        return "bool"
    elif isinstance(x, int):
        if x < 0:
            return "negative int"
        elif x == 0:
            return "zero"
        else:
            return "positive int"
    elif isinstance(x, str):
        if not x:
            return "empty string"
        return "string"
    elif x is None:
        return "none"
    else:
        pass
    return "other"
for x in [True, -3, 0, 7, "", "s", None, 2.5, [1]]:
    print(repr(x), classify(x))
grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
elif 0.0:
    print("zero float true?")
else:
    print("all empty things are false")

# Checks: split (with/without sep, maxsplit), rsplit, join, splitlines, partition, rpartition.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("one two three four".split(None, 2))
print("one two three four".rsplit(None, 1))
print("".split(), "".split(","), "   ".split())
print("aXbXc".split("X"), "abc".split("abc"), "aaa".split("a"))
print("::".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(5)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("trailing\n".splitlines(), "\n\n".splitlines(), "".splitlines())
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a--b--c".partition("--"), "a--b--c".rpartition("--"))
csv = "name,age,city\nann,31,oslo\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
for row in data:
    print(dict(zip(header, row)))
words = "The cat and the hat and THE bat".lower().split()
print(words, len(words), words.count("the"))

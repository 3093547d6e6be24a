# Checks: raw strings (backslashes kept), triple-quoted strings (newlines, embedded quotes), string indexing.
r1 = r"C:\new\table"
print(r1, len(r1), repr(r1))
r2 = r'\d+\.\d*'
print(r2, list(r2)[:4])
r3 = R"raw with \" quote"
print(r3, len(r3))
t = """first line
  second "quoted" line
third 'line'"""
print(t)
print(repr(t))
print(t.splitlines()[1].strip())
t2 = '''it's got
"""triple""" inside'''
print(t2)
doc = """\
no leading newline
  indented\tline\
 joined"""
print(doc)
empty = """"""
print(repr(empty), len(empty))
print(r"\n" == "\\n", len(r"\n"), repr(r""), r"a\\b")
s = "python"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[::2], s[::-1], s[-3:-1], s[10:], s[-100:2])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "P"
except TypeError as e:
    print("TypeError:", e)
print("P" + s[1:])
for i, ch in enumerate(s):
    print(i, ch, end="; ")
print()

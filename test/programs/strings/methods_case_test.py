# Checks: upper/lower/title/capitalize/swapcase and the is* predicates on many inputs.
samples = ["hello", "Hello World", "HELLO", "hello world", "123", "abc123", "", " ", "\t\n",
           "Hello World!", "they're bill's", "ÉCOLE", "straße", "ß", "٣", "½", "a_b", "Title Case Here", "mIxEd"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
print("ABC".lower().upper(), "x".upper() * 3)
print("hello world".title(), "HELLO WORLD".title(), "o'neil mc-donald 3rd".title())

# Checks: escape sequences in literals and repr() choice of quotes and escaping, including unicode.
print("tab:\tend")
print("newline:\\n is", "a\nb")
print("quote: \" and \' and \\")
print('single \'quoted\'', "double \"quoted\"")
print("\x41\x42\u0043\U00000044\101\0".replace("\0", "<NUL>"))
print("\u03b1\u03b2\u03b3", "\a\b\f\v" == "\x07\x08\x0c\x0b")
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nhere", "back\\slash",
           "\x00\x01\x1f\x7f", "caf\xe9", "\u4e2d\u6587", "emoji \U0001F600", "\u200b zero width", "\r\x0b\x0c",
           "\x80\x9f\xa0\xad", "", "'", '"', "'\""]
for s in samples:
    print(repr(s), len(s))
print(str(samples[:3]))
print([["nested", "it's"], ("tuple", 'q"')])
print({"key's": "val\n"})
print(len("\u00e9"), len("e\u0301"), "\u00e9" == "e\u0301")
print("a" "b" "c", "implicit" ' concat')
s = "multi\
line continuation"
print(s)
print(repr("plain ascii"), repr("\a\b\f\v"))
print(ord("\n"), ord("\t"), ord("\\"), ord("é"), chr(233), chr(0x4e2d), chr(128512))
print(repr(chr(127)), repr(chr(160)), repr(chr(8232)))

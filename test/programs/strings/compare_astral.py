# str comparisons order code points: astral characters (stored as surrogate pairs) come
# after U+E000..U+FFFF, and lone surrogates sort as themselves.
words = ['\uffff', '\U0001F600', 'a', '\ue000', '\U00010000', '\ud7ff', '\U0010FFFF', 'z\U0001F600', 'z\uffff', 'z']
print([hex(ord(w[-1])) for w in sorted(words)])
print([hex(ord(w[-1])) for w in sorted(words, reverse=True)])
pairs = [(w, i) for i, w in enumerate(words)]
print([i for w, i in sorted(pairs)])
print('\U0001F600' > '\uffff', '\uffff' < '\U00010000', 'x\U0001F601' > 'x\U0001F600')
print('\ud800' < '\ue000', '\ud83d' < '\U0001F600', '\ud83dA' < '\U0001F600')
print(max(words) == '\U0010FFFF', min(words) == 'a')
for i in range(3):
    s = sorted([chr(c) for c in (0x10400, 0xFF00, 0xD7FF, 0x1F00, 0x10FFFF, 0xE000)])
print([hex(ord(c)) for c in s])

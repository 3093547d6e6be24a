# Checks: non-ASCII strings: len, indexing, upper/lower, ord/chr, comparison, printing.
words = ["naïve", "café", "Straße", "Ελλάδα", "日本語", "emoji😀", "Ω"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w[::-1], [ord(c) for c in w[:2]])
print(sorted(words))
print("é" in "café", "café".find("é"), "café".upper().lower())
print(chr(0x1F600), len(chr(0x1F600)), ord("😀"))
print("ﬁ".upper(), "İ".lower() == "i̇", len("İ".lower()))
print("ǅ".istitle(), "Σ".lower(), "ΌΣΟΣ".lower())
print("½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal())
print("x".join(["α", "β", "γ"]), "αβγ".center(9, "·"))
s = "Grüße, Jürgen!"
print(s.replace("ü", "ue"), s.count("ü"), s.index("J"), s.title(), s.swapcase())

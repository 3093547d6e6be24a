# Checks: a text-statistics script: word frequencies, longest words, sentence lengths, letter histogram (deterministic ordering).
TEXT = """It is a truth universally acknowledged, that a single man in possession of a good fortune,
must be in want of a wife. However little known the feelings or views of such a man may be on his
first entering a neighbourhood, this truth is so well fixed in the minds of the surrounding families,
that he is considered the rightful property of some one or other of their daughters. "My dear Mr. Bennet,"
said his lady to him one day, "have you heard that Netherfield Park is let at last?" Mr. Bennet replied
that he had not."""
def words(text):
    out = []
    cur = ""
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out
ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print("%-8s %2d %s" % (w, n, "#" * n))
longest = sorted(set(ws), key=lambda w: (-len(w), w))[:5]
print("longest:", longest)
sentences = [s.strip() for s in TEXT.replace("?", ".").replace("!", ".").split(".") if s.strip()]
print("sentences:", len(sentences))
for s in sentences:
    print("  %3d words | %s..." % (len(words(s)), " ".join(s.split()[:4])))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
for ch in sorted(letters, key=lambda c: (-letters[c], c))[:6]:
    print("%s %5.2f%%" % (ch, 100 * letters[ch] / total))
avg = sum(len(w) for w in ws) / len(ws)
print("average word length: %.3f" % avg)
caps = sorted({w.strip('",.?') for w in TEXT.split() if w[0].isupper() or w[:2] == '"M'})
print("capitalized:", caps)
lines = TEXT.splitlines()
print("lines:", len(lines), "longest line:", max(len(l) for l in lines), "chars:", len(TEXT))

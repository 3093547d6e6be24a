# Benchmark: dict and str work: building text, splitting, word counting, string methods, join, formatting.
WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore "
         "et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip").split()
def make_text(n):
    parts = []
    state = 7
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[state % len(WORDS)]
        if state % 11 == 0:
            w = w.capitalize()
        parts.append(w)
        if state % 13 == 0:
            parts.append("\n")
    return " ".join(parts)
def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            w = word.lower().strip(".,")
            counts[w] = counts.get(w, 0) + 1
    return counts
def bigrams(text):
    words = text.split()
    pairs = {}
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs
text = make_text(800000)
counts = count_words(text)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(text), len(counts), top)
pairs = bigrams(text)
print(len(pairs), max(pairs.values()))
report = []
for w in sorted(counts):
    report.append("%-14s|%6d|%s" % (w, counts[w], w.upper()[::-1]))
joined = "\n".join(report)
print(len(joined), joined.count("A"), sum(len(l) for l in joined.split("\n")))
acc = 0
for i in range(500000):
    s = "item-%d-%s" % (i, WORDS[i % len(WORDS)])
    acc += len(s.replace("-", "")) + s.find("m") + (1 if s.startswith("item-1") else 0)
print(acc)

# Checks: dict subclass with __missing__-free patterns: counting, grouping, inverting, get with callable defaults.
text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:>12} {n}")
groups = {}
for word in sorted(set(text.split())):
    groups.setdefault(len(word), []).append(word)
for length in sorted(groups):
    print(length, groups[length])
by_count = {}
for w, n in counts.items():
    by_count.setdefault(n, []).append(w)
print({n: sorted(ws) for n, ws in sorted(by_count.items())})
class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1
    def most(self):
        return max(self.items(), key=lambda kv: kv[1])
c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(c, c.most(), isinstance(c, dict), len(c))
print(sorted(c), c["a"], c.get("z", 0))

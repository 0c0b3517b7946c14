# Loops: counting with dicts (get with default, membership tests), word frequency, grouping, and histogram building.
text = "the quick brown fox jumps over the lazy dog and the quick cat naps while the dog runs"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:5])
letters = {}
for ch in text:
    if ch != " ":
        if ch in letters:
            letters[ch] += 1
        else:
            letters[ch] = 1
print(sorted(letters.items())[:10], len(letters))
mods = {}
for i in range(100000):
    k = (i * i) % 97
    mods[k] = mods.get(k, 0) + 1
print(len(mods), mods[0], mods[1], sum(mods.values()), list(mods.keys())[:10])
groups = {}
for n in range(1, 60):
    key = len(str(n * n))
    if key not in groups:
        groups[key] = []
    groups[key].append(n)
for k, v in groups.items():
    print(k, len(v), v[:5])
hist = {}
x = 12345
for i in range(50000):
    x = (x * 1103515245 + 12345) % 2147483648
    bucket = x % 10
    hist[bucket] = hist.get(bucket, 0) + 1
print(sorted(hist.items()))
pairs = {}
for i in range(300):
    for j in range(i, 300, 37):
        s = (i + j) % 11
        pairs[s] = pairs.get(s, 0) + i * j
print(pairs)

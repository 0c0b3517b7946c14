# Regex-free text processing: tokenizing, word frequencies, n-grams, wrapping,
# a Caesar cipher and run-length coding, with str methods and collections.
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def tokens(text):
    table = str.maketrans("", "", string.punctuation)
    return text.lower().translate(table).split()


words = tokens(TEXT)
print(len(words), len(set(words)), words[:8])
freq = Counter(words)
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:>12} {n:3d} {'*' * n}")
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
by_first = defaultdict(list)
for w in sorted(set(words)):
    by_first[w[0]].append(w)
print({k: v for k, v in by_first.items() if len(v) > 1})


def wrap(text, width):
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines


for ln in wrap(TEXT, 38):
    print(f"|{ln:<38}|{len(ln):3}")
print("\n".join(l.center(44, ".") for l in wrap("a tale of two cities by charles dickens", 16)))


def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)


secret = caesar("Attack at Dawn, 5 AM!", 13)
print(secret, caesar(secret, -13), caesar(secret, 13) == "Attack at Dawn, 5 AM!")


def rle(s):
    if not s:
        return []
    runs = [[s[0], 1]]
    for c in s[1:]:
        if c == runs[-1][0]:
            runs[-1][1] += 1
        else:
            runs.append([c, 1])
    return "".join(f"{n}{c}" if n > 1 else c for c, n in runs)


def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num or "1"))
            num = ""
    return "".join(out)


for s in ["aaabccddddde", "abc", "zzzzzzzzzzzz", "", "aabbaa"]:
    enc = rle(s)
    print(repr(s), "->", repr(enc), unrle(enc) == s if enc else s == "")
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print(vowels, round(vowels / len(TEXT), 4), TEXT.count("it was"), TEXT.lower().count("it was"))
print(max(words, key=len), min(words, key=lambda w: (len(w), w)), sorted(words, key=len)[-3:])
print(" ".join(w.capitalize() for w in words[:6]), words[5].title(), "-".join(reversed(words[:4])))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "palindromes:", [w for w in ["level", "rotor", "times", "noon"] if w == w[::-1]])
print(string.ascii_lowercase.translate(str.maketrans("abc", "ABC")), "%-10s|%10s|" % ("left", "right"))

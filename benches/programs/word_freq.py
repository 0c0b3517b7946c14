# word_freq: generate a pseudo-random text, tokenize it with str methods, count
# words in a dict, and sort by (-count, word).
WORDS = 800000  # bench: quick=5000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa",
             "qua", "zen", "bor", "lin", "tes", "a", "o", "ex", "ur", "im"]
PUNCT = [",", ".", ";", "!", "?", ""]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    vocab = []
    for _ in range(size):
        parts = []
        for _ in range(1 + rng.next(3)):
            parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
        vocab.append("".join(parts))
    return vocab


def make_text(rng, vocab, words):
    lines = []
    line = []
    v = len(vocab)
    for i in range(words):
        # skewed choice: small indices are much more frequent
        a = rng.next(v)
        b = rng.next(v)
        w = vocab[a * b // v]
        k = rng.next(20)
        if k == 0:
            w = w.upper()
        elif k < 4:
            w = w.capitalize()
        if rng.next(8) == 0:
            w = w + PUNCT[rng.next(len(PUNCT))]
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for token in line.split():
            word = token.strip(",.;!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    rng = Lcg(2024)
    vocab = make_vocabulary(rng, 3000)
    text = make_text(rng, vocab, WORDS)
    counts = count_words(text)
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    weighted = 0
    for word, n in items:
        weighted = (weighted * 7 + n * len(word)) % 1000000007
    print("word_freq chars=%d distinct=%d weighted=%d" % (len(text), len(items), weighted))
    for word, n in items[:8]:
        print("%-10s %6d" % (word, n))


main()

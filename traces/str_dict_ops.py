# Golden trace: string and dict operations through helpers.
def tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + len(w)
    return counts


print(sorted(tally(["ab", "c", "ab", "def"] * 300).items()))

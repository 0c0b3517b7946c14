# string_build: build strings with formatting, join, slicing and str methods,
# then hash the result by hand (no built-in hash(), which is randomized).
N = 180000  # bench: quick=1000

NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def make_record(i):
    name = NAMES[i % len(NAMES)]
    if i % 3 == 0:
        name = name.upper()
    elif i % 3 == 1:
        name = name.capitalize()
    tag = "%s-%05d" % (name, i * 7 % 100000)
    value = f"{i * 31 % 997}:{i % 13}"
    return tag + "=" + value + ";"


def transform(s):
    s = s.replace("=", " = ").replace(";", "")
    left, _, right = s.partition(" = ")
    left = left.lower()
    if left.startswith("e"):
        left = left[::-1]
    parts = right.split(":")
    right = parts[1].rjust(3, "0") + "/" + parts[0]
    return "[" + left + "|" + right + "]"


def poly_hash(s, h):
    for ch in s:
        h = (h * 131 + ord(ch)) % 2305843009213693951
    return h


def main():
    records = []
    for i in range(N):
        records.append(transform(make_record(i)))
    blob = ",".join(records)
    h = poly_hash(blob, 7)
    pieces = blob.split(",")
    rev_count = 0
    digit_count = 0
    for p in pieces:
        if p.find("nol") >= 0:
            rev_count += 1
        digit_count += p.count("0")
    acc = []
    for i in range(0, len(pieces), 97):
        acc.append(pieces[i].strip("[]").title())
    joined = " ".join(acc)
    print("string_build len=%d hash=%d reversed=%d zeros=%d" % (len(blob), h, rev_count, digit_count))
    print(joined[:60])
    print("tail=%s" % joined[-40:])


main()

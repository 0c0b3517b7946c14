text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>12} {n:3d} {'#' * n}")
print(len(words), len(set(words)), sum(map(len, words)))
print(text.count("it was"), text.find("age"), text.rfind("age"), text.index("wisdom"))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(" | ".join(l.title()[:15] for l in lines))
caesar = lambda s, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else chr((ord(c) - 65 + k) % 26 + 65) if c.isupper() else c for c in s)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
table = str.maketrans("aeiou", "AEIOU", "th")
print("the quick brown fox".translate(table))
print("a,b,,c".split(","), "a b  c ".split(), "k=v=w".partition("="), "k=v=w".rpartition("="), "x".partition("="))
print("  pad  ".center(11, "*"), "7".zfill(4), "-7".zfill(4), "ab".ljust(5, ".") + "|", "ab".rjust(5) + "|")
print("Hello".swapcase(), "hello world".capitalize(), "ß".upper(), len("İ".lower()))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "a1b2".isalnum(), "٣".isdigit(), "3.5".isdecimal(), " \t".isspace())
print("{:<8}|{:^8}|{:>8}".format("l", "c", "r"), "{0}{1}{0}".format("ab", "cd"), "{name}:{n:04d}".format(name="x", n=7))
print("{:+.3f} {:e} {:%} {:x} {:#o} {:b} {:,}".format(3.14159, 1234.5, 0.25, 255, 8, 5, 1234567))
print("%5s|%-5s|%05.1f|%x|%c|%r|%%" % ("a", "b", 3.14159, 255, 65, "q"))
print("%(a)s-%(b)d" % {"a": "x", "b": 3}, "%s" % (1,), "%s %s" % ("a", [1]))
print(f"{'nested ' + str(1 + 1)!r:>15}", f"{3.0:.0f}", f"{-0.0}", f"{1e16}", f"{123.456:8.2f}", f"{10**20}")
print(repr("quote'\"\\\n\t\x00\x7f\u200b"), ascii("café ☕"))
s = "The Quick Brown Fox Jumps"
print(s[::-1], s[4:9], s[-5:], s[::3], s[100:], s[-100:3])
print(sorted(s.split(), key=str.lower), sorted(s.split(), key=len, reverse=True))
print(",".join(sorted(set("mississippi"))), "mississippi".replace("ss", "SS", 1), "mississippi".strip("mi"))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "-".join(reversed("2024-01-15".split("-"))), "x".join("abc"))
def wrap(t, width):
    out, line = [], ""
    for w in t.split():
        if len(line) + len(w) + (1 if line else 0) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return out
for l in wrap(text, 30):
    print(f"[{l:<30}]")
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), float(" 1e-3 "), float("inf"), int("1_000"))
for bad in ["4.5", "", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print("".join(chr(c) for c in range(0x3b1, 0x3b6)), ord("€"), "€".isprintable(), len("naïve"), "naïve"[2])

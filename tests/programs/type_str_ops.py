# Types: str operations: concatenation, repetition, indexing, slicing, comparison, len, in, join, split, iteration.
s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::-1], s[::3])
print(s + "!", s * 2, "-" * 10, "ab" * 0)
print("a" < "b", "a" < "B", "abc" < "abcd", "" < "a", "Z" < "a", "a" == "a", "10" < "9")
print("lo" in s, "xyz" in s, "" in s, "h" in s, "H" in s)
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " | ".join([]), "-".join("abc"), ", ".join(("1", "2")))
print("a b  c".split(), "a,b,,c".split(","), "  leading and trailing  ".split(), "x".split(","), "".split(), "".split(","))
print("a::b::c".split("::"), "1 2 3".split(" "), "no-sep".split("x"), "a\tb\nc d".split())
print("a,b,c,d".split(",", 2), "a b c d".split(None, 1), "a,b".split(",", 0))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[2], " ".join(words[::-1]))
for ch in "abc":
    print(ch, ord(ch))
print(list("hello"), tuple("hi"), sorted("banana"), "".join(sorted("banana")))
print(str(123), str(-1.5), str([1, "a"]), str((1,)), str(None), str(True), str("s"))
print(repr("plain"), repr('single\'quote'), repr("dq\"uote"), repr("both'\""), repr("\\"), repr("tab\t"))
print("abc" * 3 == "abcabcabc", "ab" + "c" == "abc", ("a" + "b") * 2)
acc = ""
for i in range(10):
    acc += str(i)
print(acc, len(acc))
print("caf\u00e9", len("caf\u00e9"), "\u00e9" < "f", "\u00e9" > "z")
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("abc", "abd"))
print("x".join(["1", "2", "3"]).split("x"), "a-b-c".split("-")[1])
print(s[1:-1], s[-5:-2], s[100:], s[-100:2], s[5:1], s[5:1:-1])
print(str(2**64), str(0.1), str(-0.0), str(1e100), str(float("nan")))
print("%" + "d", "{}" + "x", "{x}")
empty = ""
print(repr(empty), len(empty), empty == "", not empty, empty * 5 == "")

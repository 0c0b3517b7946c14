# Builtins: any/all (short-circuit, empty iterables), ord/chr round trips incl. non-ASCII code points.
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]), any("") , all(""))
print(any([None, "", 0.0, []]), all(["a", [1], 2, 0.1]), any(range(0)), all(range(1, 5)), all(range(5)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -5]), any({0: 1}), all({1: 0}))
seen = []
def spy(v):
    seen.append(v)
    return v
print(any(map(spy, [0, 0, 1, 0, 1])), seen)
seen = []
print(all(map(spy, [1, 2, 0, 3])), seen)
for c in "Az09 ~\n\t":
    print(repr(c), ord(c))
print(chr(65), chr(97), chr(48), chr(32), repr(chr(10)), repr(chr(0)), chr(126), repr(chr(127)))
print(chr(233), chr(0x4e2d), ord("\u00e9"), ord("\u4e2d"), ord(chr(0x10FFFF)) == 0x10FFFF)
print("".join([chr(ord(c) + 1) for c in "HAL"]), "".join([chr(c) for c in range(97, 123)]))
codes = [ord(c) for c in "Hello, World"]
print(codes, sum(codes))
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 13)
print(enc, caesar(enc, 13), caesar("xyz", 3), caesar("abc", -3))
print(chr(True + 64), ord("a") - ord("A"), chr(ord("a") ^ 32))

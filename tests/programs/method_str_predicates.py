# str predicates: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isupper/islower/
# istitle/isidentifier/isprintable/isascii on ASCII and Unicode text.
samples = ["", "abc", "ABC", "Abc", "aBc", "123", "١٢٣", "²", "½", "一二三", "Ⅻ", "abc123", "abc 123",
           " \t\n", "\x1c\x1d", "\xa0", "\u200b", "ä", "ा", "क", "_id", "id_1", "1id", "class",
           "é", "a\n", "a b", "\x7f", "😀", "\u0378", "Hello World", "Hello world", "HELLO WORLD",
           "ǅungla", "ǅ", "Σ", "ς", "ªº", "ʰ", "x²", "٣.٤", "🂡", "\u00ad", "Ⅷ", "ⅷ", "𝟘𝟙", "Ａ", "ｚ"]
for s in samples:
    r = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
         s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), "".join("1" if x else "0" for x in r))
count = 0
for cp in range(0, 0x3000):
    c = chr(cp)
    count += c.isalpha() + 2 * c.isdigit() + 4 * c.isspace() + 8 * c.isupper() + 16 * c.islower() + 32 * c.isprintable()
print("checksum", count)
try:
    "a".isdigit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".isidentifier(x=1)
except TypeError as e:
    print(type(e).__name__, e)

# Loops: building strings in loops (concatenation, join, split round-trips), counting characters, reversing words.
s = ""
for i in range(200):
    s += chr(97 + i % 26)
print(len(s), s[:30], s[-10:])
parts = []
for i in range(1, 16):
    if i % 15 == 0:
        parts.append("FizzBuzz")
    elif i % 3 == 0:
        parts.append("Fizz")
    elif i % 5 == 0:
        parts.append("Buzz")
    else:
        parts.append(str(i))
line = ",".join(parts)
print(line)
print(line.split(",")[::3], len(line.split(",")))
sentence = "the rain in spain stays mainly in the plain"
rev = []
for w in sentence.split():
    r = ""
    for ch in w:
        r = ch + r
    rev.append(r)
print(" ".join(rev))
vowels = 0
for ch in sentence:
    if ch in "aeiou":
        vowels += 1
print("vowels", vowels)
digits = ""
n = 2**200
while n:
    digits = str(n % 10) + digits
    n //= 10
print(digits == str(2**200), digits[:15])
table = []
for i in range(1, 6):
    row = []
    for j in range(1, 6):
        row.append(str(i * j))
    table.append(" ".join(row))
print("\n".join(table))
encoded = ""
text = "aaabccddddde"
i = 0
while i < len(text):
    j = i
    while j < len(text) and text[j] == text[i]:
        j += 1
    encoded += text[i] + str(j - i)
    i = j
print(encoded)
big = "x" * 10000
count = 0
for ch in big:
    if ch == "x":
        count += 1
print(count, len(big * 3))

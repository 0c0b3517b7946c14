# Lexing: comments, backslash continuation, implicit continuation inside (), [], {}.
# a full-line comment
x = 1 + \
    2 + \
    3
print(x)  # trailing comment

total = (1 +
         2 +   # comment inside parens
         3
         + 4)
print(total)

items = [
    1,
    2,  # two
    3,
]
print(items)

d = {
    "a": 1,
    # comment line inside a dict display
    "b": 2,
}
print(d)

t = (
    "implicit "
    "string "
    "concatenation"
)
print(t)

def add(a,
        b,
        c=3):
    return a + b + c

print(add(1,
          2))
print(add(
    1, 2, 4
))

if x == 6 and \
   total == 10:
    print("backslash in condition")

y = [i
     for i in range(5)
     if i % 2]
print(y)

s = "a string with a # inside is not a comment"
print(s)
s2 = 'hash # in single quotes'  # but this is
print(s2)

z = 10 \
    * 2
print(z)
print(1,
      2,
      3,
      sep="-")
w = {1,
     2}
print(w)
print(len("""line one
line two # not a comment
line three"""))

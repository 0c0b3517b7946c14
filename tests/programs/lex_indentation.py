# Lexing: indentation levels, mixed block depths, dedent to several levels at once, tabs-free nesting.
x = 0
if True:
    x = 1
    if x == 1:
        x = 2
        if x == 2:
                x = 3   # deeper indent width inside a block
                if x == 3:
                  x = 4  # narrower indent is fine as long as it is consistent per block
    print("after nested dedent", x)
print("top level", x)


def f(n):
    total = 0
    for i in range(n):
        if i % 2 == 0:
            total += i
        else:
            total -= 1
    return total


print(f(10))

# blank lines and comment-only lines inside blocks
def g():

    a = 1
        # an oddly indented comment does not matter

    b = 2
# a comment at column 0 inside a function body
    return a + b


print(g())

# one-line compound statements
if x: print("one-line if")
for i in range(3): print("one-line for", i)
while x > 2: x -= 1
print("x now", x)
def h(): return "one-line def"
print(h())

# semicolons separating simple statements
a = 1; b = 2; c = a + b; print(a, b, c)
if a < b: a += 10; b += 20; print(a, b)

# else/elif after deep nesting
for i in range(4):
    if i == 0:
        print("zero")
    elif i == 1:
        if True:
            if True:
                print("one, deep")
    else:
        print("other", i)
print("done")

# Statements: if/elif/else chains, nested ifs, truthiness in conditions, pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99, 100, 2**70, -0.5, 9.99]:
    print(n, classify(n))

def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join([fizz(i) for i in range(1, 31)]))
for v in [[], [0], "", "a", None, 0.0, {}, {1: 1}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 1:
    if x > 3:
        if x > 4:
            print("x > 4")
        else:
            pass
    else:
        print("unreachable")
if x == 5:
    pass
else:
    print("unreachable")
if not x:
    print("unreachable")
elif x and not None:
    print("elif taken")
if x < 0:
    print("no")
elif x < 0:
    print("no")
print("no branch taken above")
y = 0
if y:
    print("no")
elif y == 0.0:
    print("0 == 0.0")

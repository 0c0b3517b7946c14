# Error: uncaught AttributeError from looking up a method on an int.
n = 42
words = "a b c".split()
print(words, len(words))
print(n)
n.append(1)

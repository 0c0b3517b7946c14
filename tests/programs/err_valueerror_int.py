# Error: uncaught ValueError from int('abc') after successful conversions.
for s in ["1", " 22 ", "-3"]:
    print(int(s) * 2)
print(int("abc"))

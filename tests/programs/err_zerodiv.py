# Error: uncaught ZeroDivisionError from integer division inside an expression.
total = 0
for i in range(5, -1, -1):
    total += 100 // (i + 1)
    print(i, total)
print(10 / (total - total))
print("never printed")

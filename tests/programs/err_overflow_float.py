# Error: converting a huge int to float raises OverflowError.
big = 10
for i in range(6):
    big = big ** 3
    print(len(str(big)))
print(float(big))

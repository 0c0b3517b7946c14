# Error: exception escapes from the middle of a hot loop after partial output (uncaught ZeroDivisionError on floats).
acc = 0.0
for i in range(1000, -1, -1):
    acc += 1.0 / i
    if i % 200 == 0:
        print(i, acc)

# Error: uncaught TypeError from adding an int and a str.
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print("total", total)
label = "items"
print(total + label)

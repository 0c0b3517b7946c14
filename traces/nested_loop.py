# Golden trace: a nested loop; the inner loop is the root trace, the outer one
# links to it.
def grid(n):
    s = 0
    for i in range(n):
        for j in range(n):
            s += i ^ j
    return s


print(grid(60))

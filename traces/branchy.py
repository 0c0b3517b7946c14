# Golden trace: a branch taken one time in four grows a side trace.
def run(n):
    even = 0
    odd = 0
    for i in range(n):
        if i % 4 == 0:
            odd += 1
        else:
            even += i
    return even, odd


print(run(4000))

# Golden trace: appending to a list in a loop.
def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


r = squares(1000)
print(len(r), r[-1])

# Golden trace: list indexing by a range induction variable.
def total(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


print(total(list(range(2000))))

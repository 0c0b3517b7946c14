# Golden trace: an int counting loop. The body should hold no type guards: only
# the loop condition and the overflow checks of the additions.
def count(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total


print(count(5000))

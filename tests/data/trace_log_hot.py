# A small hot program for the trace log tests: a loop with an inlined call and a
# guard that starts failing near the end (classify), and a nested loop whose outer
# loop aborts while the inner one has no trace yet (inner).

def scale(v, k):
    return v * k + 1

def classify(n):
    s = 0
    for i in range(n):
        if i < n - 50:
            s = s + scale(i, 2)
        else:
            s = s - 1
    return s

def inner(n):
    t = 0
    for i in range(n):
        for j in range(3):
            t = t + j
    return t

print(classify(3000))
print(inner(2000))

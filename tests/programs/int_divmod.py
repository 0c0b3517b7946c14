# ints and floats: divmod with all sign combinations and big values.
for a in [17, -17, 0, 2**70 + 9, -(2**70) - 9]:
    for b in [5, -5, 2**35, -(2**35)]:
        print(a, b, divmod(a, b))
for a in [17.5, -17.5, 1e10, -0.5]:
    for b in [5, -5.0, 0.75]:
        print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(7, True))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
print(type(divmod(7, 2)), type(divmod(7.0, 2)[0]))

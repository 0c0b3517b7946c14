# ints: comparisons among small, negative and big ints, and equality with bool.
vals = [-2**64, -2**63 - 1, -2**63, -1, 0, 1, 2**31, 2**63 - 1, 2**63, 2**64, 2**100]
for a in vals:
    row = []
    for b in vals:
        if a < b:
            row.append("<")
        elif a > b:
            row.append(">")
        else:
            row.append("=")
    print(a, "".join(row))
print(1 == True, 0 == False, 2 == True, True + True)
print(2**64 == 2**64, 2**64 != 2**64, 2**64 <= 2**64, 2**64 >= 2**64 + 1)
print(-0 == 0, 0 < 1 < 2**100 < 2**101)
print(max(vals), min(vals), sorted([3, -2**70, 2**70, 0, -1]))
print(sorted(vals, reverse=True))

# Expressions: and/or return one of their operands, short-circuit evaluation, truthiness of all basic types.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or "x", [] and 5, [0] and 5)
print(True and "yes", False or None, None and 1, 0.0 or -0.0, -0.0 or 0.0)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 3, 0 or "" or None)
print(1 or 2 and 0, (1 or 2) and 0, 0 and 1 or 2, not 0 and 1)
calls = []
def t(x):
    calls.append(x)
    return x
r = t(0) and t(1)
print(r, calls)
calls = []
r = t(1) or t(2)
print(r, calls)
calls = []
r = t(0) or t("") or t([]) or t("last")
print(r, calls)
calls = []
r = t(1) and t(2) and t(None) and t(3)
print(r, calls)
for v in [0, 1, -1, 0.0, 0.5, -0.0, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), 2**100, float("nan")]:
    print(repr(v), bool(v), not v, "T" if v else "F")
print(not not [], not not [1], not None)
x = [] or {} or ()
print(x, type(x))

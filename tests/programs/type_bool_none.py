# Types: bool is an int subclass (arithmetic, repr, conversions) and None (identity, repr, truthiness, comparisons).
print(True, False, repr(True), str(False), int(True), float(False), -True, True + 1)
print(True == 1, False == 0, isinstance(True, int), isinstance(1, bool))
print(type(True), type(None), type(True + True), type(True and 5))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("False"), bool([]), bool(None))
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(True * 10, False * 10, True / 4, True // 2, True ** 5, 2 ** True)
print(True & True, True | False, True ^ True, False ^ False)
print(str(True) + "!", [True, False, None])
print(None, repr(None), str(None), [None], (None,), {None: None})
print(None == None, None is None, None != 0, None == 0, None == False, None == "")
print(bool(None), not None)
def returns_none():
    pass
print(returns_none(), returns_none() is None)
x = None
if x is None:
    print("x is None")
print({True: "t", 1: "one"}, {False: "f", 0: "zero", 0.0: "fzero"})
print(hex(True), bin(False), abs(True), -False)
print(round(True), divmod(True, True), True % 2)
print(len([None] * 3), [None] * 2)
print(1 if None else 0, 1 if True else 0)
print(True + 0.5, True < 2, False < True, sorted([True, False, 0, 1, -1]))

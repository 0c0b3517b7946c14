class L(list): pass
class D(dict):
    def __hash__(self): return 7
for v in [[], {}, set(), L(), D()]:
    try:
        print(hash(v))
    except TypeError as e:
        print("TypeError:", e)
print(list.__hash__, dict.__hash__ is None, tuple.__hash__ is None, len.__call__([1, 2]), callable(len))
print({(1, 2): 3}, hash(frozenset()) == hash(frozenset()), sorted({1, 2}))

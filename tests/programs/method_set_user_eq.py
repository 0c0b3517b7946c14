# Set operations on keys with a user __eq__/__hash__, frozensets of frozensets and
# tuples: equality decided by Python code, order by the hashes.
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 7
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __repr__(self):
        return "H(%d)" % self.v

a = {H(1), H(2), H(8), H(15)}
b = {H(8), H(3), H(15), H(22)}
print(a, b, len(a | b), a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([H(1), H(29)]), a.intersection([H(2), H(9)]), a.difference([H(1)]), a.symmetric_difference([H(1), H(36)]))
print(a.issubset(a | b), (a | b).issuperset(b), a.isdisjoint({H(3)}), a.isdisjoint([H(8)]), a <= b, a == {H(1), H(2), H(8), H(15)})
c = set(a)
c |= {H(43), H(1)}; print(c)
c &= {H(1), H(43), H(99)}; print(c)
c -= {H(43)}; print(c)
c ^= {H(1), H(50)}; print(c)
c.update([H(2), H(2)]); c.difference_update([H(50)]); c.symmetric_difference_update({H(2): 0}); print(c)
c.intersection_update([H(2), H(3)]); print(c, H(2) in c, H(3) in c)
fa, fb = frozenset([1, 2]), frozenset([2, 1])
s = {fa, frozenset([3])}
print(len(s | {fb}), s & {fb}, s - {fb}, s ^ {fb}, fb in s, {fa} == {fb}, s.issuperset({fb}))
t = {(1, fa), (2, frozenset())}
print(len(t | {(1, fb)}), t & {(1, fb)}, len(t.union([(1, fb)])), t.isdisjoint({(1, fb)}))
nested = {frozenset({fa}), frozenset({frozenset([9])})}
print(len(nested | {frozenset({fb})}), frozenset({fb}) in nested)
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("no compare")
x = {Boom()}
for name, f in [("union", lambda: x | {Boom()}), ("and", lambda: x & {Boom()}), ("issubset", lambda: x <= {Boom()}),
                ("add", lambda: x.add(Boom())), ("discard", lambda: x.discard(Boom()))]:
    try:
        print(name, len(f()))
    except ValueError as e:
        print(name, "ValueError", e)
    except TypeError as e:
        print(name, "TypeError", e)

# Types: tuples: creation, single-element syntax, concatenation, comparison, immutability, tuples as dict keys, unpacking.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t + (4,), t * 2, (0,) * 3)
print((), (1,), (1), ((1)), ((1,),), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(type(()), type((1,)), type((1)))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
print(1 in t, 5 in t, t == (1, 2, 3), t is not None)
d = {}
d[(0, 0)] = "origin"
d[(1, -1)] = "q4"
d[0, 1] = "up"
print(d, d[(0, 1)], (1, -1) in d)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
a, b = (10, 20)
print(a, b)
pair = 1, "one"
print(pair, type(pair))
mutable_inside = ([1], [2])
mutable_inside[0].append(99)
print(mutable_inside)
print(tuple(x * 2 for x in range(4)))
print(max((1, 2), (1, 3), (0, 9)), min([(2, "b"), (2, "a"), (1, "z")]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sum((1, 2, 3)), list((4, 5)), (1, 2) + tuple([3]))
print(repr((1,)), str((1, "a")), repr(("x",)), ((),), ((), ()))
print(hash((1, 2)) == hash((1, 2)), (1, 2) != (2, 1))

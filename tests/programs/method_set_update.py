# In-place set methods: update/intersection_update/difference_update/
# symmetric_difference_update with several arguments and any iterables.
s = {1, 2, 3}
s.update([4, 5], (6,), {7: 0}, "", range(8, 10)); print(s)
s.update(); print(s)
s.update(s); print(s)
s.intersection_update([1, 2, 3, 4, 5, 100], {2, 3, 4, 5}); print(s)
s.intersection_update(); print(s)
s.intersection_update(s); print(s)
s.difference_update([2], {3: 0}); print(s)
s.difference_update(); print(s)
s.symmetric_difference_update([4, 10, 11]); print(s)
s.symmetric_difference_update({11: 0, 12: 0}); print(s)
s.symmetric_difference_update({5, 12, 13}); print(s)
s.difference_update(s); print(s)
s = {1, 2}
s.symmetric_difference_update(s); print(s)
t = set(range(0, 100, 3))
t.difference_update(range(0, 100, 6)); print(t)
t.intersection_update(range(0, 100, 9)); print(t)
t.update(range(0, 40, 4)); print(t)
u = set(range(20))
for i in range(0, 20, 2):
    u.discard(i)
u.update([0, 2, 100, 4]); print(u)
v = set(range(64))
v.difference_update(range(60)); print(v)
v.add(1000); v.add(64); print(v)
w = {1, 2, 3}
r = w.update([4]), w.intersection_update([4, 1]), w.difference_update([9]), w.symmetric_difference_update([9])
print(r, w)
for name in ["update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    for bad in [1, [[1]]]:
        x = {1, 2}
        try:
            getattr(x, name)(bad)
        except TypeError as e:
            print(name, "TypeError", e, sorted(x))
x = {1, 2}
try:
    x.update([3, 4, [5], 6])
except TypeError as e:
    print("partial update", e, x)
try:
    x.symmetric_difference_update()
except TypeError as e:
    print("TypeError", e)
try:
    x.update(a=1)
except TypeError as e:
    print("TypeError", e)
try:
    frozenset([1]).intersection_update([1])
except AttributeError as e:
    print("AttributeError", e)
a = {1, 2, 3}
a |= [4] if False else {4}
a &= {1, 4, 5}
a -= {1}
a ^= {4, 6}
print(a)

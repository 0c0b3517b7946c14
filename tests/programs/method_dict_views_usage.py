# dict views used by builtins: min/max/sum/zip/enumerate/unpacking/reversed/comprehensions.
d = {"b": 2, "a": 1, "c": 3}
print(min(d.keys()), max(d.values()), sum(d.values()), any(d.values()), all(d.keys()))
print(list(enumerate(d.items())), [*d.keys()], (*d.values(),), {*d.items()} == set(d.items()))
a, b, c = d.keys()
print(a, b, c, *d.values())
print("".join(d.keys()), sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get), tuple(d.items()))
print(list(zip(d.keys(), d.values(), d.items())), dict(d.items()) == d, list(map(str.upper, d.keys())))
print(list(filter(lambda kv: kv[1] > 1, d.items())), sorted(d.values(), reverse=True), len(d.items()))
try:
    d.keys()[0]
except TypeError as e:
    print("TypeError", e)
try:
    print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed(d)))
except TypeError as e:
    print("TypeError", e)
ks = d.keys()
try:
    ks.foo
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(ks, type(d.keys())), type(ks) is type({}.keys()))
x = {1: 2}
it = iter(x.items())
print(next(it))
import_free = {k: v for k, v in d.items() if v > 1}
print(import_free, {v: k for k, v in d.items()})
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
print(str(d.keys()), repr(d.values()), f"{d.items()}", "%s" % d.keys())

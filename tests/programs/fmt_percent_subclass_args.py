from collections import namedtuple, defaultdict, OrderedDict
P = namedtuple("P", "x y")
class T(tuple): pass
class D(dict):
    def __missing__(self, k): return "?" + k
print("%s-%s" % P(1, 2), "%d+%d" % T((3, 4)), "%(a)s %(zz)s" % D(a=1), "%(k)s" % defaultdict(int, k=5), "%(q)r" % OrderedDict(q="v"))
try:
    print("%s %s" % T((1,)))
except TypeError as e:
    print("TypeError:", e)

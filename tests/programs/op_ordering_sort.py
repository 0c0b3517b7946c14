# Rich comparisons: __lt__ etc., sorting, min/max, reflected comparisons.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "V" + self.s


vs = [Version(s) for s in ["1.10", "1.2", "0.9.9", "1.2.1", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.0") < Version("1.0.1"), Version("2") >= Version("1.99"))
print(Version("1.2") <= Version("1.2"), Version("3") > Version("3"))
vs.sort()
print(vs)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items))
a, b = OnlyLt(5), OnlyLt(9)
print(b > a)


class Rev:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("Rev.__gt__")
        return self.v > other


print(3 < Rev(10))
print(Rev(1) > 0)
print(max([OnlyLt(4), OnlyLt(8), OnlyLt(6)]))

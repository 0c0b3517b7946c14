# Comparisons against small constants in hot loops, where the operand is not a
# small int (big ints, bools, floats, strs, None, instances): the traced
# generic comparison must see the constant as the int it is.


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other

    def __gt__(self, other):
        return self.v > other

    def __eq__(self, other):
        return self.v == other


def classify(vals, n):
    out = []
    for i in range(n):
        v = vals[i % len(vals)]
        a = v > 5
        b = v == 3
        c = v < -2
        out.append((a, b, c))
    return out[-len(vals):]


def errors(vals, n):
    out = []
    for i in range(n):
        v = vals[i % len(vals)]
        try:
            out.append(v >= 7)
        except TypeError as e:
            out.append(str(e))
    return out[-len(vals):]


print(classify([2 ** 70, -2 ** 70, 3, True, 6.5, 3.0, Num(9), Num(3)], 400))
print(errors([1, 2 ** 65, "s", None, 7.0, [1]], 300))

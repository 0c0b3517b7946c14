# __getitem__ receiving slice objects: start/stop/step, indices(), negative steps.
class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError("Seq index out of range")
        return i * i


s = Seq(6)
print(s[1:5], s[::2], s[::-1], s[-2:], s[:100], s[4:1:-1], s[10:])


class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, 3], r[..., 0])
sl = r[2:8:2]
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4))
r[0:3] = "abc"
del r[::2]
print(slice(1, 2) == slice(1, 2), slice(3), repr(slice(None, 5, None)))

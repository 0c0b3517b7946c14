# JIT: objects with __index__ used as sequence indices, slice bounds, range
# arguments and repeat counts inside a hot loop.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

data = list(range(100, 200))
text = "abcdefghij" * 10
tup = tuple(data)
acc = 0
for i in range(300):
    k = Idx(i % 100)
    acc += data[k] + tup[k] + ord(text[k])
    if i % 60 == 0:
        print(i, acc, data[Idx(1):Idx(4)], text[k:Idx(i % 100 + 2)])
print("acc", acc)
tot = 0
for i in range(200):
    tot += len(range(Idx(i))) + len("ab" * Idx(i % 5)) + len([0] * Idx(3))
print("tot", tot, hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))

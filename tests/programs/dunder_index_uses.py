import operator
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[I(2)], l[I(1):I(8):I(2)], l[::I(-1)])
l[I(0)] = 99; print(l)
l[I(1):I(3)] = ['a']; print(l)
del l[I(0)]; print(l)
del l[I(0):I(2)]; print(l)
print((1,2,3)[I(-1)], "hello"[I(1):], range(10)[I(3)], range(10)[I(1):I(5)])
print(operator.index(I(7)), hex(I(-255)), chr(I(65)))
print(I(2) * [1], [1,2] * I(2), "ab" * I(3), (1,) * I(2))
x = [1]; x *= I(3); print(x)
print(list(enumerate("ab", I(5))))
print(l.pop(I(0)), l)
l.insert(I(0), 'z'); print(l)
print("abcabc".find("c", I(3)))
print(int(I(4)))
class B:
    def __index__(self): return "x"
try: [1][B()]
except TypeError as e: print(e)
fl = 3.0
try: [1][fl]
except TypeError as e: print(e)
try: [1][1:2.0]
except TypeError as e: print(e)
try: range(I(1), 3.5)
except TypeError as e: print(e)
try: [1] * B()
except TypeError as e: print(e)
try: [1] * 2.0
except TypeError as e: print(e)
try: [1][2**70]
except IndexError as e: print(e)
print([1,2,3][-2**70:2**70])
print(slice(I(1), I(5)).indices(3))

# Statements: augmented assignment on names and subscripts for every operator, including list += aliasing.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 60; print(x)
x >>= 62; print(x)
x |= 0b1010; print(x)
x &= 0b0110; print(x)
x ^= 0xff; print(x)
x /= 2; print(x)
f = 1.5
f += 1; print(f)
f *= f; print(f)
f -= 0.25; print(f)
f //= 2; print(f)
f %= 0.7; print(f)
f **= 2; print(f)
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(l, alias is l)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"n": 0, "l": []}
d["n"] += 5
d["n"] *= 3
d["l"] += [1]
d["l"] += "xy"
print(d)
arr = [1, 2, 3]
arr[0] += 10
arr[-1] **= 3
arr[1] -= arr[0]
print(arr)
m = [[1, 2], [3, 4]]
m[1][0] += 100
m[0][-1] *= -1
print(m)
calls = []
def idx(i):
    calls.append(i)
    return i
arr2 = [0, 0, 0]
arr2[idx(1)] += 7
print(arr2, calls)
big = 2**62
big += big
print(big)
big -= 2**64
print(big)
n = 7
n //= -2; print(n)
n %= -3; print(n)
b = True
b += True; print(b, type(b))
i = 5
i /= 5; print(i, type(i))

# Loops: accumulating floats (rounding error visible), Leibniz/Newton iterations, mixed int/float accumulators.
total = 0.0
for i in range(100000):
    total += 0.1
print(total)
s = 0.0
for k in range(200000):
    s += (-1) ** k / (2 * k + 1)
print(s * 4)
harmonic = 0.0
for k in range(1, 100001):
    harmonic += 1 / k
print(harmonic)
x = 2.0
guess = 1.0
for i in range(20):
    guess = (guess + x / guess) / 2
print(guess, guess * guess)
acc = 0
for i in range(1000):
    acc += i * 0.5
print(acc, type(acc))
prod = 1.0
for i in range(1, 171):
    prod *= i
print(prod)
prod *= 171
print(prod)
small = 1.0
count = 0
while small > 0:
    small /= 2
    count += 1
print(count, small)
e = 0.0
term = 1.0
for n in range(1, 25):
    e += term
    term /= n
print(e)
vals = []
v = 1.0
for i in range(12):
    v *= -2.5
    vals.append(v)
print(vals)
mean = sum(vals) / len(vals)
var = 0.0
for q in vals:
    var += (q - mean) ** 2
print(mean, var / len(vals))

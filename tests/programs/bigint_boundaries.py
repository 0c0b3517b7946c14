# ints: arbitrary-precision values: powers, repeated multiplication, equality and printing of huge values.
print(2**100)
print(-2**100)
print((-2)**101)
print(2**1000 - 2**999 == 2**999)
print(len(str(2**1000)))
print(10**50 + 1)
print(10**50 - 1)
print(-(10**50) + 1)
a = 2**200 + 12345
b = 2**199
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(a * 0, a - a, a + 0)
print(3**200)
print(7**77 % 1000000007)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2**40))
print(f % 1000000007)
print(divmod(f, 10**30))
print(divmod(-f, 10**30))
print(2**64 * 2**64 == 2**128)
print(2**128 // 2**64 == 2**64)
print(int("1" * 60))
print(int("-" + "9" * 40) - 1)
print(str(2**300)[:20], str(2**300)[-20:])
print(abs(-2**70), -abs(2**70))
print(2**63 == 9223372036854775808, 2**63 != 2**63 + 1)
print(max(2**70, 2**69, -2**71), min(2**70, 2**69, -2**71))
print(sum([2**62, 2**62, 2**62, 2**62]))
values = [2**n - 1 for n in (31, 32, 47, 48, 63, 64, 65)]
print(values)
print([-v for v in values])
print([v + 1 for v in values])

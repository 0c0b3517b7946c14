# Builtins: hex, bin, oct of zero, negative and big ints (and bools); round trips through int(s, 0).
for v in [0, 1, -1, 7, 8, 15, 16, 255, -255, 256, 4096, 2**31 - 1, -2**31, 2**32, 2**63, -2**63, 2**64 - 1, 2**100, -2**100 - 1]:
    print(v, hex(v), bin(v), oct(v))
print(hex(True), bin(False), oct(True))
for v in [0, 42, -42, 2**70 + 3]:
    print(int(hex(v), 0) == v, int(bin(v), 0) == v, int(oct(v), 0) == v, int(hex(v), 16) == v)
print(hex(0xdeadbeef), bin(0b1010), oct(0o777))
print(len(bin(2**1000)), hex(2**200)[:10], oct(-8))
for bad in [1.5, "10", None]:
    try:
        print(hex(bad))
    except TypeError as e:
        print("TypeError", e)

# f-string format specs: fill, align, sign, width, grouping, precision, types.
n = 1234567
f = 3.14159265
neg = -42
print(f"{n:,} {n:_} {n:>15,} {n:<15_}|")
print(f"{f:.2f} {f:10.4f}| {f:<10.1f}| {f:^10.3f}| {f:+.2f} {-f:+.2f}")
print(f"{neg:d} {neg:+d} {42:+d} {42: d} {neg: d} {neg:=8d}|")
print(f"{255:x} {255:X} {255:#x} {255:#X} {8:o} {8:#o} {5:b} {5:#b} {5:08b}")
print(f"{n:e} {n:E} {f:.3e} {0.000123:e}")
print(f"{f:g} {n:g} {1e20:g} {1e-5:g} {0.0001:G} {1e20:G} {100.0:g}")
print(f"{0.5:%} {0.125:.1%} {1:.0%} {2.5:%}")
print(f"{'s':s} {'txt':>6s}| {'r'!r} {'q'!s:>3}|")
print(f"{'x':*^7} {'y':-<4} {'z':#>4} {7:0>3} {7:x<3}")
print(f"{1.5:F} {float('inf'):F} {float('inf'):f} {float('nan'):F} {float('-inf'):g}")
print(f"{12345.6789:,.2f} {1234567.891:_.1f} {0.1 + 0.2:.17f}")
print(f"{-0.0:f} {-0.0:g} {0.0:+f} {-1e-10:.3f}")
print(f"{2**64:,} {-2**40:_x}")
w, p = 12, 4
print(f"{f:{w}.{p}f}|{f:>{w}}|{'c':^{w}}|")
print(f"{n:{'>'}{w},}|")
x = 10
print(f"{x=} {x * 2=} {x!r:>5}| {f=:.2f}")
print(f"{x:{'0'}>{5}}")
print(f"{'a' 'b'} {'{'}{'}'} {{braces}}")
items = [1, 2]
d = {"k": "v"}
print(f"{items[0]} {d['k']} {len(items)} {items!r} {d}")
print(f"{3:3} {'ab':3}| {3.0:5} {True:5}| {None!s:>6}")
print(f"{1e16:f} {123.456:.0f} {2.5:.0f} {3.5:.0f} {-2.5:.0f}")
print(ord(f"{7:c}") == 7, f"{65:c}")
print(f"{1/3:.15g} {2/3:.5g} {1e-7:.2g} {123456789:.3g}")
print(f"{0:#x} {0:#b} {-5:#o} {-255:#X}")
print(f"{1234:_d} {12345678:_o} {0xABCDEF:_X}")

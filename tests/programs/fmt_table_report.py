# Realistic formatting: aligned tables with f-strings, format and %.
rows = [
    ("Widget", 3, 2.5),
    ("Gadget, deluxe", 12, 129.999),
    ("Nut", 1000, 0.015),
    ("Bolt", 250, 0.2),
]
header = f"{'Item':<16}{'Qty':>6}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<16.14}{qty:>6,}{price:>10.3f}{total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<32}{grand:>12,.2f}")
print()
print("%-10s|%8s|%8s" % ("name", "hex", "bin"))
for v in (1, 10, 100, 255):
    print("%-10d|%8x|%8s" % (v, v, format(v, "b")))
print()
for i, (name, qty, _) in enumerate(rows, 1):
    print("{:>2}. {:.<20}{:.>8}".format(i, name, qty))
print()
pct = [0.5, 0.1234, 1.0, 0.0005]
print(" ".join(f"{p:7.2%}" for p in pct))
print(" ".join("{:>+8.1e}".format(p * 1000 - 200) for p in pct))
widths = [5, 8, 11]
for w in widths:
    print(f"[{'x' * 3:^{w}}]", f"[{w:^{w}}]")

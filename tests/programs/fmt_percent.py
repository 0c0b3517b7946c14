# %-formatting: all conversions, flags, width, precision, %(name)s, %%.
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%08.3f|%-10.2f|%+.1f|%.0f|%f" % (3.14159, 2.5, 1.25, 2.5, 1 / 3))
print("%e %E %.2e %10.3E" % (12345.678, 0.000123, 1e10, -5.5))
print("%g %g %g %G %.3g %g" % (0.0001, 0.00001, 123456, 1234567.0, 3.14159, 100.0))
print("%s %r %a" % ("str", "str", "caf\u00e9"))
print("%s %s %s" % (None, True, [1, "a"]))
print("%r" % ({"k": (1, 2.5)},))
print("%c%c%c" % (72, "i", 33))
print("%10s|%-10s|%.2s|%-6.3s|" % ("right", "left", "truncate", "abcdef"))
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 2, 3.14159))
print("100%% sure, %d%%" % 50)
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 30})
print("%(x)05.1f and %(y)-4s|" % {"x": 2.345, "y": "ab"})
print("%s" % "single")
print("%s" % ((1, 2),))
print("%d items" % 3.99)
print("%x" % -255, "%o" % -8, "%d" % True)
print("%.3s|%5.1s|" % ("xyzw", "q"))
print("%-+8.2f|%+-8d|" % (3.14159, 5))
print("% 5d|% -5d|" % (7, 7))
print("%#.0f %#g" % (3.0, 2.0))
print("%i%%" % 99.9)
for v in [0, 1, -1, 123456789, 2 ** 70]:
    print("%d|%x|%o|%e" % (v, v, v, v))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(missing)s" % {"a": 1})
except KeyError as e:
    print("KeyError:", e)

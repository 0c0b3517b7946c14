import string
from string import Template, Formatter

print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print([c for c in "a1 B!" if c in string.ascii_letters], sum(c in string.punctuation for c in "hi, there!"))

t = Template("$who likes ${what}; cost: $$10")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"), t.template)
print(Template("${a}${b}c $a_1 $a1x").substitute(a="A", b="B", a_1="under", a1x="X"))
print(Template("$$ $$$x $").safe_substitute(x=1), Template("no placeholders").substitute())
print(Template("$a $b $a ${c}").get_identifiers(), Template("$x $").is_valid(), Template("$x").is_valid())
print(Template("Price: $price").substitute(price=3.5), Template("$n items").substitute(n=[1, 2]))


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %% %{age}").substitute(name="Ann", age=30))

f = Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3), f.format("{name:>6}|{val:.2f}", name="pi", val=3.14159))
print(f.format("{} {} {}", "a", "b", "c"), f.format("{0[1]} {1.real} {k[x]}", [5, 6], 7, k={"x": "y"}))
print(f.format("{!r:^9}|{:{w}}|", "s", 42, w=5), f.format("{{literal}} {0!s}", 1))
print(list(f.parse("a{0}b{x:>3}c{{d}}{y!s}")))
print(list(f.parse("")), list(f.parse("plain")), list(f.parse("{}")))
print(f.vformat("{0}-{k}", (1,), {"k": 2}), f.get_field("0.imag", [3], {}), f.convert_field("x", "r"))


class Upper(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()


print(Upper().format("{} and {x}", "abc", x="def"))
for bad in ["{0} {}", "{} {0}", "{", "}", "{0!x}", "{0!r x}"]:
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)

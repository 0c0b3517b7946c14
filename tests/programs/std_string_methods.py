# needs str.capitalize and str.splitlines (Template error positions)
import string
from string import Template

print(string.capwords("  hello   wORLD  again "), string.capwords("a-b--c", "-"), string.capwords(""))
print(string.capwords("python is FUN"), string.capwords("x,y", ","))
for tmpl, kw in [("$who likes $what", {"who": "x"}), ("$100 bills", {}), ("ok ${x", {"x": 1}),
                 ("line1\n  $ here", {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)


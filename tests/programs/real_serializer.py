# A hand-written JSON-like serializer and parser, round-tripping nested data.
class ParseError(Exception):
    pass

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}

def dump(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return '"' + "".join(ESCAPES.get(c, c if ord(c) >= 32 else "\\u%04x" % ord(c)) for c in obj) + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dump(x, indent, level + 1) for x in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                k = dump(k) if not isinstance(k, str) else k
                k = k.strip('"')
            items.append(pad + dump(str(k)) + ": " + dump(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\n\r":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            raise ParseError("unexpected end")
        c = self.text[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.text[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.text[self.i] != ":":
                raise ParseError(f"expected ':' at {self.i}")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.text[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise ParseError(f"expected ',' or '}}' at {self.i - 1}, got {c!r}")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.text[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.text[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ParseError(f"expected ',' or ']' at {self.i - 1}")

    def string(self):
        if self.text[self.i] != '"':
            raise ParseError(f"expected string at {self.i}")
        self.i += 1
        buf = []
        while self.text[self.i] != '"':
            c = self.text[self.i]
            if c == "\\":
                nxt = self.text[self.i + 1]
                if nxt == "u":
                    buf.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                buf.append({"n": "\n", "t": "\t", "r": "\r"}.get(nxt, nxt))
                self.i += 2
                continue
            buf.append(c)
            self.i += 1
        self.i += 1
        return "".join(buf)

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        s = self.text[start:self.i]
        if not s:
            raise ParseError(f"bad token at {start}: {self.text[start:start + 5]!r}")
        return float(s) if any(c in s for c in ".eE") else int(s)

def loads(text):
    p = Parser(text)
    v = p.value()
    p.ws()
    if p.i != len(text):
        raise ParseError(f"extra data at {p.i}")
    return v

data = {
    "name": "tauraro", "version": [0, 1, 2], "ratio": 0.1 + 0.2, "big": 2 ** 70,
    "nested": {"list": [1, [2, [3, []]], {}], "empty": "", "esc": 'q"uo\\te\n\ttab\x01'},
    "flags": [True, False, None], 3: "int key", "neg": -1.5e-9, "unicode": "héllo 中",
}
s = dump(data)
print(s)
print(dump(data, indent=2))
back = loads(s)
print(back)
print(back == {str(k): v for k, v in data.items()}, len(s))
for bad in ['{"a" 1}', "[1, 2", "[1 2]", '{"a": tru}', "[1] x", ""]:
    try:
        loads(bad)
    except ParseError as e:
        print(f"{bad!r:12} -> ParseError: {e}")
    except IndexError as e:
        print(f"{bad!r:12} -> IndexError: {e}")
for bad in [float("nan"), {1, 2}, object]:
    try:
        dump([bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
rows = [{"id": i, "sq": i * i, "inv": round(1 / (i + 1), 4), "tag": "t%02d" % i} for i in range(6)]
text = dump(rows)
print(text)
print(sum(r["sq"] for r in loads(text)), [r["tag"] for r in loads(text)][::2])

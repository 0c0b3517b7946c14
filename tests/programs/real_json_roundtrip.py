# A JSON encoder/decoder written by hand (string escapes, numbers, nesting).
class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg}: char {pos}")
        self.pos = pos

ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}

def encode(obj, indent=None, level=0):
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
        out = []
        for ch in obj:
            if ch in ESC:
                out.append(ESC[ch])
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
                else:
                    out.append("\\u%04x" % code)
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    sep, nl, pad, pad2 = ",", "", "", ""
    if indent is not None:
        nl = "\n"
        pad = " " * (indent * (level + 1))
        pad2 = " " * (indent * level)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [pad + encode(v, indent, level + 1) for v in obj]
        return "[" + nl + (sep + nl).join(items) + nl + pad2 + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                k = encode(k).strip('"')
            items.append(pad + encode(k) + ": " + encode(v, indent, level + 1))
        return "{" + nl + (sep + nl).join(items) + nl + pad2 + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise JSONError("Expecting value", self.i)
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def number(self):
        j = self.i
        if self.s[j] == "-":
            j += 1
        while j < len(self.s) and self.s[j] in "0123456789.eE+-":
            j += 1
        text = self.s[self.i:j]
        if not text or text == "-":
            raise JSONError("Expecting value", self.i)
        self.i = j
        return float(text) if any(c in text for c in ".eE") else int(text)
    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                raise JSONError("Unterminated string starting at", self.i)
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                e = self.s[self.i + 1]
                if e == "u":
                    code = int(self.s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(e, e))
                self.i += 2
            else:
                out.append(c)
                self.i += 1
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise JSONError("Expecting ',' delimiter", self.i - 1)
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise JSONError("Expecting ':' delimiter", self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise JSONError("Expecting ',' delimiter", self.i - 1)

def decode(text):
    d = Decoder(text)
    v = d.value()
    d.ws()
    if d.i != len(text):
        raise JSONError("Extra data", d.i)
    return v

doc = {"name": "Tauraro \u00e9\u4e2d\U0001F600", "tags": ["a", "b\n", 'q"uote'], "n": -12, "x": 1.5e-7,
       "big": 2 ** 70, "nested": {"list": [1, [2, [3, {}]], []], "t": (1, 2), "ok": True, "none": None},
       3: "int key", 0.5: "float key"}
text = encode(doc)
print(text)
print(encode(doc, indent=2))
back = decode(text)
print(back)
print(back["nested"]["t"], back["big"] == 2 ** 70)
for bad in ['{"a" 1}', "[1, 2", '"abc', "[1 2]", "", "-", "[1] x"]:
    try:
        decode(bad)
    except JSONError as e:
        print(repr(bad), "->", e, e.pos)
    except IndexError as e:
        print(repr(bad), "-> IndexError", e)
for bad in [float("nan"), {1, 2}, object]:
    try:
        encode(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e)[:60])
rows = [{"id": i, "score": round(i * 1.1, 2), "name": "n%03d" % i} for i in range(50)]
blob = encode(rows)
print(len(blob), blob[:80])
print(decode(blob) == [{"id": r["id"], "score": r["score"], "name": r["name"]} for r in rows])

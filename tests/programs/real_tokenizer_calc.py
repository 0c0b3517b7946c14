# A tokenizer, a Pratt parser and a tree-walking evaluator for a tiny language.
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"

class LexError(Exception):
    pass

def tokenize(src):
    i, n = 0, len(src)
    out = []
    while i < n:
        c = src[i]
        if c in " \t\n":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(Token("NUM", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            out.append(Token("KW" if word in ("let", "print", "if", "then", "else") else "NAME", word, i))
            i = j
        elif src.startswith("**", i) or src.startswith("==", i):
            out.append(Token("OP", src[i:i + 2], i))
            i += 2
        elif c in "+-*/%()=<>,;":
            out.append(Token("OP", c, i))
            i += 1
        else:
            raise LexError(f"unexpected {c!r} at {i}")
    out.append(Token("EOF", "", n))
    return out

BP = {"==": 5, "<": 5, ">": 5, "+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "**": 30}

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise SyntaxError(f"expected {text!r}, got {t.text!r} at {t.pos}")
        return t
    def program(self):
        stmts = []
        while self.peek().kind != "EOF":
            stmts.append(self.statement())
            if self.peek().text == ";":
                self.next()
        return stmts
    def statement(self):
        t = self.peek()
        if t.text == "let":
            self.next()
            name = self.next().text
            self.expect("=")
            return ("let", name, self.expr(0))
        if t.text == "print":
            self.next()
            args = [self.expr(0)]
            while self.peek().text == ",":
                self.next()
                args.append(self.expr(0))
            return ("print", args)
        return ("expr", self.expr(0))
    def expr(self, rbp):
        left = self.prefix()
        while True:
            op = self.peek().text
            bp = BP.get(op)
            if bp is None or bp <= rbp:
                return left
            self.next()
            right = self.expr(bp - 1 if op == "**" else bp)
            left = ("bin", op, left, right)
    def prefix(self):
        t = self.next()
        if t.kind == "NUM":
            return ("num", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr(0))
                self.expect(")")
                return ("call", t.text, args)
            return ("var", t.text)
        if t.text == "-":
            return ("neg", self.expr(25))
        if t.text == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        if t.text == "if":
            c = self.expr(0)
            self.expect("then")
            a = self.expr(0)
            self.expect("else")
            return ("if", c, a, self.expr(0))
        raise SyntaxError(f"unexpected token {t.text!r} at {t.pos}")

OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
    "==": lambda a, b: int(a == b), "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
}
FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]}") from None
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "bin":
        return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    raise ValueError(kind)

def run(src):
    env = {}
    try:
        for st in Parser(tokenize(src)).program():
            if st[0] == "let":
                env[st[1]] = evaluate(st[2], env)
            elif st[0] == "print":
                print(*[evaluate(a, env) for a in st[1]])
            else:
                evaluate(st[1], env)
    except (SyntaxError, LexError, NameError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")
    return env

print(tokenize("let x = 2 ** 3")[:4])
env = run("let x = 2 ** 3 ** 2; let y = (x - 12) * -3 % 7; print x, y, x / 4")
print(sorted(env.items()))
run("let a = 10; print if a > 5 then max(a, 3, sq(4)) else 0, min(2.5, a)")
run("print 1 + ; ")
run("print 7 / (3 - 3)")
run("print zz + 1")
run("let q = 3 $ 4")
run("print 2 ** -1, 10 % 3 == 1, abs(-4.25) * 2")
total = 0
for k in range(200):
    e = run(f"let v = {k} * {k} % 17 + {k} / 4")
    total += e["v"]
print(round(total, 6))

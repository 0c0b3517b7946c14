# A tiny stack-based interpreter with a tokenizer, parser and evaluator.
import operator

TOKEN_SPEC = "+-*/%()<>=!,"

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "**"):
            tokens.append(("op", src[i:i + 2]))
            i += 2
        elif ch in TOKEN_SPEC:
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

BINOPS = {
    "+": (10, operator.add), "-": (10, operator.sub),
    "*": (20, operator.mul), "/": (20, operator.truediv), "%": (20, operator.mod),
    "**": (30, operator.pow),
    "<": (5, operator.lt), ">": (5, operator.gt), "==": (5, operator.eq),
    "!=": (5, operator.ne), "<=": (5, operator.le), ">=": (5, operator.ge),
}

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def expr(self, min_prec=0):
        left = self.atom()
        while True:
            kind, val = self.peek()
            if kind != "op" or val not in BINOPS:
                break
            prec, _ = BINOPS[val]
            if prec < min_prec:
                break
            self.take()
            right = self.expr(prec if val == "**" else prec + 1)
            left = ("bin", val, left, right)
        return left

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "("):
            e = self.expr()
            self.take("op", ")")
            return e
        if (kind, val) == ("op", "-"):
            return ("neg", self.atom())
        raise SyntaxError(f"unexpected {val!r}")

def compile_expr(node, code):
    tag = node[0]
    if tag == "num":
        code.append(("PUSH", node[1]))
    elif tag == "var":
        code.append(("LOAD", node[1]))
    elif tag == "neg":
        compile_expr(node[1], code)
        code.append(("NEG", None))
    elif tag == "bin":
        compile_expr(node[2], code)
        compile_expr(node[3], code)
        code.append(("BIN", node[1]))
    elif tag == "call":
        for a in node[2]:
            compile_expr(a, code)
        code.append(("CALL", (node[1], len(node[2]))))
    return code

FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}

def run(code, env):
    stack = []
    for op, arg in code:
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            stack.append(env[arg])
        elif op == "NEG":
            stack.append(-stack.pop())
        elif op == "BIN":
            b = stack.pop()
            a = stack.pop()
            stack.append(BINOPS[arg][1](a, b))
        elif op == "CALL":
            name, n = arg
            args = stack[len(stack) - n:]
            del stack[len(stack) - n:]
            stack.append(FUNCS[name](*args))
    assert len(stack) == 1, stack
    return stack[0]

env = {"x": 7, "y": 2.5, "n": 10}
programs = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x % 4 + n / 4", "-x + sq(3) * 2",
    "max(x, n, 3) - min(1, y)", "abs(-y) * 2 == 5", "x * (n - 3) >= 49", "10 / 4 - 7 % 3",
    "sq(sq(2)) + max(1, 2, 3, 4)", "1.5 * 2 != 3", "n ** 2 / 3",
]
for src in programs:
    toks = tokenize(src)
    tree = Parser(toks).expr()
    code = compile_expr(tree, [])
    print(f"{src:28} => {run(code, env)!r:24} ops={len(code)}")
print(Parser(tokenize("1 + x * 2")).expr())
print(compile_expr(Parser(tokenize("max(1, -x)")).expr(), []))
for bad in ["1 + ", "3 $ 4", "(1 + 2", "max(1,"]:
    try:
        Parser(tokenize(bad)).expr()
        print("parsed?", bad)
    except SyntaxError as e:
        print(f"{bad!r}: SyntaxError: {e}")
try:
    run(compile_expr(Parser(tokenize("x / (n - 10)")).expr(), []), env)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    run(compile_expr(Parser(tokenize("q + 1")).expr(), []), env)
except KeyError as e:
    print("KeyError:", e)
total = 0
for i in range(200):
    env["x"] = i
    total += run(compile_expr(Parser(tokenize("x * x % 7 + max(x, 3)")).expr(), []), env)
print(total)

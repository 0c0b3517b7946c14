# A small stack-machine interpreter with an assembler, labels and calls.
class VMError(Exception):
    pass
OPS = {}
def op(name, nargs=0):
    def deco(fn):
        OPS[name] = (fn, nargs)
        return fn
    return deco
class Machine:
    def __init__(self, program):
        self.code, self.labels = self.assemble(program)
        self.stack, self.calls, self.pc, self.out, self.vars = [], [], 0, [], {}
        self.steps = 0
    @staticmethod
    def assemble(src):
        code, labels = [], {}
        for raw in src.strip().splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                labels[line[:-1]] = len(code)
                continue
            name, *args = line.split()
            if name not in OPS:
                raise VMError(f"unknown op {name!r}")
            if len(args) != OPS[name][1]:
                raise VMError(f"{name} takes {OPS[name][1]} args, got {len(args)}")
            code.append((name, [int(a) if a.lstrip("-").isdigit() else a for a in args]))
        return code, labels
    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at {self.pc}")
        return self.stack.pop()
    def run(self, limit=100000):
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit")
            name, args = self.code[self.pc]
            self.pc += 1
            OPS[name][0](self, *args)
        return self.out
@op("push", 1)
def _push(m, v):
    m.stack.append(v)
@op("load", 1)
def _load(m, n):
    m.stack.append(m.vars[n])
@op("store", 1)
def _store(m, n):
    m.vars[n] = m.pop()
for sym, fn in {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
                "div": lambda a, b: a // b, "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b),
                "eq": lambda a, b: int(a == b)}.items():
    def make(fn):
        def binop(m):
            b, a = m.pop(), m.pop()
            try:
                m.stack.append(fn(a, b))
            except ZeroDivisionError:
                raise VMError(f"division by zero at {m.pc - 1}") from None
        return binop
    op(sym)(make(fn))
@op("dup")
def _dup(m):
    v = m.pop()
    m.stack += [v, v]
@op("swap")
def _swap(m):
    m.stack[-1], m.stack[-2] = m.stack[-2], m.stack[-1]
@op("jmp", 1)
def _jmp(m, l):
    m.pc = m.labels[l]
@op("jz", 1)
def _jz(m, l):
    if m.pop() == 0:
        m.pc = m.labels[l]
@op("call", 1)
def _call(m, l):
    m.calls.append(m.pc)
    m.pc = m.labels[l]
@op("ret")
def _ret(m):
    m.pc = m.calls.pop()
@op("print")
def _print(m):
    m.out.append(m.pop())
@op("halt")
def _halt(m):
    m.pc = len(m.code)
FACT = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 30
    call fib
    print
    halt
fib:            # iterative fibonacci of top of stack
    store k
    push 0
    store a
    push 1
    store b
floop:
    load k
    jz fdone
    load a
    load b
    dup
    store a
    add
    store b
    load k
    push 1
    sub
    store k
    jmp floop
fdone:
    load a
    ret
"""
m = Machine(FACT)
print(m.run(), m.steps, len(m.code), sorted(m.labels.items()))
for bad in ["push 1\npush 0\ndiv", "pop", "push", "add", "l:\njmp l"]:
    try:
        print(Machine(bad).run(limit=50))
    except VMError as e:
        print("VMError:", e)
print(sorted(OPS)[:5], len(OPS))

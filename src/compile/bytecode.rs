//! The register bytecode: instructions, code objects and the readable listing.
//!
//! Operands name frame registers (`Reg`), as in Lua 5: a frame is a window of
//! registers in the VM's one register stack, parameters first, then named locals,
//! then temporaries. A trace snapshot restores exactly these registers.

use std::fmt::Write;
use std::rc::Rc;

use crate::runtime::value::Value;

pub type Reg = u16;
/// "No register" for optional operands.
pub const NO_REG: Reg = u16::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
    pub fn dunder(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
            BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
            BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    LoadConst {
        dst: Reg,
        idx: u32,
    },
    Move {
        dst: Reg,
        src: Reg,
    },
    LoadGlobal {
        dst: Reg,
        slot: u32,
    },
    StoreGlobal {
        src: Reg,
        slot: u32,
    },
    DeleteGlobal {
        slot: u32,
    },
    /// Raises UnboundLocalError (or NameError for a free variable) if `reg` is EMPTY.
    CheckBound {
        reg: Reg,
        name: u32,
    },
    DeleteLocal {
        reg: Reg,
        name: u32,
    },
    /// Wraps the register's current value in a fresh cell (captured variables).
    MakeCell {
        reg: Reg,
    },
    LoadCell {
        dst: Reg,
        cell: Reg,
        name: u32,
    },
    StoreCell {
        cell: Reg,
        src: Reg,
    },
    DeleteCell {
        cell: Reg,
        name: u32,
    },
    /// Copies the function's closure cells into registers `dst..dst+count`.
    LoadClosure {
        dst: Reg,
        count: u16,
    },

    Add {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Sub {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Mul {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Binary {
        op: BinOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Inplace {
        op: BinOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Compare {
        op: CmpOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `if not (a op b): goto target`, the fused test of `if` and `while`.
    CmpJumpIfFalse {
        op: CmpOp,
        a: Reg,
        b: Reg,
        target: u32,
    },
    /// `if not (a op imm): goto target` against a small int constant.
    CmpImmJumpIfFalse {
        op: CmpOp,
        a: Reg,
        imm: i32,
        target: u32,
    },
    /// `dst = a + imm` for a small int constant (`i + 1`, `n - 2`).
    AddImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    Unary {
        op: UnOp,
        dst: Reg,
        src: Reg,
    },

    Jump {
        target: u32,
    },
    JumpIfFalse {
        cond: Reg,
        target: u32,
    },
    JumpIfTrue {
        cond: Reg,
        target: u32,
    },
    /// A loop back-edge: the hot-loop counter and GC safepoint live here.
    Loop {
        target: u32,
    },
    GetIter {
        dst: Reg,
        src: Reg,
    },
    /// `dst = next(iter)`, or jump to `target` when the iterator is exhausted.
    ForIter {
        dst: Reg,
        iter: Reg,
        target: u32,
    },

    /// Calls `func` with the `argc` arguments in the registers after it.
    Call {
        dst: Reg,
        func: Reg,
        argc: u16,
    },
    /// Like `Call`, the last `len(kwnames)` arguments being keyword arguments.
    CallKw {
        dst: Reg,
        func: Reg,
        argc: u16,
        kwnames: u32,
    },
    /// `func(*args, **kwargs)` with a tuple and a dict (or NO_REG).
    CallEx {
        dst: Reg,
        func: Reg,
        args: Reg,
        kwargs: Reg,
    },
    /// Puts the method in `dst` and the receiver in `dst+1` (EMPTY when the
    /// attribute is not a plain method and `dst` already holds the callable).
    LoadMethod {
        dst: Reg,
        obj: Reg,
        name: u32,
    },
    /// Calls the method loaded by `LoadMethod` into `base`, arguments from `base+2`.
    CallMethod {
        dst: Reg,
        base: Reg,
        argc: u16,
    },
    Return {
        src: Reg,
    },

    BuildList {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    BuildTuple {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    /// `constant`: every element is a literal (CPython builds those sets specially).
    BuildSet {
        dst: Reg,
        start: Reg,
        count: u16,
        constant: bool,
    },
    BuildDict {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    BuildSlice {
        dst: Reg,
        start: Reg,
    },
    BuildString {
        dst: Reg,
        start: Reg,
        count: u16,
    },
    ListAppend {
        list: Reg,
        src: Reg,
    },
    ListExtend {
        list: Reg,
        src: Reg,
    },
    SetAdd {
        set: Reg,
        src: Reg,
    },
    SetUpdate {
        set: Reg,
        src: Reg,
    },
    DictSet {
        dict: Reg,
        key: Reg,
        src: Reg,
    },
    DictUpdate {
        dict: Reg,
        src: Reg,
    },
    ListToTuple {
        dst: Reg,
        src: Reg,
    },
    /// f-string piece: `format(src, spec)` after the `!s`/`!r`/`!a` conversion.
    FormatValue {
        dst: Reg,
        src: Reg,
        conv: u8,
        spec: Reg,
    },

    GetItem {
        dst: Reg,
        obj: Reg,
        key: Reg,
    },
    SetItem {
        obj: Reg,
        key: Reg,
        src: Reg,
    },
    DelItem {
        obj: Reg,
        key: Reg,
    },
    GetAttr {
        dst: Reg,
        obj: Reg,
        name: u32,
    },
    SetAttr {
        obj: Reg,
        name: u32,
        src: Reg,
    },
    DelAttr {
        obj: Reg,
        name: u32,
    },
    UnpackSeq {
        src: Reg,
        dst: Reg,
        count: u16,
    },
    UnpackEx {
        src: Reg,
        dst: Reg,
        before: u16,
        after: u16,
    },

    /// Makes a function from the code constant `code`; per `flags`, registers from
    /// `base` hold the defaults tuple (1), the kw-defaults dict (2), the closure
    /// tuple (4), in that order.
    MakeFunction {
        dst: Reg,
        code: u32,
        base: Reg,
        flags: u8,
    },

    Raise {
        exc: Reg,
        cause: Reg,
    },
    Reraise {
        src: Reg,
    },
    RaiseAssert {
        msg: Reg,
    },
    /// At a handler's entry: takes the exception being handled and records it as
    /// handled at lexical handler depth `depth` (for `raise` and `__context__`).
    GetException {
        dst: Reg,
        depth: u16,
    },
    /// A handler at `depth` finished normally.
    EndHandler {
        depth: u16,
    },
    ExcMatch {
        dst: Reg,
        exc: Reg,
        ty: Reg,
    },

    /// Suspends the generator, producing `src`; resumes with the sent value in `dst`.
    Yield {
        dst: Reg,
        src: Reg,
    },
    /// `yield from`: `dst = iter.send(sent)` (or `next(iter)` when `sent` is None);
    /// when the iterator finishes, `dst` gets its return value and control jumps.
    Send {
        dst: Reg,
        iter: Reg,
        sent: Reg,
        target: u32,
    },
    ImportName {
        dst: Reg,
        name: u32,
    },
    ImportFrom {
        dst: Reg,
        module: Reg,
        name: u32,
    },
    ImportStar {
        module: Reg,
    },
    /// Class bodies: names live in the namespace dict in `ns`.
    LoadName {
        dst: Reg,
        ns: Reg,
        name: u32,
    },
    StoreName {
        ns: Reg,
        name: u32,
        src: Reg,
    },
    DeleteName {
        ns: Reg,
        name: u32,
    },
}

/// A protected range of instructions and where its handler starts.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
}

#[derive(Clone, Debug, Default)]
pub struct Params {
    pub names: Vec<Rc<str>>,
    pub posonly: u16,
    /// Positional parameters (including positional-only).
    pub positional: u16,
    pub kwonly: u16,
    pub varargs: bool,
    pub varkw: bool,
}

impl Params {
    /// Registers taken by parameters (`*args` and `**kwargs` included).
    pub fn count(&self) -> usize {
        self.positional as usize
            + self.kwonly as usize
            + self.varargs as usize
            + self.varkw as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    Class,
}

/// What an attribute instruction learned last time (an inline cache entry).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AttrCache {
    pub kind: CacheKind,
    /// The receiver's class (value bits).
    pub class: u64,
    /// The receiver's shape id (instances).
    pub shape: u32,
    /// `Vm::class_epoch` when filled; any class change invalidates every entry.
    pub epoch: u32,
    pub slot: u32,
    /// The method found (for `LoadMethod`), or the `__init__` to run (`Construct`).
    pub value: Value,
    /// The shape after adding the attribute (`AddSlot`).
    pub next: Option<&'static crate::runtime::shape::Shape>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheKind {
    Empty,
    /// Instance attribute at `slot`.
    InstanceSlot,
    /// Plain method found on the class (receiver does not shadow it).
    Method,
    /// `SetAttr` adding a new attribute at `slot`: the instance moves to shape
    /// `next` (no `__setattr__`, no data descriptor, no `__slots__` refusal).
    AddSlot,
    /// `Call`/`CallMethod` of a plain class (`class`, `epoch`): a new instance,
    /// then `__init__` (`value`, a Python function with a simple signature taking
    /// the arguments) runs in a pushed frame.
    Construct,
}

impl AttrCache {
    pub const EMPTY: AttrCache = AttrCache {
        kind: CacheKind::Empty,
        class: 0,
        shape: 0,
        epoch: 0,
        slot: 0,
        value: Value::NONE,
        next: None,
    };
}

pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub kind: CodeKind,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Attribute, global and local names referenced by instructions.
    pub names: Vec<Rc<str>>,
    pub params: Params,
    pub nregs: u16,
    /// Named local variables, register by register (parameters first).
    pub local_names: Vec<Rc<str>>,
    /// Registers holding cells of captured locals.
    pub cell_regs: Vec<Reg>,
    /// Registers receiving the closure's free-variable cells at entry.
    pub free_start: Reg,
    pub nfree: u16,
    pub handlers: Vec<Handler>,
    pub first_line: u32,
    pub is_generator: bool,
    /// Register 0 holds the first argument for the whole call: the first
    /// parameter is a plain local that the body never rebinds or deletes.
    pub first_param_fixed: bool,
    /// The docstring of a function's body.
    pub doc: Option<Rc<str>>,
    /// One inline-cache entry per instruction (used by attribute instructions).
    pub attr_cache: Vec<std::cell::Cell<AttrCache>>,
    /// One JIT counter per instruction, used at `Loop` back-edges: `> 1` counts
    /// down to hot, 0 is fresh, 1 means "look up the JIT", negative `-(n+1)` is
    /// compiled trace `n` (see `jit::HotState`).
    pub hot: Vec<std::cell::Cell<i32>>,
    /// The JIT counter of calls entering this code at its first instruction, with
    /// the same states as `hot` (counting down from `hotfunc`).
    pub entry_hot: std::cell::Cell<i32>,
}

impl Code {
    pub fn line_of(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    pub fn handler_for(&self, pc: u32) -> Option<u32> {
        self.handlers
            .iter()
            .find(|h| h.start <= pc && pc < h.end)
            .map(|h| h.target)
    }

    /// A readable listing for `tauraro dis`; nested code objects are listed after.
    pub fn disassemble(&self, out: &mut String, describe: &dyn Fn(Value) -> String) {
        let _ = writeln!(
            out,
            "code {} ({}:{}) regs={} params={} locals={:?}",
            self.qualname,
            self.filename,
            self.first_line,
            self.nregs,
            self.params.count(),
            self.local_names.iter().map(|s| &**s).collect::<Vec<_>>()
        );
        let mut last_line = 0;
        for (pc, ins) in self.instrs.iter().enumerate() {
            let line = self.lines[pc];
            let line_col = if line != last_line {
                last_line = line;
                format!("{line:>5}")
            } else {
                "     ".to_string()
            };
            let _ = writeln!(out, "{line_col} {pc:>5}  {}", self.describe(ins, describe));
        }
        for h in &self.handlers {
            let _ = writeln!(out, "  handler: [{}, {}) -> {}", h.start, h.end, h.target);
        }
        let _ = writeln!(out);
        for &c in &self.consts {
            if let Some(code) = c.as_obj().and_then(|o| match &o.data {
                crate::runtime::object::ObjData::Code(c) => Some(c),
                _ => None,
            }) {
                code.disassemble(out, describe);
            }
        }
    }

    fn reg(&self, r: Reg) -> String {
        if r == NO_REG {
            "-".into()
        } else if let Some(n) = self.local_names.get(r as usize) {
            format!("r{r}({n})")
        } else {
            format!("r{r}")
        }
    }

    fn describe(&self, ins: &Instr, describe: &dyn Fn(Value) -> String) -> String {
        let r = |x: Reg| self.reg(x);
        let n = |i: u32| {
            self.names
                .get(i as usize)
                .map(|s| s.to_string())
                .unwrap_or_default()
        };
        let c = |i: u32| describe(self.consts[i as usize]);
        use Instr::*;
        match *ins {
            Nop => "NOP".into(),
            LoadConst { dst, idx } => format!("LOAD_CONST {} <- {}", r(dst), c(idx)),
            Move { dst, src } => format!("MOVE {} <- {}", r(dst), r(src)),
            LoadGlobal { dst, slot } => format!("LOAD_GLOBAL {} <- global[{slot}]", r(dst)),
            StoreGlobal { src, slot } => format!("STORE_GLOBAL global[{slot}] <- {}", r(src)),
            DeleteGlobal { slot } => format!("DELETE_GLOBAL global[{slot}]"),
            CheckBound { reg, name } => format!("CHECK_BOUND {} '{}'", r(reg), n(name)),
            DeleteLocal { reg, name } => format!("DELETE_LOCAL {} '{}'", r(reg), n(name)),
            MakeCell { reg } => format!("MAKE_CELL {}", r(reg)),
            LoadCell { dst, cell, .. } => format!("LOAD_CELL {} <- *{}", r(dst), r(cell)),
            StoreCell { cell, src } => format!("STORE_CELL *{} <- {}", r(cell), r(src)),
            DeleteCell { cell, .. } => format!("DELETE_CELL *{}", r(cell)),
            LoadClosure { dst, count } => format!("LOAD_CLOSURE {}..+{count}", r(dst)),
            Add { dst, a, b } => format!("ADD {} <- {} + {}", r(dst), r(a), r(b)),
            Sub { dst, a, b } => format!("SUB {} <- {} - {}", r(dst), r(a), r(b)),
            Mul { dst, a, b } => format!("MUL {} <- {} * {}", r(dst), r(a), r(b)),
            Binary { op, dst, a, b } => {
                format!("BINARY {} <- {} {} {}", r(dst), r(a), op.symbol(), r(b))
            }
            Inplace { op, dst, a, b } => {
                format!("INPLACE {} <- {} {}= {}", r(dst), r(a), op.symbol(), r(b))
            }
            Compare { op, dst, a, b } => {
                format!("COMPARE {} <- {} {} {}", r(dst), r(a), op.symbol(), r(b))
            }
            CmpJumpIfFalse { op, a, b, target } => {
                format!("JUMP_IF_NOT {} {} {} -> {target}", r(a), op.symbol(), r(b))
            }
            CmpImmJumpIfFalse { op, a, imm, target } => {
                format!("JUMP_IF_NOT {} {} {imm} -> {target}", r(a), op.symbol())
            }
            AddImm { dst, a, imm } => format!("ADD_IMM {} <- {} + {imm}", r(dst), r(a)),
            Unary { op, dst, src } => format!("UNARY {:?} {} <- {}", op, r(dst), r(src)),
            Jump { target } => format!("JUMP -> {target}"),
            JumpIfFalse { cond, target } => format!("JUMP_IF_FALSE {} -> {target}", r(cond)),
            JumpIfTrue { cond, target } => format!("JUMP_IF_TRUE {} -> {target}", r(cond)),
            Loop { target } => format!("LOOP -> {target}"),
            GetIter { dst, src } => format!("GET_ITER {} <- iter({})", r(dst), r(src)),
            ForIter { dst, iter, target } => {
                format!("FOR_ITER {} <- next({}) else -> {target}", r(dst), r(iter))
            }
            Call { dst, func, argc } => format!("CALL {} <- {}(argc={argc})", r(dst), r(func)),
            CallKw {
                dst,
                func,
                argc,
                kwnames,
            } => {
                format!(
                    "CALL_KW {} <- {}(argc={argc}, kw={})",
                    r(dst),
                    r(func),
                    c(kwnames)
                )
            }
            CallEx {
                dst,
                func,
                args,
                kwargs,
            } => format!(
                "CALL_EX {} <- {}(*{}, **{})",
                r(dst),
                r(func),
                r(args),
                r(kwargs)
            ),
            LoadMethod { dst, obj, name } => {
                format!("LOAD_METHOD {} <- {}.{}", r(dst), r(obj), n(name))
            }
            CallMethod { dst, base, argc } => {
                format!("CALL_METHOD {} <- {}(argc={argc})", r(dst), r(base))
            }
            Return { src } => format!("RETURN {}", r(src)),
            BuildList { dst, start, count } => {
                format!("BUILD_LIST {} <- {}..+{count}", r(dst), r(start))
            }
            BuildTuple { dst, start, count } => {
                format!("BUILD_TUPLE {} <- {}..+{count}", r(dst), r(start))
            }
            BuildSet {
                dst,
                start,
                count,
                constant,
            } => {
                format!(
                    "BUILD_SET {} <- {}..+{count}{}",
                    r(dst),
                    r(start),
                    if constant { " const" } else { "" }
                )
            }
            BuildDict { dst, start, count } => {
                format!("BUILD_DICT {} <- {}..+{count} pairs", r(dst), r(start))
            }
            BuildSlice { dst, start } => format!("BUILD_SLICE {} <- {}..+3", r(dst), r(start)),
            BuildString { dst, start, count } => {
                format!("BUILD_STRING {} <- {}..+{count}", r(dst), r(start))
            }
            ListAppend { list, src } => format!("LIST_APPEND {}.append({})", r(list), r(src)),
            ListExtend { list, src } => format!("LIST_EXTEND {}.extend({})", r(list), r(src)),
            SetAdd { set, src } => format!("SET_ADD {}.add({})", r(set), r(src)),
            SetUpdate { set, src } => format!("SET_UPDATE {}.update({})", r(set), r(src)),
            DictSet { dict, key, src } => format!("DICT_SET {}[{}] <- {}", r(dict), r(key), r(src)),
            DictUpdate { dict, src } => format!("DICT_UPDATE {}.update({})", r(dict), r(src)),
            ListToTuple { dst, src } => format!("LIST_TO_TUPLE {} <- {}", r(dst), r(src)),
            FormatValue {
                dst,
                src,
                conv,
                spec,
            } => format!(
                "FORMAT_VALUE {} <- {}{}{}",
                r(dst),
                r(src),
                if conv != 0 {
                    format!("!{}", conv as char)
                } else {
                    String::new()
                },
                if spec != NO_REG {
                    format!(":{}", r(spec))
                } else {
                    String::new()
                }
            ),
            GetItem { dst, obj, key } => format!("GET_ITEM {} <- {}[{}]", r(dst), r(obj), r(key)),
            SetItem { obj, key, src } => format!("SET_ITEM {}[{}] <- {}", r(obj), r(key), r(src)),
            DelItem { obj, key } => format!("DEL_ITEM {}[{}]", r(obj), r(key)),
            GetAttr { dst, obj, name } => format!("GET_ATTR {} <- {}.{}", r(dst), r(obj), n(name)),
            SetAttr { obj, name, src } => format!("SET_ATTR {}.{} <- {}", r(obj), n(name), r(src)),
            DelAttr { obj, name } => format!("DEL_ATTR {}.{}", r(obj), n(name)),
            UnpackSeq { src, dst, count } => format!("UNPACK {}..+{count} <- {}", r(dst), r(src)),
            UnpackEx {
                src,
                dst,
                before,
                after,
            } => {
                format!("UNPACK_EX {}..({before},*,{after}) <- {}", r(dst), r(src))
            }
            MakeFunction {
                dst,
                code,
                base,
                flags,
            } => {
                format!(
                    "MAKE_FUNCTION {} <- {} (extra {} flags {flags})",
                    r(dst),
                    c(code),
                    r(base)
                )
            }
            Raise { exc, cause } => format!("RAISE {} from {}", r(exc), r(cause)),
            Reraise { src } => format!("RERAISE {}", r(src)),
            RaiseAssert { msg } => format!("RAISE_ASSERT {}", r(msg)),
            GetException { dst, depth } => format!("GET_EXCEPTION {} depth={depth}", r(dst)),
            EndHandler { depth } => format!("END_HANDLER depth={depth}"),
            ExcMatch { dst, exc, ty } => {
                format!("EXC_MATCH {} <- {} matches {}", r(dst), r(exc), r(ty))
            }
            Yield { dst, src } => format!("YIELD {} ; {} <- sent", r(src), r(dst)),
            Send {
                dst,
                iter,
                sent,
                target,
            } => {
                format!(
                    "SEND {} <- {}.send({}) done -> {target}",
                    r(dst),
                    r(iter),
                    r(sent)
                )
            }
            ImportName { dst, name } => format!("IMPORT_NAME {} <- {}", r(dst), n(name)),
            ImportFrom { dst, module, name } => {
                format!("IMPORT_FROM {} <- {}.{}", r(dst), r(module), n(name))
            }
            ImportStar { module } => format!("IMPORT_STAR {}", r(module)),
            LoadName { dst, ns, name } => {
                format!("LOAD_NAME {} <- {}['{}']", r(dst), r(ns), n(name))
            }
            StoreName { ns, name, src } => {
                format!("STORE_NAME {}['{}'] <- {}", r(ns), n(name), r(src))
            }
            DeleteName { ns, name } => format!("DELETE_NAME {}['{}']", r(ns), n(name)),
        }
    }
}

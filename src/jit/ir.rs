//! Trace IR: linear SSA over typed values, with a snapshot on every guard.
//!
//! A trace is one iteration of a loop. Frame slots are numbered from the trace's
//! root frame base (inlined callees have higher slots), and memory is canonical at
//! the loop header: the recorder flushes every slot it changed before jumping back,
//! so the header needs no block parameters. Inside the body, a slot's current value
//! may live in an IR value only ("dirty"); each guard's snapshot lists those, and an
//! exit writes them back, boxed, before the interpreter resumes.

use std::fmt::Write as _;

use crate::compile::bytecode::CmpOp;
use crate::runtime::value::Value;

/// An IR value number: the index of the instruction that defines it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref(pub u32);

impl Ref {
    pub fn idx(self) -> usize {
        self.0 as usize
    }
}

impl std::fmt::Display for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.0)
    }
}

/// The machine type of an IR value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// A small int, unboxed (always within the 48-bit inline range).
    Int,
    Float,
    /// 0 or 1.
    Bool,
    /// A boxed `Value` word of any kind.
    Val,
    /// No value (stores, guards).
    Void,
}

impl Ty {
    pub fn name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "flt",
            Ty::Bool => "bool",
            Ty::Val => "val",
            Ty::Void => "",
        }
    }
}

/// Runtime helpers a trace may call. Every helper has the same machine signature,
/// `extern "C" fn(ctx, a, b, c) -> u64`, and reports failure with a sentinel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Helper {
    /// `(list, int index)` -> item, or MISS (not a list, or out of range).
    ListGet,
    /// `(list, int index, value)` -> 0, or MISS.
    ListSet,
    /// `(module, slot)` -> the global, or MISS when unbound.
    LoadGlobal,
    /// `(module, slot)` -> the module attribute in that global slot, or MISS when
    /// unbound or showing a builtin (which is not an attribute of the module).
    ModuleAttr,
    /// `(obj, cache)` -> the instance slot the inline cache names, or MISS.
    GetAttrCached,
    /// `(obj, cache, value)` -> 0, or MISS.
    SetAttrCached,
    /// `(obj, cache)` -> the method the inline cache holds, or MISS.
    LoadMethodCached,
    /// `(obj, cache, value)` -> 0 after adding the attribute an `AddSlot` inline
    /// cache describes (the instance moves to the cached next shape), or MISS.
    AddAttrCached,
    /// `(class, class epoch)` -> a new plain instance of the class, or MISS when
    /// any class changed since the trace was recorded.
    NewInstance,
    /// `(iterator)` -> the address of a range iterator's `cur` field (its `stop`
    /// and `step` are at fixed offsets from it), or MISS. The address of an
    /// object's field never changes, so the result depends only on the argument.
    RangePtr,
    /// `(iterator)` -> next value, EMPTY when exhausted, ERR on an exception.
    IterNext,
    /// `(start, stop, step)` small ints -> a new `range`, or MISS (a zero step).
    NewRange,
    /// `(value)` -> a new iterator over a built-in range, list, tuple, str, dict
    /// or set (whose iteration runs no Python code), or MISS for anything else.
    IterOf,
    /// `(start, stop, step)` small ints -> a new iterator over that range (the
    /// range object itself is never made), or MISS (a zero step).
    RangeIter,
    /// `(a, b, op)`: int arithmetic (`BinOp` number `op`) on two ints, small or
    /// big, through the runtime's own code; MISS when an operand is not an int
    /// or the operation raises (the interpreter then redoes it and raises).
    IntArith,
    /// `(x, which)`: the built-in `len(x)` (which 0) of a built-in container or
    /// `ord(x)` (which 1) of a one-character str, which run no Python code;
    /// MISS for any other argument (the interpreter calls the built-in).
    Builtin1,
    /// `(a, b)`: `a + b` of two strs or two tuples (immutable, so `+=` is the
    /// same), or MISS.
    SeqAdd,
    /// `(count, a, b)`: a new list of the first `count` (at most 2) of `a, b`.
    BuildList,
    /// `(list, value)` -> None after `list.append(value)`, or MISS (not a list).
    ListAppend,
    /// `(list)` -> `list.pop()`, or MISS (not a list, or empty).
    ListPop,
    /// `(value)` -> `type(value)`.
    TypeOf,
    /// `(value, class)` -> `isinstance(value, class)` as a bool value, or MISS
    /// when `class` is not a class without a metaclass (whose
    /// `__instancecheck__` could run Python code).
    IsInstance,
    /// `(value)` -> 0 or 1, ERR on an exception.
    Truthy,
    /// `(op, a, b)` -> truth of `a op b` as 0 or 1, ERR on an exception.
    CompareTruth,
    /// `(slot of the callee, argc, inlined depth)` -> the call's result, or ERR.
    /// Reads the callee and its arguments from the frame (flushed first).
    Call,
    /// `(slot of the method pair, argc, inlined depth)` -> result, or ERR
    /// (`CallMethod` semantics).
    CallMethod,
    /// `(slot of the callee, argc and inlined depth (`helpers::pack_call_counts`),
    /// trace)` -> the call's result, or ERR:
    /// calls a Python function (guarded to be the one trace `trace` starts in)
    /// whose arguments are in place above the callee's slot by running its
    /// function trace on a frame there (as the interpreter would push it); if
    /// that trace leaves before the function returns, the interpreter finishes
    /// the call.
    CallTrace,
    /// `(frame, pc)` -> 0, or ERR: runs one simple instruction on the frame in
    /// memory (every dirty slot is flushed first; its outputs are read back lazily).
    Step,
}

impl Helper {
    pub fn name(self) -> &'static str {
        match self {
            Helper::ListGet => "list_get",
            Helper::ListSet => "list_set",
            Helper::LoadGlobal => "load_global",
            Helper::ModuleAttr => "module_attr",
            Helper::GetAttrCached => "getattr_cached",
            Helper::SetAttrCached => "setattr_cached",
            Helper::LoadMethodCached => "load_method_cached",
            Helper::AddAttrCached => "addattr_cached",
            Helper::NewInstance => "new_instance",
            Helper::RangePtr => "range_ptr",
            Helper::IterNext => "iter_next",
            Helper::NewRange => "new_range",
            Helper::IterOf => "iter_of",
            Helper::RangeIter => "range_iter",
            Helper::IntArith => "int_arith",
            Helper::Builtin1 => "builtin1",
            Helper::SeqAdd => "seq_add",
            Helper::BuildList => "build_list",
            Helper::ListAppend => "list_append",
            Helper::ListPop => "list_pop",
            Helper::TypeOf => "type_of",
            Helper::IsInstance => "isinstance",
            Helper::Truthy => "truthy",
            Helper::CompareTruth => "compare_truth",
            Helper::Call => "call",
            Helper::CallMethod => "call_method",
            Helper::CallTrace => "call_trace",
            Helper::Step => "step",
        }
    }

    /// Whether the helper may run Python code, which can change anything: class
    /// and instance state, iterators, globals. The others only do what their
    /// description says.
    pub fn runs_python(self) -> bool {
        !matches!(
            self,
            Helper::ListGet
                | Helper::ListSet
                | Helper::LoadGlobal
                | Helper::ModuleAttr
                | Helper::GetAttrCached
                | Helper::SetAttrCached
                | Helper::LoadMethodCached
                | Helper::AddAttrCached
                | Helper::NewInstance
                | Helper::RangePtr
                | Helper::NewRange
                | Helper::IterOf
                | Helper::RangeIter
                | Helper::IntArith
                | Helper::Builtin1
                | Helper::SeqAdd
                | Helper::BuildList
                | Helper::ListAppend
                | Helper::ListPop
                | Helper::TypeOf
                | Helper::IsInstance
        )
    }

    /// Whether the helper may run arbitrary code (and so has effects an optimizer
    /// must not move or drop).
    pub fn has_effects(self) -> bool {
        !matches!(
            self,
            Helper::ListGet
                | Helper::LoadGlobal
                | Helper::ModuleAttr
                | Helper::GetAttrCached
                | Helper::LoadMethodCached
                | Helper::RangePtr
                | Helper::TypeOf
                | Helper::IsInstance
                | Helper::Builtin1
        )
    }
}

/// Sentinels returned by helpers (all in the `EMPTY` tag space, never a Python value).
pub const EMPTY_BITS: u64 = Value::EMPTY.0;
pub const ERR_BITS: u64 = Value::EMPTY.0 | 1;
pub const MISS_BITS: u64 = Value::EMPTY.0 | 2;

/// Integer comparisons and float comparisons share the Python operator.
pub type Cmp = CmpOp;

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Constants.
    Int(i64),
    Float(f64),
    Bool(bool),
    Val(u64),
    /// The boxed value of frame slot `n` (relative to the trace's root base).
    LoadSlot(u32),
    /// Writes a value (boxed by its type) to frame slot `n`.
    StoreSlot(u32, Ref),
    /// Marks that a helper (a `Step`) may have written frame slot `n` in memory.
    /// Generates no code; passes must not keep a slot's value in a register past it.
    Clobber(u32),
    /// The GC safepoint: leaves through its (`Collect`) snapshot when a collection
    /// is wanted. Memory must be canonical for every slot not in the snapshot.
    GcCheck,
    /// An i64 field that never changes, at `ptr + offset` (a range's stop, step).
    LoadField(Ref, i32),
    /// An i64 field at `ptr + offset` that the trace or the program may change.
    LoadMut(Ref, i32),
    /// Writes an i64 field at `ptr + offset`.
    StoreMut(Ref, i32, Ref),
    /// A loop-carried value at the top of the loop body (`Trace::loop_start`): `init`
    /// on entry from the preamble, then `carried` (defined later in the body) on
    /// every back-edge.
    Phi(Ref, Ref),

    // Guards: each leaves through its snapshot when the test fails.
    /// Val -> Int: the value is a small int.
    GuardInt(Ref),
    /// Val -> Float.
    GuardFloat(Ref),
    /// Val -> Bool.
    GuardBool(Ref),
    /// The Val is exactly these bits (a function, None, a class...).
    GuardIs(Ref, u64),
    /// The Val is not these bits (a helper's sentinel).
    GuardIsNot(Ref, u64),
    GuardTrue(Ref),
    GuardFalse(Ref),
    /// The Val is an instance of exactly the class with these bits whose
    /// attributes have the shape with this id (so `LoadAttr`/`StoreAttr` of that
    /// shape's slots apply). Python code can change a shape: not reusable across
    /// instructions with effects.
    GuardShape(Ref, u64, u32),
    /// No class changed since the trace was recorded: `Vm::class_epoch` is this.
    GuardEpoch(u32),
    /// Instance attribute slot `n` of a Val that a `GuardShape` proved has it.
    LoadAttr(Ref, u32),
    /// Module global slot `n`: the Val in the value vector at address `ref`
    /// (a module's `Globals::values`, whose buffer moves only when Python code
    /// adds a global); EMPTY when unbound.
    GlobalLoad(Ref, u32),
    /// Stores into instance attribute slot `n` (as `LoadAttr`).
    StoreAttr(Ref, u32, Ref),

    // Lists (emitted only when `layout::list_layout` probed the list's layout).
    /// The Val is a list object (`ObjData::List`); a list stays a list.
    GuardList(Ref),
    /// Int: the length of a list a `GuardList` proved.
    ListLen(Ref),
    /// Int: the address of a proved list's item buffer, which moves only when
    /// the list grows or shrinks.
    ListItems(Ref),
    /// Int, Int: guards `0 <= index < len` (one unsigned comparison).
    GuardIndex(Ref, Ref),
    /// Val: the item at `index` of the buffer at `items` (a `GuardIndex` checked
    /// the index against the list's current length).
    ItemLoad(Ref, Ref),
    /// Writes a Val to the item at `index` (as `ItemLoad`).
    ItemStore(Ref, Ref, Ref),

    // Closure cells (emitted only when `layout::cell_layout` probed them).
    /// The Val is a cell object (`ObjData::Cell`).
    GuardCell(Ref),
    /// Val: the value in a proved cell (EMPTY when unbound).
    CellLoad(Ref),
    /// Writes a Val into a proved cell.
    CellStore(Ref, Ref),

    // Ints (inline range). The `Ov` forms guard that the result stays inline.
    AddOv(Ref, Ref),
    SubOv(Ref, Ref),
    MulOv(Ref, Ref),
    /// Python floor division / modulo; guard the divisor is not zero.
    FloorDiv(Ref, Ref),
    Mod(Ref, Ref),
    BitAnd(Ref, Ref),
    BitOr(Ref, Ref),
    BitXor(Ref, Ref),
    /// `a >> b`; guards that `b` is not negative (Python raises).
    Shr(Ref, Ref),
    /// `a << b`; guards that `b` is not negative and the result stays inline.
    ShlOv(Ref, Ref),
    ICmp(Cmp, Ref, Ref),
    /// Int -> Float (exact in the inline range).
    IToF(Ref),

    // Floats.
    FAdd(Ref, Ref),
    FSub(Ref, Ref),
    FMul(Ref, Ref),
    /// Guards that the divisor is not zero.
    FDiv(Ref, Ref),
    FNeg(Ref),
    FAbs(Ref),
    /// Guards that the operand is at least 0 (so not NaN): `math.sqrt`'s domain.
    FSqrt(Ref),
    FCmp(Cmp, Ref, Ref),

    /// Bool -> Bool.
    Not(Ref),
    /// Int/Float/Bool -> Val.
    Box(Ref),
    /// Val, Val -> Bool: identical bits (`is`).
    Same(Ref, Ref),

    /// A runtime helper call; unused arguments are absent. Result: Val (a value or
    /// a sentinel), or Int for status helpers.
    Call(Helper, Vec<Ref>),
}

impl Op {
    pub fn args(&self) -> Vec<Ref> {
        // One list of operand positions: `map_args`.
        let mut out = vec![];
        self.clone().map_args(|a| {
            out.push(a);
            a
        });
        out
    }

    /// Rewrites every argument through `f`.
    pub fn map_args(&mut self, mut f: impl FnMut(Ref) -> Ref) {
        use Op::*;
        match self {
            Int(_) | Float(_) | Bool(_) | Val(_) | LoadSlot(_) | Clobber(_) | GcCheck
            | GuardEpoch(_) => {}
            Phi(a, b) | StoreMut(a, _, b) | StoreAttr(a, _, b) => {
                *a = f(*a);
                *b = f(*b);
            }
            ItemStore(a, b, c) => {
                *a = f(*a);
                *b = f(*b);
                *c = f(*c);
            }
            LoadField(a, _)
            | LoadMut(a, _)
            | LoadAttr(a, _)
            | GlobalLoad(a, _)
            | GuardShape(a, ..) => *a = f(*a),
            GuardList(a) | ListLen(a) | ListItems(a) | GuardCell(a) | CellLoad(a) => *a = f(*a),
            CellStore(a, b) => {
                *a = f(*a);
                *b = f(*b);
            }
            GuardIndex(a, b) | ItemLoad(a, b) => {
                *a = f(*a);
                *b = f(*b);
            }
            StoreSlot(_, a)
            | GuardInt(a)
            | GuardFloat(a)
            | GuardBool(a)
            | GuardIs(a, _)
            | GuardIsNot(a, _)
            | GuardTrue(a)
            | GuardFalse(a)
            | IToF(a)
            | FNeg(a)
            | FAbs(a)
            | FSqrt(a)
            | Not(a)
            | Box(a) => *a = f(*a),
            AddOv(a, b)
            | SubOv(a, b)
            | MulOv(a, b)
            | FloorDiv(a, b)
            | Mod(a, b)
            | BitAnd(a, b)
            | BitOr(a, b)
            | BitXor(a, b)
            | Shr(a, b)
            | ShlOv(a, b)
            | ICmp(_, a, b)
            | FAdd(a, b)
            | FSub(a, b)
            | FMul(a, b)
            | FDiv(a, b)
            | FCmp(_, a, b)
            | Same(a, b) => {
                *a = f(*a);
                *b = f(*b);
            }
            Call(_, args) => args.iter_mut().for_each(|a| *a = f(*a)),
        }
    }

    /// Whether the instruction can leave the trace (it carries a snapshot).
    pub fn is_guard(&self) -> bool {
        use Op::*;
        matches!(
            self,
            GcCheck
                | GuardInt(_)
                | GuardFloat(_)
                | GuardBool(_)
                | GuardIs(..)
                | GuardIsNot(..)
                | GuardTrue(_)
                | GuardFalse(_)
                | GuardShape(..)
                | GuardEpoch(_)
                | GuardList(_)
                | GuardIndex(..)
                | GuardCell(_)
                | AddOv(..)
                | SubOv(..)
                | MulOv(..)
                | Shr(..)
                | ShlOv(..)
                | FloorDiv(..)
                | Mod(..)
                | FDiv(..)
                | FSqrt(_)
        )
    }

    /// Whether removing the instruction (when its result is unused) changes nothing.
    pub fn is_pure(&self) -> bool {
        match self {
            Op::StoreSlot(..)
            | Op::Clobber(_)
            | Op::Phi(..)
            | Op::StoreMut(..)
            | Op::StoreAttr(..)
            | Op::ItemStore(..)
            | Op::CellStore(..) => false,
            Op::Call(h, _) => !h.has_effects(),
            op => !op.is_guard(),
        }
    }

    pub fn name(&self) -> &'static str {
        use Op::*;
        match self {
            Int(_) => "int",
            Float(_) => "float",
            Bool(_) => "bool",
            Val(_) => "const",
            LoadSlot(_) => "sload",
            StoreSlot(..) => "sstore",
            Clobber(_) => "clobber",
            GcCheck => "gccheck",
            Phi(..) => "phi",
            LoadField(..) => "fload",
            LoadMut(..) => "mload",
            StoreMut(..) => "mstore",
            GuardInt(_) => "gint",
            GuardFloat(_) => "gfloat",
            GuardBool(_) => "gbool",
            GuardIs(..) => "gis",
            GuardIsNot(..) => "gnot",
            GuardTrue(_) => "gtrue",
            GuardFalse(_) => "gfalse",
            GuardShape(..) => "gshape",
            GuardEpoch(_) => "gepoch",
            LoadAttr(..) => "aload",
            GlobalLoad(..) => "glob",
            StoreAttr(..) => "astore",
            GuardList(_) => "glist",
            ListLen(_) => "llen",
            ListItems(_) => "litems",
            GuardIndex(..) => "gidx",
            ItemLoad(..) => "iload",
            ItemStore(..) => "istore",
            GuardCell(_) => "gcell",
            CellLoad(_) => "cload",
            CellStore(..) => "cstore",
            AddOv(..) => "addov",
            SubOv(..) => "subov",
            MulOv(..) => "mulov",
            FloorDiv(..) => "floordiv",
            Mod(..) => "mod",
            BitAnd(..) => "band",
            BitOr(..) => "bor",
            BitXor(..) => "bxor",
            Shr(..) => "shr",
            ShlOv(..) => "shlov",
            ICmp(..) => "icmp",
            IToF(_) => "itof",
            FAdd(..) => "fadd",
            FSub(..) => "fsub",
            FMul(..) => "fmul",
            FDiv(..) => "fdiv",
            FNeg(_) => "fneg",
            FAbs(_) => "fabs",
            FSqrt(_) => "fsqrt",
            FCmp(..) => "fcmp",
            Not(_) => "not",
            Box(_) => "box",
            Same(..) => "same",
            Call(..) => "call",
        }
    }
}

/// One IR instruction with its type, snapshot and origin.
#[derive(Clone, Debug, PartialEq)]
pub struct Ins {
    pub op: Op,
    pub ty: Ty,
    /// The snapshot an exit from this instruction restores (guards only).
    pub snap: Option<u32>,
    /// Source line and inlining depth of the bytecode that produced it.
    pub line: u32,
    pub depth: u16,
}

impl Ins {
    /// An instruction of hand-built IR (tests): line 1, depth 0.
    pub fn new(op: Op, ty: Ty, snap: Option<u32>) -> Ins {
        Ins {
            op,
            ty,
            snap,
            line: 1,
            depth: 0,
        }
    }
}

/// How the interpreter carries on after an exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// Resume at the innermost frame's pc.
    Resume,
    /// A helper raised: the pending exception is raised at the innermost frame, as
    /// if by the instruction before its pc.
    Raise,
    /// The collector wants to run (checked at the loop header).
    Collect,
    /// The root frame returns its register `n` (the interpreter runs `Return`;
    /// a call into a function trace takes the value directly).
    Return(u16),
}

/// One frame of a snapshot: which inlined frame, and where it resumes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SnapFrame {
    /// Index into the trace's frame descriptions (0 is the root frame).
    pub frame: u32,
    pub pc: u32,
}

/// The interpreter state to rebuild at an exit.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// Outermost first; the last frame is where execution resumes.
    pub frames: Vec<SnapFrame>,
    /// Slots whose value is in an IR value (the rest are current in memory).
    pub slots: Vec<(u32, Ref)>,
    pub kind: ExitKind,
}

/// A trace's instructions and snapshots.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    pub ins: Vec<Ins>,
    pub snaps: Vec<Snapshot>,
    /// Whether the last instruction jumps back to the loop header (otherwise the
    /// trace ends by leaving through its last snapshot).
    pub loops: bool,
    /// Where the loop body starts (after the peeled first iteration, the
    /// preamble); `None` loops back to instruction 0. The `Phi`s come first there.
    pub loop_start: Option<u32>,
}

impl Trace {
    pub fn ty(&self, r: Ref) -> Ty {
        self.ins[r.idx()].ty
    }

    /// The IR's text form: one instruction per line, `NNNN type op args`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for i in 0..self.ins.len() {
            if self.loop_start == Some(i as u32) {
                out.push_str("---- loop body\n");
            }
            let _ = writeln!(out, "{}", self.ins_text(i));
        }
        if self.loops {
            out.push_str("---- loop\n");
        }
        out
    }

    pub fn ins_text(&self, i: usize) -> String {
        let ins = &self.ins[i];
        let mut s = format!("{:04} {:<4} {}", i, ins.ty.name(), ins.op.name());
        match &ins.op {
            Op::Int(v) => {
                let _ = write!(s, " {v}");
            }
            Op::Float(v) => {
                let _ = write!(s, " {v:?}");
            }
            Op::Bool(v) => {
                let _ = write!(s, " {v}");
            }
            Op::Val(v) => {
                let _ = write!(s, " {}", describe_bits(*v));
            }
            Op::LoadSlot(n) => {
                let _ = write!(s, " r{n}");
            }
            Op::StoreSlot(n, a) => {
                let _ = write!(s, " r{n} {a}");
            }
            Op::Clobber(n) => {
                let _ = write!(s, " r{n}");
            }
            Op::LoadField(p, off) | Op::LoadMut(p, off) => {
                let _ = write!(s, " {p}+{off}");
            }
            Op::StoreMut(p, off, v) => {
                let _ = write!(s, " {p}+{off} {v}");
            }
            Op::GuardShape(a, class, shape) => {
                let _ = write!(s, " {a} {} shape {shape}", describe_bits(*class));
            }
            Op::GuardEpoch(e) => {
                let _ = write!(s, " {e}");
            }
            Op::LoadAttr(a, n) | Op::GlobalLoad(a, n) => {
                let _ = write!(s, " {a} #{n}");
            }
            Op::StoreAttr(a, n, v) => {
                let _ = write!(s, " {a} #{n} {v}");
            }
            Op::GuardIs(a, b) | Op::GuardIsNot(a, b) => {
                let _ = write!(s, " {a} {}", describe_bits(*b));
            }
            Op::ICmp(c, a, b) | Op::FCmp(c, a, b) => {
                let _ = write!(s, " {} {a} {b}", c.symbol());
            }
            Op::Call(h, args) => {
                let _ = write!(s, " {}", h.name());
                for a in args {
                    let _ = write!(s, " {a}");
                }
            }
            op => {
                for a in op.args() {
                    let _ = write!(s, " {a}");
                }
            }
        }
        if let Some(sn) = ins.snap {
            let _ = write!(s, "  -> exit {sn}");
        }
        s
    }

    pub fn snap_text(&self, n: usize, frame_name: &dyn Fn(u32) -> String) -> String {
        let sn = &self.snaps[n];
        let mut s = format!("exit {n} ({:?}):", sn.kind);
        for f in &sn.frames {
            let _ = write!(s, " [{} pc {}]", frame_name(f.frame), f.pc);
        }
        for (slot, r) in &sn.slots {
            let _ = write!(s, " r{slot}={}", self.operand_text(*r));
        }
        s
    }

    /// A snapshot operand: a constant inline, otherwise its ref.
    pub fn operand_text(&self, r: Ref) -> String {
        match &self.ins[r.idx()].op {
            Op::Int(v) => format!("{v}"),
            Op::Float(v) => format!("{v:?}"),
            Op::Bool(v) => format!("{v}"),
            Op::Val(v) => describe_bits(*v),
            _ => format!("{r}"),
        }
    }
}

/// A short, stable description of a constant's bits for dumps.
pub fn describe_bits(bits: u64) -> String {
    let v = Value(bits);
    if bits == EMPTY_BITS {
        "EMPTY".into()
    } else if bits == ERR_BITS {
        "ERR".into()
    } else if bits == MISS_BITS {
        "MISS".into()
    } else if v.is_none() {
        "None".into()
    } else if v.is_bool() {
        if v.as_bool() { "True" } else { "False" }.into()
    } else if v.is_int() {
        format!("{}", v.as_int())
    } else if v.is_float() {
        format!("{:?}", v.as_f64())
    } else {
        format!("obj#{:x}", bits & crate::runtime::value::PAYLOAD_MASK)
    }
}

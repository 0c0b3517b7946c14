//! The recorder: follows the interpreter through one iteration of a hot loop and
//! emits trace IR for what actually happened.
//!
//! The dispatch loop calls `Recorder::record` before each instruction of the frames
//! being recorded (the root frame and the callees inlined into it); frames that the
//! trace will reach through a helper call (natives calling back, non-inlined Python
//! calls) run unrecorded. Each instruction becomes specialized IR guarded on the
//! types seen, or a helper call; the effect of a control-flow instruction (which way
//! a branch went, whether an iterator ended) is read at the next `record` call from
//! where execution went.

use crate::compile::bytecode::{AttrCache, BinOp, CacheKind, CmpOp, Code, Instr, UnOp, NO_REG};
use crate::interp::simple::is_simple;
use crate::interp::Vm;
use crate::runtime::object::{IterState, ObjData};
use crate::runtime::value::{fits_small, Value};

use super::ir::*;

/// A frame of the trace: the root frame (index 0) or an inlined callee.
#[derive(Clone)]
pub struct FrameDesc {
    pub code: &'static Code,
    pub code_val: Value,
    pub func: Value,
    pub module: Value,
    /// The frame's first slot, relative to the root frame's base.
    pub base_off: u32,
    /// The caller's slot that receives the result (unused for the root frame).
    pub ret_off: u32,
    /// An `__init__` run by constructing an instance: the instance stays in the
    /// frame's first register (its code has `first_param_fixed`), and the call
    /// returns it (the interpreter frame's `init_self`).
    pub constructs: bool,
}

/// Where a trace starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceKind {
    /// At the header of a hot loop; the loop's `Loop` instruction closes it.
    Loop,
    /// At a hot exit of another trace.
    Side,
    /// At the first instruction of a function called often; it ends where the
    /// function returns (or at a loop with a trace).
    Function,
}

impl TraceKind {
    pub fn name(self) -> &'static str {
        match self {
            TraceKind::Loop => "loop",
            TraceKind::Side => "side",
            TraceKind::Function => "function",
        }
    }
}

/// Instructions callees may run unrecorded (through helpers) during one
/// recording: the interpreter runs them without entering traces.
const MAX_UNRECORDED: u32 = 50_000;

/// What the recorder asks about compiled traces.
pub trait TraceLookup {
    /// The trace of the loop whose `Loop` instruction is at `pc` of `code`.
    fn loop_trace(&self, code: &Code, pc: usize) -> Option<u32>;
    /// The function trace of `code` that runs calls of function `f`.
    fn function_trace(&self, code: &Code, f: Value) -> Option<u32>;
    /// The index the trace being recorded gets when it compiles.
    fn next_index(&self) -> u32;
}

/// Why recording stopped without a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AbortReason {
    TraceTooLong,
    TooManySnapshots,
    InnerLoop,
    ExceptionWhileRecording,
    LeftRootFrame,
    LoopExited,
    UnexpectedFrame,
    SideTraceTooShort,
    LoopTraceTooShort,
    FunctionTooShort,
    CalleeLoop,
    CalleeTooLong,
    CalleeNotCompiled,
}

impl AbortReason {
    pub fn name(self) -> &'static str {
        match self {
            AbortReason::TraceTooLong => "trace too long",
            AbortReason::TooManySnapshots => "too many snapshots",
            AbortReason::InnerLoop => "inner loop not compiled",
            AbortReason::ExceptionWhileRecording => "exception while recording",
            AbortReason::LeftRootFrame => "left the root frame",
            AbortReason::LoopExited => "loop exited while recording",
            AbortReason::UnexpectedFrame => "unexpected frame",
            AbortReason::SideTraceTooShort => "side trace too short",
            AbortReason::LoopTraceTooShort => "loop trace leaves after a few instructions",
            AbortReason::FunctionTooShort => "function too short to trace",
            AbortReason::CalleeLoop => "a called function runs a hot loop",
            AbortReason::CalleeTooLong => "a called function runs too long",
            AbortReason::CalleeNotCompiled => "called function not compiled",
        }
    }
}

/// How a finished recording ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// Jumps back to its own start.
    Loop,
    /// Leaves to the interpreter at the last snapshot, where trace `n` starts.
    Trace(u32),
    /// Leaves to the interpreter at the last snapshot.
    Interp,
    /// A function trace leaves to the interpreter at its frame's `Return`.
    Return,
}

pub enum Flow {
    Continue,
    Abort(AbortReason),
    Finish(Link),
}

#[derive(Clone, Copy, Default)]
struct SlotState {
    cur: Option<Ref>,
    dirty: bool,
}

struct RecFrame {
    desc: u32,
    /// Where this frame resumes once the callee above it returns.
    resume_pc: u32,
}

enum Pending {
    None,
    /// A conditional jump: taken (to `target`) when `cond` equals `jump_if`.
    Branch {
        cond: Cond,
        jump_if: bool,
        target: u32,
        next: u32,
    },
    /// `ForIter`: `result` is the next value or EMPTY.
    Iter {
        result: Ref,
        dst: u32,
        target: u32,
        next: u32,
    },
    /// `ForIter` over a range iterator: `more` says whether `cur` is before `stop`.
    RangeIter {
        ptr: Ref,
        cur: Ref,
        step: Ref,
        more: Ref,
        dst: u32,
        pc: u32,
        target: u32,
        next: u32,
    },
    /// A helper call (or an inlined callee's return) delivered `result` to `dst`.
    CallDone {
        result: Ref,
        dst: u32,
        next: u32,
    },
}

#[derive(Clone, Copy)]
enum Cond {
    /// A Bool IR value.
    Bool(Ref),
    /// A helper's raw 0/1 result.
    Raw(Ref),
}

#[derive(Clone, Copy)]
enum Operand {
    Slot(u32),
    Imm(i64),
}

#[derive(Clone, Copy)]
enum Num {
    Int(Ref),
    Float(Ref),
}

/// One recorded bytecode instruction, for the dump.
#[derive(Clone, Debug)]
pub struct RecordedInstr {
    pub pc: u32,
    pub line: u32,
    pub depth: u16,
    pub frame: u32,
    pub text: String,
}

pub struct Limits {
    pub maxrecord: usize,
    pub maxsnap: usize,
    pub maxinline: usize,
}

pub struct Recorder {
    pub kind: TraceKind,
    /// Index of the root frame in `Vm::frames`.
    pub root_fi: usize,
    pub root_base: usize,
    /// The `Loop` instruction that closes the trace, and the header it jumps to.
    pub loop_pc: u32,
    pub start_pc: u32,
    pub trace: Trace,
    pub frames_desc: Vec<FrameDesc>,
    pub bytecode: Vec<RecordedInstr>,
    /// Values the trace's constants refer to (kept alive while the trace exists).
    pub consts: Vec<Value>,
    /// Inline-cache entries as they were when recorded; helpers check these.
    pub caches: Vec<Box<AttrCache>>,
    /// The highest slot the trace touches, plus one.
    pub slot_extent: u32,
    pub max_depth: usize,
    /// After an abort for lack of another trace (an inner loop's, or a called
    /// function's): the JIT counter of that loop or function, which should
    /// get its trace first.
    pub blocked_by: Option<&'static std::cell::Cell<i32>>,
    /// The interpreter frames a side trace starts in include one the trace
    /// cannot describe (an `__init__` whose instance it cannot find).
    unsupported_frames: bool,
    /// Instances whose class and shape a guard proved since the last instruction
    /// that may run Python code: (value, class bits, shape id).
    known_shapes: Vec<(Ref, u64, u32)>,
    /// A `GetIter` (frame depth, pc) whose iterator a fused `range(...)` call
    /// already made (`range_call`).
    fused_get_iter: Option<(usize, u32)>,
    /// Whether a `GuardEpoch` ran since the last instruction that may run Python.
    epoch_known: bool,
    frames: Vec<RecFrame>,
    slots: Vec<SlotState>,
    pending: Pending,
    line: u32,
    limits: Limits,
    /// Instructions run so far in callees the trace calls through helpers.
    unrecorded: u32,
}

impl Recorder {
    /// Starts recording on frame `root_fi`. Frames above it (a side trace starting
    /// at an exit inside inlined calls, whose frames the exit rebuilt) are taken
    /// over as inlined frames; recording then goes on in the innermost one.
    pub fn new(
        vm: &Vm,
        kind: TraceKind,
        root_fi: usize,
        loop_pc: u32,
        start_pc: u32,
        limits: Limits,
    ) -> Self {
        let f = &vm.frames[root_fi];
        let root = FrameDesc {
            code: f.code,
            code_val: f.code_val,
            func: f.func,
            module: f.module,
            base_off: 0,
            ret_off: 0,
            constructs: false,
        };
        let top = vm.frames.last().unwrap_or(f);
        let mut rec = Recorder {
            kind,
            root_fi,
            root_base: f.base,
            loop_pc,
            start_pc,
            trace: Trace::default(),
            blocked_by: None,
            frames_desc: vec![root],
            bytecode: vec![],
            consts: vec![f.code_val, f.func, f.module],
            caches: vec![],
            unsupported_frames: false,
            known_shapes: vec![],
            fused_get_iter: None,
            epoch_known: false,
            slot_extent: f.code.nregs as u32,
            max_depth: 0,
            frames: vec![RecFrame {
                desc: 0,
                resume_pc: 0,
            }],
            slots: vec![SlotState::default(); f.code.nregs as usize],
            pending: Pending::None,
            line: top.code.line_of(top.pc),
            limits,
            unrecorded: 0,
        };
        for (j, callee) in vm.frames.iter().enumerate().skip(root_fi + 1) {
            let base_off = (callee.base - f.base) as u32;
            let constructs = !callee.init_self.is_empty();
            if constructs
                && !(callee.code.first_param_fixed && vm.stack.get(callee.base) == callee.init_self)
            {
                // The trace could not find the instance `__init__` returns.
                rec.unsupported_frames = true;
            }
            rec.frames_desc.push(FrameDesc {
                code: callee.code,
                code_val: callee.code_val,
                func: callee.func,
                module: callee.module,
                base_off,
                ret_off: (callee.ret_slot - f.base) as u32,
                constructs,
            });
            rec.consts
                .extend([callee.code_val, callee.func, callee.module]);
            if let Some(caller) = rec.frames.last_mut() {
                caller.resume_pc = vm.frames[j - 1].pc as u32;
            }
            rec.frames.push(RecFrame {
                desc: (rec.frames_desc.len() - 1) as u32,
                resume_pc: 0,
            });
            rec.ensure_slot(base_off + callee.code.nregs as u32);
        }
        rec.max_depth = rec.frames.len() - 1;
        // Snapshot 0: where a pending collection leaves the trace (the loop header,
        // or where a side trace starts).
        let resume = if rec.frames.len() > 1 {
            top.pc as u32
        } else {
            start_pc
        };
        let sn = rec.snapshot(resume, ExitKind::Collect);
        rec.guard(Op::GcCheck, Ty::Void, sn);
        rec
    }

    /// Whether this recording starts at an exit of another trace.
    pub fn is_side_trace(&self) -> bool {
        self.kind == TraceKind::Side
    }

    /// The frame depth (below the root) the recorder expects the interpreter to be at.
    pub fn expected_frames(&self) -> usize {
        self.root_fi + self.frames.len()
    }

    fn top_desc(&self) -> &FrameDesc {
        &self.frames_desc[self.frames.last().expect("root frame").desc as usize]
    }

    fn base_off(&self) -> u32 {
        self.top_desc().base_off
    }

    // ---- emission -------------------------------------------------------------

    fn emit(&mut self, op: Op, ty: Ty) -> Ref {
        let r = Ref(self.trace.ins.len() as u32);
        if matches!(op, Op::Call(h, _) if h.runs_python()) {
            self.known_shapes.clear();
            self.epoch_known = false;
        }
        self.trace.ins.push(Ins {
            op,
            ty,
            snap: None,
            line: self.line,
            depth: (self.frames.len() - 1) as u16,
        });
        r
    }

    fn guard(&mut self, op: Op, ty: Ty, snap: u32) -> Ref {
        let r = self.emit(op, ty);
        self.trace.ins[r.idx()].snap = Some(snap);
        r
    }

    /// A snapshot of the current state, resuming the innermost frame at `pc`.
    fn snapshot(&mut self, pc: u32, kind: ExitKind) -> u32 {
        let n = self.frames.len();
        let frames = self
            .frames
            .iter()
            .enumerate()
            .map(|(i, f)| SnapFrame {
                frame: f.desc,
                pc: if i + 1 == n { pc } else { f.resume_pc },
            })
            .collect();
        let slots = self
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.dirty)
            .map(|(i, s)| (i as u32, s.cur.expect("dirty slot has a value")))
            .collect();
        self.trace.snaps.push(Snapshot {
            frames,
            slots,
            kind,
        });
        (self.trace.snaps.len() - 1) as u32
    }

    fn slot_abs(&self, reg: u32) -> u32 {
        self.base_off() + reg
    }

    fn ensure_slot(&mut self, s: u32) {
        if s as usize >= self.slots.len() {
            self.slots.resize(s as usize + 1, SlotState::default());
        }
        self.slot_extent = self.slot_extent.max(s + 1);
    }

    /// The current IR value of register `reg` of the innermost frame.
    fn get(&mut self, reg: u32) -> Ref {
        let s = self.slot_abs(reg);
        self.ensure_slot(s);
        if let Some(r) = self.slots[s as usize].cur {
            return r;
        }
        let r = self.emit(Op::LoadSlot(s), Ty::Val);
        self.slots[s as usize].cur = Some(r);
        r
    }

    fn set(&mut self, reg: u32, r: Ref) {
        let s = self.slot_abs(reg);
        self.ensure_slot(s);
        self.slots[s as usize] = SlotState {
            cur: Some(r),
            dirty: true,
        };
    }

    fn actual(&self, vm: &Vm, reg: u32) -> Value {
        vm.stack.get(self.root_base + self.slot_abs(reg) as usize)
    }

    /// Register `reg` as an unboxed value of type `want` (Int, Float or Bool),
    /// guarding its type if not yet known; the slot then holds the unboxed value.
    fn typed_of(&mut self, reg: u32, pc: u32, want: Ty) -> Ref {
        let r = self.get(reg);
        if self.trace.ty(r) == want {
            return r;
        }
        let v = self.boxed(r);
        let op = match want {
            Ty::Int => Op::GuardInt(v),
            Ty::Float => Op::GuardFloat(v),
            _ => Op::GuardBool(v),
        };
        let sn = self.snapshot(pc, ExitKind::Resume);
        let g = self.guard(op, want, sn);
        let s = self.slot_abs(reg) as usize;
        self.slots[s].cur = Some(g);
        g
    }

    fn int_of(&mut self, reg: u32, pc: u32) -> Ref {
        self.typed_of(reg, pc, Ty::Int)
    }

    fn float_of(&mut self, reg: u32, pc: u32) -> Ref {
        self.typed_of(reg, pc, Ty::Float)
    }

    fn bool_of(&mut self, reg: u32, pc: u32) -> Ref {
        self.typed_of(reg, pc, Ty::Bool)
    }

    /// Register `reg` as a boxed value.
    fn val_of(&mut self, reg: u32) -> Ref {
        let r = self.get(reg);
        self.boxed(r)
    }

    fn boxed(&mut self, r: Ref) -> Ref {
        match self.trace.ty(r) {
            Ty::Val => r,
            _ => self.emit(Op::Box(r), Ty::Val),
        }
    }

    fn num_of(&mut self, vm: &Vm, o: Operand, pc: u32) -> Option<Num> {
        match o {
            Operand::Imm(i) => Some(Num::Int(self.emit(Op::Int(i), Ty::Int))),
            Operand::Slot(reg) => {
                let v = self.actual(vm, reg);
                if v.is_int() {
                    Some(Num::Int(self.int_of(reg, pc)))
                } else if v.is_float() {
                    Some(Num::Float(self.float_of(reg, pc)))
                } else {
                    None
                }
            }
        }
    }

    fn as_float(&mut self, n: Num) -> Ref {
        match n {
            Num::Float(r) => r,
            Num::Int(r) => self.emit(Op::IToF(r), Ty::Float),
        }
    }

    fn constant(&mut self, v: Value) -> Ref {
        if v.is_int() {
            self.emit(Op::Int(v.as_int()), Ty::Int)
        } else if v.is_float() {
            self.emit(Op::Float(v.as_f64()), Ty::Float)
        } else if v.is_bool() {
            self.emit(Op::Bool(v.as_bool()), Ty::Bool)
        } else {
            if v.is_obj() {
                self.consts.push(v);
            }
            self.emit(Op::Val(v.0), Ty::Val)
        }
    }

    /// Writes every dirty slot to memory (before a helper that reads the frame).
    fn flush(&mut self) {
        for s in 0..self.slots.len() {
            if self.slots[s].dirty {
                let r = self.slots[s].cur.expect("dirty slot has a value");
                self.emit(Op::StoreSlot(s as u32, r), Ty::Void);
                self.slots[s].dirty = false;
            }
        }
    }

    /// Writes the given registers of the innermost frame to memory.
    fn flush_regs(&mut self, regs: std::ops::Range<u32>) {
        for reg in regs {
            let s = self.slot_abs(reg) as usize;
            self.ensure_slot(s as u32);
            if self.slots[s].dirty {
                let r = self.slots[s].cur.expect("dirty slot has a value");
                self.emit(Op::StoreSlot(s as u32, r), Ty::Void);
                self.slots[s].dirty = false;
            }
        }
    }

    // ---- the hook -------------------------------------------------------------

    /// Records the instruction at `pc` of the innermost interpreter frame, which the
    /// interpreter is about to run.
    pub fn record(&mut self, vm: &Vm, pc: usize, lookup: &dyn TraceLookup) -> Flow {
        let depth = vm.frames.len();
        let expected = self.expected_frames();
        if depth > expected {
            // A callee the trace reaches through a helper: not recorded (and
            // not sped up by other traces meanwhile, so not for long).
            self.unrecorded += 1;
            if self.unrecorded > MAX_UNRECORDED {
                return Flow::Abort(AbortReason::CalleeTooLong);
            }
            return Flow::Continue;
        }
        if depth < expected {
            return Flow::Abort(AbortReason::LeftRootFrame);
        }
        if self.unsupported_frames {
            return Flow::Abort(AbortReason::UnexpectedFrame);
        }
        let frame = &vm.frames[depth - 1];
        if !std::ptr::eq(frame.code, self.top_desc().code) {
            return Flow::Abort(AbortReason::UnexpectedFrame);
        }
        let pc = pc as u32;
        if let Err(a) = self.complete_pending(pc) {
            return Flow::Abort(a);
        }
        if self.trace.ins.len() > self.limits.maxrecord {
            return Flow::Abort(AbortReason::TraceTooLong);
        }
        if self.trace.snaps.len() > self.limits.maxsnap {
            return Flow::Abort(AbortReason::TooManySnapshots);
        }
        let code = self.top_desc().code;
        let ins = code.instrs[pc as usize];
        self.line = code.line_of(pc as usize);
        self.bytecode.push(RecordedInstr {
            pc,
            line: self.line,
            depth: (self.frames.len() - 1) as u16,
            frame: self.frames.last().expect("frame").desc,
            text: format!("{ins:?}"),
        });
        self.record_instr(vm, code, ins, pc, lookup)
    }

    /// Learns how the previous control-flow instruction went.
    fn complete_pending(&mut self, pc: u32) -> Result<(), AbortReason> {
        match std::mem::replace(&mut self.pending, Pending::None) {
            Pending::None => {}
            Pending::Branch {
                cond,
                jump_if,
                target,
                next,
            } => {
                if target == next {
                    return Ok(());
                }
                let taken = pc == target;
                if !taken && pc != next {
                    return Err(AbortReason::UnexpectedFrame);
                }
                // The cond had the value that sends control where it went; an exit
                // resumes on the other side.
                let went = if taken { jump_if } else { !jump_if };
                let other = if taken { next } else { target };
                let sn = self.snapshot(other, ExitKind::Resume);
                match cond {
                    Cond::Bool(c) => {
                        let op = if went {
                            Op::GuardTrue(c)
                        } else {
                            Op::GuardFalse(c)
                        };
                        self.guard(op, Ty::Void, sn);
                    }
                    Cond::Raw(c) => {
                        self.guard(Op::GuardIs(c, went as u64), Ty::Void, sn);
                    }
                }
            }
            Pending::Iter {
                result,
                dst,
                target,
                next,
            } => {
                if pc == next {
                    let sn = self.snapshot(target, ExitKind::Resume);
                    self.guard(Op::GuardIsNot(result, EMPTY_BITS), Ty::Void, sn);
                    self.set(dst, result);
                } else if pc == target {
                    return Err(AbortReason::LoopExited);
                } else {
                    return Err(AbortReason::UnexpectedFrame);
                }
            }
            Pending::RangeIter {
                ptr,
                cur,
                step,
                more,
                dst,
                pc: iter_pc,
                target,
                next,
            } => {
                if pc == next {
                    let sn = self.snapshot(target, ExitKind::Resume);
                    self.guard(Op::GuardTrue(more), Ty::Void, sn);
                    // An exit before the store re-runs ForIter in the interpreter.
                    let sn = self.snapshot(iter_pc, ExitKind::Resume);
                    let zero = self.emit(Op::Int(0), Ty::Int);
                    let value = self.guard(Op::AddOv(cur, zero), Ty::Int, sn);
                    let following = self.guard(Op::AddOv(value, step), Ty::Int, sn);
                    self.emit(Op::StoreMut(ptr, 0, following), Ty::Void);
                    self.set(dst, value);
                } else if pc == target {
                    return Err(AbortReason::LoopExited);
                } else {
                    return Err(AbortReason::UnexpectedFrame);
                }
            }
            Pending::CallDone { result, dst, next } => {
                if pc != next {
                    return Err(AbortReason::UnexpectedFrame);
                }
                self.set(dst, result);
            }
        }
        Ok(())
    }

    fn record_instr(
        &mut self,
        vm: &Vm,
        code: &'static Code,
        ins: Instr,
        pc: u32,
        lookup: &dyn TraceLookup,
    ) -> Flow {
        let next = pc + 1;
        match ins {
            Instr::Nop | Instr::Jump { .. } => {}
            Instr::LoadConst { dst, idx } => {
                let r = self.constant(code.consts[idx as usize]);
                self.set(dst as u32, r);
            }
            Instr::Move { dst, src } => {
                let r = self.get(src as u32);
                self.set(dst as u32, r);
            }
            Instr::Loop { .. } => {
                if self.frames.len() == 1 && pc == self.loop_pc {
                    // Back to the header: make memory canonical again.
                    self.flush();
                    self.trace.loops = true;
                    return Flow::Finish(Link::Loop);
                }
                if self.frames.len() == 1 {
                    if let Some(t) = lookup.loop_trace(code, pc as usize) {
                        self.snapshot(pc, ExitKind::Resume);
                        return Flow::Finish(Link::Trace(t));
                    }
                    self.blocked_by = Some(&code.hot[pc as usize]);
                }
                return Flow::Abort(AbortReason::InnerLoop);
            }
            Instr::Add { dst, a, b } => {
                self.arith(vm, BinOp::Add, dst, a, Operand::Slot(b as u32), pc);
            }
            Instr::Sub { dst, a, b } => {
                self.arith(vm, BinOp::Sub, dst, a, Operand::Slot(b as u32), pc);
            }
            Instr::Mul { dst, a, b } => {
                self.arith(vm, BinOp::Mul, dst, a, Operand::Slot(b as u32), pc);
            }
            Instr::AddImm { dst, a, imm } => {
                self.arith(vm, BinOp::Add, dst, a, Operand::Imm(imm as i64), pc);
            }
            Instr::Binary { op, dst, a, b } | Instr::Inplace { op, dst, a, b } => {
                self.arith(vm, op, dst, a, Operand::Slot(b as u32), pc);
            }
            Instr::Compare { op, dst, a, b } => {
                match self.compare(vm, op, a as u32, Operand::Slot(b as u32), pc) {
                    Some(Cond::Bool(c)) => self.set(dst as u32, c),
                    _ => self.step(ins, pc),
                }
            }
            Instr::CmpJumpIfFalse { op, a, b, target } => {
                let cond = match self.compare(vm, op, a as u32, Operand::Slot(b as u32), pc) {
                    Some(c) => c,
                    None => self.compare_truth(op, a as u32, Operand::Slot(b as u32), pc),
                };
                self.pending = Pending::Branch {
                    cond,
                    jump_if: false,
                    target,
                    next,
                };
            }
            Instr::CmpImmJumpIfFalse { op, a, imm, target } => {
                let b = Operand::Imm(imm as i64);
                let cond = match self.compare(vm, op, a as u32, b, pc) {
                    Some(c) => c,
                    None => self.compare_truth(op, a as u32, b, pc),
                };
                self.pending = Pending::Branch {
                    cond,
                    jump_if: false,
                    target,
                    next,
                };
            }
            Instr::JumpIfFalse { cond, target } | Instr::JumpIfTrue { cond, target } => {
                let jump_if = matches!(ins, Instr::JumpIfTrue { .. });
                if let Some(c) = self.truth(vm, cond as u32, pc) {
                    self.pending = Pending::Branch {
                        cond: c,
                        jump_if,
                        target,
                        next,
                    };
                }
            }
            Instr::Unary { op, dst, src } => {
                let x = self.actual(vm, src as u32);
                let r = match op {
                    UnOp::Neg
                        if x.is_int() && x.as_int() != crate::runtime::value::SMALL_INT_MIN =>
                    {
                        let a = self.int_of(src as u32, pc);
                        let z = self.emit(Op::Int(0), Ty::Int);
                        let sn = self.snapshot(pc, ExitKind::Resume);
                        Some(self.guard(Op::SubOv(z, a), Ty::Int, sn))
                    }
                    UnOp::Neg if x.is_float() => {
                        let a = self.float_of(src as u32, pc);
                        Some(self.emit(Op::FNeg(a), Ty::Float))
                    }
                    // ~x == x ^ -1 for every int.
                    UnOp::Invert if x.is_int() => {
                        let a = self.int_of(src as u32, pc);
                        let m = self.emit(Op::Int(-1), Ty::Int);
                        Some(self.emit(Op::BitXor(a, m), Ty::Int))
                    }
                    UnOp::Not if x.is_bool() => {
                        let a = self.bool_of(src as u32, pc);
                        Some(self.emit(Op::Not(a), Ty::Bool))
                    }
                    _ => None,
                };
                match r {
                    Some(r) => self.set(dst as u32, r),
                    None => self.step(ins, pc),
                }
            }
            Instr::CheckBound { reg, .. } => {
                let v = self.val_of(reg as u32);
                let sn = self.snapshot(pc, ExitKind::Resume);
                self.guard(Op::GuardIsNot(v, EMPTY_BITS), Ty::Void, sn);
            }
            Instr::LoadGlobal { dst, slot } => {
                let module = self.top_desc().module;
                let r = match super::layout::vec_items_ptr_offset() {
                    // Two loads in machine code: the module's value vector
                    // (inside its boxed `ModuleObj`, which never moves) has a
                    // buffer that moves only when a global is added.
                    Some(_) => {
                        self.constant(module);
                        let values = &vm.module_globals(module).get().values;
                        let vec_addr = values as *const Vec<Value> as i64;
                        let a = self.emit(Op::Int(vec_addr), Ty::Int);
                        let v = self.emit(Op::GlobalLoad(a, slot), Ty::Val);
                        // Unbound: the interpreter finds the builtin or raises.
                        let sn = self.snapshot(pc, ExitKind::Resume);
                        self.guard(Op::GuardIsNot(v, EMPTY_BITS), Ty::Void, sn);
                        v
                    }
                    None => {
                        let m = self.constant(module);
                        let s = self.emit(Op::Int(slot as i64), Ty::Int);
                        self.call_or_exit(Helper::LoadGlobal, vec![m, s], pc)
                    }
                };
                self.set(dst as u32, r);
            }
            Instr::LoadCell { dst, cell, .. } if super::layout::cell_layout().is_some() => {
                let c = self.val_of(cell as u32);
                let sn = self.snapshot(pc, ExitKind::Resume);
                self.guard(Op::GuardCell(c), Ty::Void, sn);
                let v = self.emit(Op::CellLoad(c), Ty::Val);
                // Unbound: the interpreter raises.
                self.guard(Op::GuardIsNot(v, EMPTY_BITS), Ty::Void, sn);
                self.set(dst as u32, v);
            }
            Instr::StoreCell { cell, src } if super::layout::cell_layout().is_some() => {
                let c = self.val_of(cell as u32);
                let sn = self.snapshot(pc, ExitKind::Resume);
                self.guard(Op::GuardCell(c), Ty::Void, sn);
                let v = self.val_of(src as u32);
                self.emit(Op::CellStore(c, v), Ty::Void);
            }
            Instr::BuildList { dst, start, count } if count <= 2 => {
                let n = self.emit(Op::Int(count as i64), Ty::Int);
                let empty = self.constant(Value::EMPTY);
                let items: Vec<Ref> = (0..2u32)
                    .map(|i| {
                        if i < count as u32 {
                            self.val_of(start as u32 + i)
                        } else {
                            empty
                        }
                    })
                    .collect();
                let r = self.emit(
                    Op::Call(Helper::BuildList, vec![n, items[0], items[1]]),
                    Ty::Val,
                );
                self.set(dst as u32, r);
            }
            Instr::GetItem { dst, obj, key } => {
                if self.is_list(vm, obj as u32) && self.actual(vm, key as u32).is_int() {
                    let l = self.val_of(obj as u32);
                    let k = self.int_of(key as u32, pc);
                    let r = match self.list_item(vm, l, k, key as u32, pc) {
                        Some((items, k)) => self.emit(Op::ItemLoad(items, k), Ty::Val),
                        None => self.call_or_exit(Helper::ListGet, vec![l, k], pc),
                    };
                    self.set(dst as u32, r);
                } else {
                    self.step(ins, pc);
                }
            }
            Instr::SetItem { obj, key, src } => {
                if self.is_list(vm, obj as u32) && self.actual(vm, key as u32).is_int() {
                    let l = self.val_of(obj as u32);
                    let k = self.int_of(key as u32, pc);
                    let v = self.val_of(src as u32);
                    match self.list_item(vm, l, k, key as u32, pc) {
                        Some((items, k)) => {
                            self.emit(Op::ItemStore(items, k, v), Ty::Void);
                        }
                        None => {
                            self.call_or_exit(Helper::ListSet, vec![l, k, v], pc);
                        }
                    }
                } else {
                    self.step(ins, pc);
                }
            }
            Instr::GetAttr { dst, obj, name } => {
                if let Some(slot) = self.instance_slot(vm, code, pc, obj as u32) {
                    let o = self.val_of(obj as u32);
                    let r = self.emit(Op::LoadAttr(o, slot), Ty::Val);
                    self.set(dst as u32, r);
                } else if self.cache_hits(vm, code, pc, obj as u32, CacheKind::InstanceSlot) {
                    let o = self.val_of(obj as u32);
                    let c = self.cache_ref(code, pc);
                    let r = self.call_or_exit(Helper::GetAttrCached, vec![o, c], pc);
                    self.set(dst as u32, r);
                } else if let Some(r) = self.module_attr(vm, code, pc, obj as u32, name) {
                    self.set(dst as u32, r);
                } else {
                    self.step(ins, pc);
                }
            }
            Instr::SetAttr { obj, src, .. } => {
                if let Some(slot) = self.instance_slot(vm, code, pc, obj as u32) {
                    let o = self.val_of(obj as u32);
                    let v = self.val_of(src as u32);
                    self.emit(Op::StoreAttr(o, slot, v), Ty::Void);
                } else if self.cache_hits(vm, code, pc, obj as u32, CacheKind::InstanceSlot) {
                    let o = self.val_of(obj as u32);
                    let c = self.cache_ref(code, pc);
                    let v = self.val_of(src as u32);
                    self.call_or_exit(Helper::SetAttrCached, vec![o, c, v], pc);
                } else if self.cache_hits(vm, code, pc, obj as u32, CacheKind::AddSlot) {
                    let o = self.val_of(obj as u32);
                    let c = self.cache_ref(code, pc);
                    let v = self.val_of(src as u32);
                    self.call_or_exit(Helper::AddAttrCached, vec![o, c, v], pc);
                    // The instance moved to the cache's next shape (shapes only
                    // grow, so other values' known slots stay valid).
                    let cache = code.attr_cache[pc as usize].get();
                    if let Some(next) = cache.next {
                        self.known_shapes.retain(|k| k.0 != o);
                        self.known_shapes.push((o, cache.class, next.id));
                    }
                } else {
                    self.step(ins, pc);
                }
            }
            Instr::LoadMethod { dst, obj, name } => {
                let method_name = &code.names[name as usize];
                if let Some(method) = self.instance_method(vm, code, pc, obj as u32, method_name) {
                    let o = self.val_of(obj as u32);
                    let m = self.constant(method);
                    self.set(dst as u32, m);
                    self.set(dst as u32 + 1, o);
                } else if self.cache_hits(vm, code, pc, obj as u32, CacheKind::Method) {
                    let o = self.val_of(obj as u32);
                    let c = self.cache_ref(code, pc);
                    let r = self.call_or_exit(Helper::LoadMethodCached, vec![o, c], pc);
                    self.set(dst as u32, r);
                    self.set(dst as u32 + 1, o);
                } else if let Some(r) = self.module_attr(vm, code, pc, obj as u32, name) {
                    // A module's function is not a method: no receiver.
                    self.set(dst as u32, r);
                    let empty = self.constant(Value::EMPTY);
                    self.set(dst as u32 + 1, empty);
                } else {
                    self.step(ins, pc);
                }
            }
            Instr::ForIter { dst, iter, target } => {
                let it = self.actual(vm, iter as u32);
                if let Some(ObjData::Iter(st)) = it.as_obj().map(|o| &o.data) {
                    let fields = super::helpers::range_field_offsets(st.get());
                    if let (Some((off_stop, off_step)), IterState::Range { step, .. }) =
                        (fields, st.get())
                    {
                        let up = *step > 0;
                        let itv = self.val_of(iter as u32);
                        let sn = self.snapshot(pc, ExitKind::Resume);
                        let ptr = self.emit(Op::Call(Helper::RangePtr, vec![itv]), Ty::Int);
                        self.guard(Op::GuardIsNot(ptr, MISS_BITS), Ty::Void, sn);
                        let stop = self.emit(Op::LoadField(ptr, off_stop), Ty::Int);
                        let step_raw = self.emit(Op::LoadField(ptr, off_step), Ty::Int);
                        let zero = self.emit(Op::Int(0), Ty::Int);
                        // The step is small (so `cur + step` is exact) and keeps its sign.
                        let step = self.guard(Op::AddOv(step_raw, zero), Ty::Int, sn);
                        let cmp = if up { CmpOp::Gt } else { CmpOp::Lt };
                        let sign = self.emit(Op::ICmp(cmp, step, zero), Ty::Bool);
                        self.guard(Op::GuardTrue(sign), Ty::Void, sn);
                        let cur = self.emit(Op::LoadMut(ptr, 0), Ty::Int);
                        let cmp = if up { CmpOp::Lt } else { CmpOp::Gt };
                        let more = self.emit(Op::ICmp(cmp, cur, stop), Ty::Bool);
                        self.pending = Pending::RangeIter {
                            ptr,
                            cur,
                            step,
                            more,
                            dst: self.slot_rel(dst as u32),
                            pc,
                            target,
                            next,
                        };
                        return Flow::Continue;
                    }
                }
                let itv = self.val_of(iter as u32);
                let result = self.emit(Op::Call(Helper::IterNext, vec![itv]), Ty::Val);
                let sn = self.snapshot(next, ExitKind::Raise);
                self.guard(Op::GuardIsNot(result, ERR_BITS), Ty::Void, sn);
                self.pending = Pending::Iter {
                    result,
                    dst: self.slot_rel(dst as u32),
                    target,
                    next,
                };
            }
            Instr::Call { dst, func, argc } => {
                let f = self.actual(vm, func as u32);
                if argc == 1 && self.float_intrinsic(vm, f, func as u32, None, dst as u32, pc) {
                    // Recorded as a float instruction.
                } else if self.range_call(vm, f, func as u32, argc as u32, dst as u32, pc) {
                    // A new range from small ints.
                } else if let Some(h) = type_query(vm, f, argc as u32) {
                    // `type(x)` or `isinstance(x, cls)`: no call.
                    let fv = self.val_of(func as u32);
                    let sn = self.snapshot(pc, ExitKind::Resume);
                    self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
                    let x = self.val_of(func as u32 + 1);
                    let r = if h == Helper::TypeOf {
                        self.emit(Op::Call(h, vec![x]), Ty::Val)
                    } else {
                        let cls = self.val_of(func as u32 + 2);
                        self.call_or_exit(h, vec![x, cls], pc)
                    };
                    self.set(dst as u32, r);
                } else if let Some(which) =
                    builtin1(f, argc as u32, self.actual(vm, func as u32 + 1))
                {
                    // `len(x)` or `ord(x)`: no call; a list's length in machine code.
                    let fv = self.val_of(func as u32);
                    let sn = self.snapshot(pc, ExitKind::Resume);
                    self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
                    let x = self.val_of(func as u32 + 1);
                    let list = self.is_list(vm, func as u32 + 1);
                    let r = if which == super::helpers::BUILTIN1_LEN
                        && list
                        && super::layout::list_layout().is_some()
                    {
                        self.guard(Op::GuardList(x), Ty::Void, sn);
                        self.emit(Op::ListLen(x), Ty::Int)
                    } else {
                        let w = self.emit(Op::Int(which), Ty::Int);
                        self.call_or_exit(Helper::Builtin1, vec![x, w], pc)
                    };
                    self.set(dst as u32, r);
                } else if let Some(callee) = self.inlinable(f, argc as usize) {
                    let fv = self.val_of(func as u32);
                    let sn = self.snapshot(pc, ExitKind::Resume);
                    self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
                    self.enter_inline(callee, f, func as u32 + 1, dst as u32, next, false);
                } else if let Some((init, code)) = self.constructor(vm, f, argc as usize) {
                    // As the interpreter's construct cache does: a new instance in
                    // the callee's register (the first argument of `__init__`),
                    // then `__init__` inlined.
                    let fv = self.val_of(func as u32);
                    let sn = self.snapshot(pc, ExitKind::Resume);
                    self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
                    let class = self.constant(f);
                    let epoch = self.emit(Op::Int(vm.class_epoch as i64), Ty::Int);
                    let inst = self.call_or_exit(Helper::NewInstance, vec![class, epoch], pc);
                    self.set(func as u32, inst);
                    self.enter_inline(code, init, func as u32, dst as u32, next, true);
                } else if let Some((target, callee)) = self.direct_call(lookup, f, argc as usize) {
                    let fv = self.val_of(func as u32);
                    let sn = self.snapshot(pc, ExitKind::Resume);
                    self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
                    self.call_trace(
                        target,
                        callee,
                        func as u32 + 1,
                        argc as u32,
                        dst as u32,
                        next,
                    );
                } else if let Some(callee) = self.untraced_callee(f, argc as usize) {
                    self.blocked_by = Some(&callee.entry_hot);
                    return Flow::Abort(AbortReason::CalleeNotCompiled);
                } else if self.is_side_trace() && is_python_function(f) {
                    // A side trace stops before a Python call it cannot inline: the
                    // interpreter makes the call with a frame push, which is cheaper
                    // than a nested run from a helper.
                    self.snapshot(pc, ExitKind::Resume);
                    return Flow::Finish(Link::Interp);
                } else {
                    self.flush_regs(func as u32..func as u32 + 1 + argc as u32);
                    let s = self.emit(Op::Int(self.slot_abs(func as u32) as i64), Ty::Int);
                    let n = self.emit(Op::Int(argc as i64), Ty::Int);
                    // The inlined depth, so that the recursion limit counts inlined frames.
                    let d = self.emit(Op::Int(self.frames.len() as i64 - 1), Ty::Int);
                    let r = self.emit(Op::Call(Helper::Call, vec![s, n, d]), Ty::Val);
                    let sn = self.snapshot(next, ExitKind::Raise);
                    self.guard(Op::GuardIsNot(r, ERR_BITS), Ty::Void, sn);
                    self.pending = Pending::CallDone {
                        result: r,
                        dst: self.slot_rel(dst as u32),
                        next,
                    };
                }
            }
            Instr::CallMethod {
                dst,
                base: mb,
                argc,
            } => {
                let f = self.actual(vm, mb as u32);
                let recv = self.actual(vm, mb as u32 + 1);
                let (first, n) = if recv.is_empty() {
                    (mb as u32 + 2, argc as usize)
                } else {
                    (mb as u32 + 1, argc as usize + 1)
                };
                let intrinsic = recv.is_empty()
                    && argc == 1
                    && self.float_intrinsic(vm, f, mb as u32, Some(mb as u32 + 1), dst as u32, pc);
                if intrinsic {
                    // Recorded as a float instruction.
                } else if let Some(h) = list_method(f, recv, argc as u32) {
                    let fv = self.val_of(mb as u32);
                    let sn = self.snapshot(pc, ExitKind::Resume);
                    self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
                    let mut args = vec![self.val_of(mb as u32 + 1)];
                    if h == Helper::ListAppend {
                        args.push(self.val_of(mb as u32 + 2));
                    }
                    let r = self.call_or_exit(h, args, pc);
                    self.set(dst as u32, r);
                } else if let Some(callee) = self.inlinable(f, n) {
                    self.guard_method_pair(mb as u32, f, recv.is_empty(), pc);
                    self.enter_inline(callee, f, first, dst as u32, next, false);
                } else if let Some((target, callee)) = self.direct_call(lookup, f, n) {
                    self.guard_method_pair(mb as u32, f, recv.is_empty(), pc);
                    self.call_trace(target, callee, first, n as u32, dst as u32, next);
                } else if let Some(callee) = self.untraced_callee(f, n) {
                    self.blocked_by = Some(&callee.entry_hot);
                    return Flow::Abort(AbortReason::CalleeNotCompiled);
                } else if self.is_side_trace() && is_python_function(f) {
                    // As for `Call`: the interpreter makes this call.
                    self.snapshot(pc, ExitKind::Resume);
                    return Flow::Finish(Link::Interp);
                } else {
                    self.flush_regs(mb as u32..mb as u32 + 2 + argc as u32);
                    let s = self.emit(Op::Int(self.slot_abs(mb as u32) as i64), Ty::Int);
                    let n = self.emit(Op::Int(argc as i64), Ty::Int);
                    // The inlined depth, so that the recursion limit counts inlined frames.
                    let d = self.emit(Op::Int(self.frames.len() as i64 - 1), Ty::Int);
                    let r = self.emit(Op::Call(Helper::CallMethod, vec![s, n, d]), Ty::Val);
                    let sn = self.snapshot(next, ExitKind::Raise);
                    self.guard(Op::GuardIsNot(r, ERR_BITS), Ty::Void, sn);
                    self.pending = Pending::CallDone {
                        result: r,
                        dst: self.slot_rel(dst as u32),
                        next,
                    };
                }
            }
            Instr::Return { src } if self.frames.len() > 1 => {
                let mut v = self.get(src as u32);
                if self.top_desc().constructs {
                    // `__init__` returns None (else the interpreter raises), and the
                    // call returns the instance.
                    let returned = self.boxed(v);
                    let sn = self.snapshot(pc, ExitKind::Resume);
                    self.guard(Op::GuardIs(returned, Value::NONE.0), Ty::Void, sn);
                    v = self.get(0);
                }
                let callee = self.frames.pop().expect("inlined frame");
                let desc = self.frames_desc[callee.desc as usize].clone();
                // The callee's registers are dead; the caller's above its call are
                // temporaries it rewrites before reading.
                for s in desc.base_off as usize..self.slots.len() {
                    self.slots[s] = SlotState::default();
                }
                let caller_base = self.base_off();
                let _ = callee;
                let next = self.frames.last().expect("caller frame").resume_pc;
                self.pending = Pending::CallDone {
                    result: v,
                    dst: desc.ret_off - caller_base,
                    next,
                };
            }
            Instr::GetIter { .. } if self.fused_get_iter == Some((self.frames.len(), pc)) => {
                self.fused_get_iter = None;
            }
            Instr::GetIter { dst, src } if iterates_natively(self.actual(vm, src as u32)) => {
                let v = self.val_of(src as u32);
                let r = self.call_or_exit(Helper::IterOf, vec![v], pc);
                self.set(dst as u32, r);
            }
            ins if is_simple(&ins) => self.step(ins, pc),
            Instr::Return { src } => {
                // The root frame returns: the interpreter pops it (it knows where
                // the call came from), or a trace that called this function
                // trace takes the value from register `src`.
                self.snapshot(pc, ExitKind::Return(src));
                return Flow::Finish(Link::Return);
            }
            _ => {
                // Control flow the trace does not follow (raise, yield, handlers,
                // keyword calls, returning from the root frame): leave here.
                self.snapshot(pc, ExitKind::Resume);
                return Flow::Finish(Link::Interp);
            }
        }
        Flow::Continue
    }

    /// A register of the innermost frame as the frame-relative number `set` takes.
    fn slot_rel(&self, reg: u32) -> u32 {
        reg
    }

    /// The item buffer and checked index of `list[k]` in machine code, when the
    /// list layout is known: guards that `list` is a list and that the index
    /// (normalized the way it is now: from the end when `key_reg` holds a
    /// negative int) is in range. Any failure resumes at `pc`, where the
    /// interpreter raises or goes the generic way.
    fn list_item(
        &mut self,
        vm: &Vm,
        list: Ref,
        k: Ref,
        key_reg: u32,
        pc: u32,
    ) -> Option<(Ref, Ref)> {
        super::layout::list_layout()?;
        let sn = self.snapshot(pc, ExitKind::Resume);
        self.guard(Op::GuardList(list), Ty::Void, sn);
        let len = self.emit(Op::ListLen(list), Ty::Int);
        let k = if self.actual(vm, key_reg).as_int() < 0 {
            self.guard(Op::AddOv(k, len), Ty::Int, sn)
        } else {
            k
        };
        self.guard(Op::GuardIndex(k, len), Ty::Void, sn);
        let items = self.emit(Op::ListItems(list), Ty::Int);
        Some((items, k))
    }

    fn is_list(&self, vm: &Vm, reg: u32) -> bool {
        matches!(
            self.actual(vm, reg).as_obj().map(|o| &o.data),
            Some(ObjData::List(_))
        )
    }

    /// The inline cache of the instruction at `pc`, frozen as it is now.
    fn cache_ref(&mut self, code: &'static Code, pc: u32) -> Ref {
        let frozen = Box::new(code.attr_cache[pc as usize].get());
        if frozen.value.is_obj() {
            self.consts.push(frozen.value);
        }
        let p = &*frozen as *const AttrCache as i64;
        self.caches.push(frozen);
        self.emit(Op::Int(p), Ty::Int)
    }

    /// Whether the inline cache of the attribute instruction at `pc` would hit for
    /// the receiver in `reg` right now.
    /// `module.name` where `obj` holds a module whose global `name` is bound (not a
    /// builtin showing through): guard the module object, then read the slot.
    fn module_attr(&mut self, vm: &Vm, code: &Code, pc: u32, obj: u32, name: u32) -> Option<Ref> {
        let m = self.actual(vm, obj);
        let Some(ObjData::Module(mo)) = m.as_obj().map(|o| &o.data) else {
            return None;
        };
        let attr = code.names.get(name as usize)?;
        if &**attr == "__dict__" {
            return None;
        }
        let g = mo.globals.get();
        let &slot = g.slots.get(&**attr)?;
        g.get(attr)?;
        let ov = self.val_of(obj);
        let sn = self.snapshot(pc, ExitKind::Resume);
        let mc = self.constant(m);
        self.guard(Op::GuardIs(ov, m.0), Ty::Void, sn);
        let s = self.emit(Op::Int(slot as i64), Ty::Int);
        Some(self.call_or_exit(Helper::ModuleAttr, vec![mc, s], pc))
    }

    /// A call of `math.sqrt` or `math.fabs` (the callee in `func`, with `recv` the
    /// empty receiver of a method-style call) on a float: a float instruction.
    fn float_intrinsic(
        &mut self,
        vm: &Vm,
        f: Value,
        func: u32,
        recv: Option<u32>,
        dst: u32,
        pc: u32,
    ) -> bool {
        use crate::runtime::modules::math;
        let Some(ObjData::Native(n)) = f.as_obj().map(|o| &o.data) else {
            return false;
        };
        let addr = n.func as usize;
        let sqrt = addr == math::SQRT as usize;
        if !n.receiver.is_empty() || !(sqrt || addr == math::FABS as usize) {
            return false;
        }
        let arg = recv.map_or(func + 1, |r| r + 1);
        if !self.actual(vm, arg).is_float() {
            return false;
        }
        let fv = self.val_of(func);
        let sn = self.snapshot(pc, ExitKind::Resume);
        self.constant(f);
        self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
        if let Some(r) = recv {
            let rv = self.val_of(r);
            self.guard(Op::GuardIs(rv, EMPTY_BITS), Ty::Void, sn);
        }
        let x = self.float_of(arg, pc);
        let r = if sqrt {
            self.guard(Op::FSqrt(x), Ty::Float, sn)
        } else {
            self.emit(Op::FAbs(x), Ty::Float)
        };
        self.set(dst, r);
        true
    }

    /// `range(...)` of one to three small ints: a new range object through
    /// `NewRange` (which misses on a zero step, for the interpreter to raise).
    fn range_call(&mut self, vm: &Vm, f: Value, func: u32, argc: u32, dst: u32, pc: u32) -> bool {
        if f != vm.types.range
            || !(1..=3).contains(&argc)
            || !(1..=argc).all(|i| self.actual(vm, func + i).is_int())
        {
            return false;
        }
        let fv = self.val_of(func);
        let sn = self.snapshot(pc, ExitKind::Resume);
        self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
        let args: Vec<Ref> = (1..=argc).map(|i| self.int_of(func + i, pc)).collect();
        let zero = self.emit(Op::Int(0), Ty::Int);
        let one = self.emit(Op::Int(1), Ty::Int);
        let (start, stop, step) = match args[..] {
            [stop] => (zero, stop, one),
            [start, stop] => (start, stop, one),
            [start, stop, step] => (start, stop, step),
            _ => return false,
        };
        // `for x in range(...)` evaluates the range into the register that then
        // holds its iterator: make the iterator directly (one object, not two).
        // Between the two instructions the slot holds the iterator, which
        // `GetIter` of it returns unchanged, so an exit there stays exact.
        let next = self.top_desc().code.instrs.get(pc as usize + 1).copied();
        let fused =
            matches!(next, Some(Instr::GetIter { dst: d, src: s }) if d == s && d as u32 == dst);
        let helper = if fused {
            self.fused_get_iter = Some((self.frames.len(), pc + 1));
            Helper::RangeIter
        } else {
            Helper::NewRange
        };
        let r = self.call_or_exit(helper, vec![start, stop, step], pc);
        self.set(dst, r);
        true
    }

    fn cache_hits(&self, vm: &Vm, code: &Code, pc: u32, reg: u32, kind: CacheKind) -> bool {
        let c = code.attr_cache[pc as usize].get();
        if c.kind != kind || c.epoch != vm.class_epoch {
            return false;
        }
        match self.actual(vm, reg).as_obj().map(|x| &x.data) {
            Some(ObjData::Instance(inst)) => {
                c.class == inst.class.get().bits() && c.shape == inst.attrs.get().shape_id()
            }
            Some(ObjData::List(_)) if kind == CacheKind::Method => c.class == vm.types.list.bits(),
            Some(ObjData::Dict(_)) if kind == CacheKind::Method => c.class == vm.types.dict.bits(),
            Some(ObjData::Str(_)) if kind == CacheKind::Method => c.class == vm.types.str_.bits(),
            _ => false,
        }
    }

    /// The attribute slot an `InstanceSlot` inline cache names, when it applies to
    /// the instance in `reg`: guards its class and shape (and the class epoch)
    /// unless already proved.
    fn instance_slot(&mut self, vm: &Vm, code: &Code, pc: u32, reg: u32) -> Option<u32> {
        if !self.cache_hits(vm, code, pc, reg, CacheKind::InstanceSlot) {
            return None;
        }
        let c = code.attr_cache[pc as usize].get();
        self.guard_instance(vm, reg, c.class, c.shape, pc)?;
        Some(c.slot)
    }

    /// The method a `Method` inline cache holds, when it applies to the instance
    /// in `reg` (guarded as for `instance_slot`).
    ///
    /// At a polymorphic site the inline cache holds another class's method; the
    /// VM-wide method cache (which the interpreter fills for every class it
    /// sees there) then gives this receiver's, so each class's path through the
    /// site is specialized in its own trace instead of calling the interpreter.
    fn instance_method(
        &mut self,
        vm: &Vm,
        code: &Code,
        pc: u32,
        reg: u32,
        name: &str,
    ) -> Option<Value> {
        let o = self.actual(vm, reg);
        if !matches!(o.as_obj().map(|o| &o.data), Some(ObjData::Instance(_))) {
            return None;
        }
        let (class, shape) = vm.method_key(o)?;
        let method = vm.cached_method(&code.attr_cache[pc as usize], o, name)?;
        self.guard_instance(vm, reg, class, shape, pc)?;
        Some(method)
    }

    /// Guards that the instance in `reg` has this class and shape and that no
    /// class changed, each unless already proved; None when machine code cannot
    /// read instances in this build.
    fn guard_instance(&mut self, vm: &Vm, reg: u32, class: u64, shape: u32, pc: u32) -> Option<()> {
        crate::jit::layout::instance_layout()?;
        let o = self.val_of(reg);
        let mut sn = None;
        if !self.known_shapes.contains(&(o, class, shape)) {
            let s = self.snapshot(pc, ExitKind::Resume);
            sn = Some(s);
            self.guard(Op::GuardShape(o, class, shape), Ty::Void, s);
            self.known_shapes.push((o, class, shape));
            // The class must outlive the trace: its bits are compared.
            self.consts.push(Value(class));
        }
        if !self.epoch_known {
            let s = match sn {
                Some(s) => s,
                None => self.snapshot(pc, ExitKind::Resume),
            };
            self.guard(Op::GuardEpoch(vm.class_epoch), Ty::Void, s);
            self.epoch_known = true;
        }
        Some(())
    }

    /// The code of a Python function the interpreter calls by pushing a frame in
    /// its own loop, when the trace may inline it.
    fn inlinable(&self, f: Value, nargs: usize) -> Option<&'static Code> {
        let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) else {
            return None;
        };
        let code = crate::interp::call::code_of(fo.code);
        if !code.is_simple_call() || code.params.positional as usize != nargs {
            return None;
        }
        // Natives that ask for "the current module" (`globals()`, `type(name, ...)`)
        // look at the interpreter's frames, where inlined frames are missing: only
        // callees of the root frame's module are inlined.
        if fo.module.0 != self.frames_desc[0].module.0 {
            return None;
        }
        if self.frames.len() > self.limits.maxinline {
            return None;
        }
        // A callee with a loop of its own gets its own trace.
        if code.instrs.iter().any(|i| matches!(i, Instr::Loop { .. })) {
            return None;
        }
        // Unroll recursion at most twice.
        let again = self
            .frames
            .iter()
            .filter(|f| std::ptr::eq(self.frames_desc[f.desc as usize].code, code))
            .count();
        if again >= 2 {
            return None;
        }
        Some(code)
    }

    /// `cls(n args)` for a plain class the interpreter constructs through its
    /// construct cache, whose `__init__` the trace may inline: that function and
    /// its code.
    fn constructor(&self, vm: &Vm, cls: Value, n: usize) -> Option<(Value, &'static Code)> {
        let init = vm.construct_plan(cls, n)?;
        let code = self.inlinable(init, n + 1)?;
        code.first_param_fixed.then_some((init, code))
    }

    fn enter_inline(
        &mut self,
        code: &'static Code,
        f: Value,
        first_arg: u32,
        dst: u32,
        next: u32,
        constructs: bool,
    ) {
        let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) else {
            return;
        };
        let base_off = self.slot_abs(first_arg);
        let ret_off = self.slot_abs(dst);
        self.consts.push(f);
        let desc = FrameDesc {
            code,
            code_val: fo.code,
            func: f,
            module: fo.module,
            base_off,
            ret_off,
            constructs,
        };
        self.frames_desc.push(desc);
        if let Some(top) = self.frames.last_mut() {
            top.resume_pc = next;
        }
        self.frames.push(RecFrame {
            desc: (self.frames_desc.len() - 1) as u32,
            resume_pc: 0,
        });
        self.max_depth = self.max_depth.max(self.frames.len() - 1);
        // The interpreter clears the callee's non-parameter registers on entry.
        let empty = self.emit(Op::Val(Value::EMPTY.0), Ty::Val);
        for reg in code.params.count() as u32..code.nregs as u32 {
            self.set(reg, empty);
        }
        self.ensure_slot(base_off + code.nregs as u32);
    }

    /// A call of `f` with `nargs` positional arguments that the trace makes by
    /// running `f`'s function trace (`Helper::CallTrace`): the trace's index and
    /// `f`'s code. Function traces of the root frame's module only, as for
    /// inlining; a function trace being recorded may call itself.
    fn direct_call(
        &self,
        lookup: &dyn TraceLookup,
        f: Value,
        nargs: usize,
    ) -> Option<(u32, &'static Code)> {
        let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) else {
            return None;
        };
        let code = crate::interp::call::code_of(fo.code);
        if !code.is_simple_call()
            || code.params.positional as usize != nargs
            || fo.module.0 != self.frames_desc[0].module.0
        {
            return None;
        }
        if self.kind == TraceKind::Function && f.0 == self.frames_desc[0].func.0 {
            return Some((lookup.next_index(), code));
        }
        lookup.function_trace(code, f).map(|t| (t, code))
    }

    /// Guards a `CallMethod` pair at `mb`: the callee is `f`, and the receiver
    /// register is EMPTY (a plain function) or not, as recorded.
    fn guard_method_pair(&mut self, mb: u32, f: Value, no_receiver: bool, pc: u32) {
        let fv = self.val_of(mb);
        let rv = self.val_of(mb + 1);
        let sn = self.snapshot(pc, ExitKind::Resume);
        self.guard(Op::GuardIs(fv, f.0), Ty::Void, sn);
        let op = if no_receiver {
            Op::GuardIs(rv, EMPTY_BITS)
        } else {
            Op::GuardIsNot(rv, EMPTY_BITS)
        };
        self.guard(op, Ty::Void, sn);
    }

    /// A function `direct_call` would call if it had a function trace, whose
    /// recording has not been given up: the trace should call its trace.
    fn untraced_callee(&self, f: Value, nargs: usize) -> Option<&'static Code> {
        let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) else {
            return None;
        };
        let code = crate::interp::call::code_of(fo.code);
        let c = code.entry_hot.get();
        (super::counter_waits(c)
            && code.is_simple_call()
            && code.params.positional as usize == nargs
            && fo.module.0 == self.frames_desc[0].module.0)
            .then_some(code)
    }

    /// Records a call through `Helper::CallTrace` of function trace `target`
    /// (of `callee`), whose `nargs` arguments start at register `first`; the
    /// result goes to `dst` and the frame continues at `next`.
    fn call_trace(
        &mut self,
        target: u32,
        callee: &'static Code,
        first: u32,
        nargs: u32,
        dst: u32,
        next: u32,
    ) {
        // A safepoint: the callee may collect garbage, which finds this
        // trace's values in its frames' registers.
        self.flush();
        let s = self.emit(Op::Int(self.slot_abs(first) as i64), Ty::Int);
        let inlined = self.frames.len() - 1;
        let counts = super::helpers::pack_call_counts(nargs as usize, inlined);
        let c = self.emit(Op::Int(counts as i64), Ty::Int);
        let t = self.emit(Op::Int(target as i64), Ty::Int);
        let r = self.emit(Op::Call(Helper::CallTrace, vec![s, c, t]), Ty::Val);
        // The callee's frame used the registers from `first` on, as the
        // interpreter's frame for the call does.
        for reg in first..first + callee.nregs as u32 {
            let s = self.slot_abs(reg);
            self.ensure_slot(s);
            self.slots[s as usize] = SlotState::default();
            self.emit(Op::Clobber(s), Ty::Void);
        }
        let sn = self.snapshot(next, ExitKind::Raise);
        self.guard(Op::GuardIsNot(r, ERR_BITS), Ty::Void, sn);
        self.pending = Pending::CallDone {
            result: r,
            dst: self.slot_rel(dst),
            next,
        };
    }

    /// A helper that answers MISS when its fast case does not apply: the trace
    /// leaves to re-run the instruction at `pc` in the interpreter.
    fn call_or_exit(&mut self, h: Helper, args: Vec<Ref>, pc: u32) -> Ref {
        let r = self.emit(Op::Call(h, args), Ty::Val);
        let sn = self.snapshot(pc, ExitKind::Resume);
        self.guard(Op::GuardIsNot(r, MISS_BITS), Ty::Void, sn);
        r
    }

    /// A simple instruction through the interpreter's implementation.
    fn step(&mut self, ins: Instr, pc: u32) {
        self.flush();
        let frame = self.frames.last().expect("frame").desc;
        let f = self.emit(Op::Int(frame as i64), Ty::Int);
        let p = self.emit(Op::Int(pc as i64), Ty::Int);
        let r = self.emit(Op::Call(Helper::Step, vec![f, p]), Ty::Val);
        let sn = self.snapshot(pc + 1, ExitKind::Raise);
        self.guard(Op::GuardIsNot(r, ERR_BITS), Ty::Void, sn);
        for reg in written_regs(&ins) {
            let s = self.slot_abs(reg);
            self.ensure_slot(s);
            self.slots[s as usize] = SlotState::default();
            self.emit(Op::Clobber(s), Ty::Void);
        }
    }

    fn arith(&mut self, vm: &Vm, op: BinOp, dst: u16, a: u16, b: Operand, pc: u32) {
        if let Some(r) = self.try_arith(vm, op, a as u32, b, pc) {
            self.set(dst as u32, r);
            return;
        }
        if let Some(r) = self.big_int_arith(vm, op, a as u32, b, pc) {
            self.set(dst as u32, r);
            return;
        }
        if let (BinOp::Add, Operand::Slot(s)) = (op, b) {
            let immutable_pair = matches!(
                (
                    self.actual(vm, a as u32).as_obj().map(|o| &o.data),
                    self.actual(vm, s).as_obj().map(|o| &o.data)
                ),
                (Some(ObjData::Str(_)), Some(ObjData::Str(_)))
                    | (Some(ObjData::Tuple(_)), Some(ObjData::Tuple(_)))
            );
            if immutable_pair {
                let va = self.val_of(a as u32);
                let vb = self.val_of(s);
                let r = self.call_or_exit(Helper::SeqAdd, vec![va, vb], pc);
                self.set(dst as u32, r);
                return;
            }
        }
        let ins = self.top_desc().code.instrs[pc as usize];
        self.step(ins, pc);
    }

    /// Int arithmetic the inline paths do not cover (a big operand or result)
    /// through `IntArith`, which needs no frame memory, unlike a step.
    fn big_int_arith(&mut self, vm: &Vm, op: BinOp, a: u32, b: Operand, pc: u32) -> Option<Ref> {
        use super::helpers::{is_exact_int, INT_ARITH_OPS};
        let code = INT_ARITH_OPS.iter().position(|&o| o == op)?;
        let y = match b {
            Operand::Slot(s) => self.actual(vm, s),
            Operand::Imm(i) => Value::from_small_int(i),
        };
        if !is_exact_int(self.actual(vm, a)) || !is_exact_int(y) {
            return None;
        }
        let va = self.val_of(a);
        let vb = match b {
            Operand::Slot(s) => self.val_of(s),
            // Boxed: the helper takes values.
            Operand::Imm(i) => self.emit(Op::Val(Value::from_small_int(i).0), Ty::Val),
        };
        let c = self.emit(Op::Int(code as i64), Ty::Int);
        Some(self.call_or_exit(Helper::IntArith, vec![va, vb, c], pc))
    }

    fn try_arith(&mut self, vm: &Vm, op: BinOp, a: u32, b: Operand, pc: u32) -> Option<Ref> {
        let x = self.actual(vm, a);
        let y = match b {
            Operand::Slot(s) => self.actual(vm, s),
            Operand::Imm(i) => Value::from_small_int(i),
        };
        let numeric = |v: Value| v.is_int() || v.is_float();
        if !numeric(x) || !numeric(y) {
            return None;
        }
        if x.is_int() && y.is_int() {
            let (i, j) = (x.as_int(), y.as_int());
            let (ir_op, ok): (fn(Ref, Ref) -> Op, bool) = match op {
                BinOp::Add => (Op::AddOv, fits_small(i + j)),
                BinOp::Sub => (Op::SubOv, fits_small(i - j)),
                BinOp::Mul => (Op::MulOv, i.checked_mul(j).is_some_and(fits_small)),
                BinOp::FloorDiv => (Op::FloorDiv, j != 0),
                BinOp::Mod => (Op::Mod, j != 0),
                BinOp::BitAnd => (Op::BitAnd, true),
                BinOp::BitOr => (Op::BitOr, true),
                BinOp::BitXor => (Op::BitXor, true),
                BinOp::RShift => (Op::Shr, j >= 0),
                BinOp::LShift => (
                    Op::ShlOv,
                    (0..48).contains(&j) && (i << j) >> j == i && fits_small(i << j),
                ),
                BinOp::TrueDiv => {
                    if j == 0 {
                        return None;
                    }
                    let ra = self.num_of(vm, Operand::Slot(a), pc)?;
                    let rb = self.num_of(vm, b, pc)?;
                    let fa = self.as_float(ra);
                    let fb = self.as_float(rb);
                    let sn = self.snapshot(pc, ExitKind::Resume);
                    return Some(self.guard(Op::FDiv(fa, fb), Ty::Float, sn));
                }
                _ => return None,
            };
            if !ok {
                return None;
            }
            let Some(Num::Int(ra)) = self.num_of(vm, Operand::Slot(a), pc) else {
                return None;
            };
            let Some(Num::Int(rb)) = self.num_of(vm, b, pc) else {
                return None;
            };
            let op = ir_op(ra, rb);
            return Some(if op.is_guard() {
                let sn = self.snapshot(pc, ExitKind::Resume);
                self.guard(op, Ty::Int, sn)
            } else {
                self.emit(op, Ty::Int)
            });
        }
        // At least one float: float arithmetic.
        let ir_op: fn(Ref, Ref) -> Op = match op {
            BinOp::Add => Op::FAdd,
            BinOp::Sub => Op::FSub,
            BinOp::Mul => Op::FMul,
            BinOp::TrueDiv => {
                let yf = if y.is_int() {
                    y.as_int() as f64
                } else {
                    y.as_f64()
                };
                if yf == 0.0 {
                    return None;
                }
                Op::FDiv
            }
            _ => return None,
        };
        let ra = self.num_of(vm, Operand::Slot(a), pc)?;
        let rb = self.num_of(vm, b, pc)?;
        let fa = self.as_float(ra);
        let fb = self.as_float(rb);
        let op = ir_op(fa, fb);
        Some(if op.is_guard() {
            let sn = self.snapshot(pc, ExitKind::Resume);
            self.guard(op, Ty::Float, sn)
        } else {
            self.emit(op, Ty::Float)
        })
    }

    /// A comparison specialized on the operand types, or None for the generic path.
    fn compare(&mut self, vm: &Vm, op: CmpOp, a: u32, b: Operand, pc: u32) -> Option<Cond> {
        if let (CmpOp::Is | CmpOp::IsNot, Operand::Slot(bs)) = (op, b) {
            let va = self.val_of(a);
            let vb = self.val_of(bs);
            let same = self.emit(Op::Same(va, vb), Ty::Bool);
            return Some(Cond::Bool(if op == CmpOp::Is {
                same
            } else {
                self.emit(Op::Not(same), Ty::Bool)
            }));
        }
        if matches!(op, CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot) {
            return None;
        }
        let x = self.actual(vm, a);
        let y = match b {
            Operand::Slot(s) => self.actual(vm, s),
            Operand::Imm(i) => Value::from_small_int(i),
        };
        let numeric = |v: Value| v.is_int() || v.is_float();
        if !numeric(x) || !numeric(y) {
            return None;
        }
        let ra = self.num_of(vm, Operand::Slot(a), pc)?;
        let rb = self.num_of(vm, b, pc)?;
        Some(Cond::Bool(match (ra, rb) {
            (Num::Int(i), Num::Int(j)) => self.emit(Op::ICmp(op, i, j), Ty::Bool),
            (ra, rb) => {
                let fa = self.as_float(ra);
                let fb = self.as_float(rb);
                self.emit(Op::FCmp(op, fa, fb), Ty::Bool)
            }
        }))
    }

    fn compare_truth(&mut self, op: CmpOp, a: u32, b: Operand, pc: u32) -> Cond {
        let va = self.val_of(a);
        let vb = match b {
            Operand::Slot(s) => self.val_of(s),
            Operand::Imm(i) => self.emit(Op::Val(Value::from_small_int(i).0), Ty::Val),
        };
        let o = self.emit(Op::Int(op as i64), Ty::Int);
        let r = self.emit(Op::Call(Helper::CompareTruth, vec![o, va, vb]), Ty::Val);
        let sn = self.snapshot(pc + 1, ExitKind::Raise);
        self.guard(Op::GuardIsNot(r, ERR_BITS), Ty::Void, sn);
        Cond::Raw(r)
    }

    /// The truth of register `reg` as a branch condition; None when it is known
    /// from the guard alone (None is always false).
    fn truth(&mut self, vm: &Vm, reg: u32, pc: u32) -> Option<Cond> {
        let v = self.actual(vm, reg);
        if v.is_bool() {
            return Some(Cond::Bool(self.bool_of(reg, pc)));
        }
        if v.is_int() {
            let i = self.int_of(reg, pc);
            let z = self.emit(Op::Int(0), Ty::Int);
            return Some(Cond::Bool(self.emit(Op::ICmp(CmpOp::Ne, i, z), Ty::Bool)));
        }
        if v.is_float() {
            let f = self.float_of(reg, pc);
            let z = self.emit(Op::Float(0.0), Ty::Float);
            return Some(Cond::Bool(self.emit(Op::FCmp(CmpOp::Ne, f, z), Ty::Bool)));
        }
        if v.is_none() {
            let r = self.val_of(reg);
            let sn = self.snapshot(pc, ExitKind::Resume);
            self.guard(Op::GuardIs(r, Value::NONE.0), Ty::Void, sn);
            let f = self.emit(Op::Bool(false), Ty::Bool);
            return Some(Cond::Bool(f));
        }
        let r = self.val_of(reg);
        let t = self.emit(Op::Call(Helper::Truthy, vec![r]), Ty::Val);
        let sn = self.snapshot(pc + 1, ExitKind::Raise);
        self.guard(Op::GuardIsNot(t, ERR_BITS), Ty::Void, sn);
        Some(Cond::Raw(t))
    }
}

/// Whether `iter(v)` makes a built-in iterator without running Python code
/// (`Helper::IterOf`).
pub fn iterates_natively(v: Value) -> bool {
    matches!(
        v.as_obj().map(|o| &o.data),
        Some(
            ObjData::Range(_)
                | ObjData::List(_)
                | ObjData::Tuple(_)
                | ObjData::Str(_)
                | ObjData::Dict(_)
                | ObjData::Set(_)
                | ObjData::FrozenSet(_)
        )
    )
}

/// `len(x)` or `ord(x)` (the built-ins): `Helper::Builtin1`'s number for it.
/// Only when the argument `x` is one the helper answers for now (otherwise the
/// trace would leave there every time).
fn builtin1(f: Value, argc: u32, x: Value) -> Option<i64> {
    use crate::runtime::builtins::{b_len, b_ord};
    let Some(ObjData::Native(n)) = f.as_obj().map(|o| &o.data) else {
        return None;
    };
    if argc != 1 || !n.receiver.is_empty() {
        return None;
    }
    let func = n.func as usize;
    if func == b_len as *const () as usize && super::helpers::has_native_len(x) {
        Some(super::helpers::BUILTIN1_LEN)
    } else if func == b_ord as *const () as usize
        && matches!(x.as_obj().map(|o| &o.data), Some(ObjData::Str(s)) if s.s.chars().count() == 1)
    {
        Some(super::helpers::BUILTIN1_ORD)
    } else {
        None
    }
}

/// `type(x)` or `isinstance(x, cls)` (the built-ins): the helper that answers
/// without a call.
fn type_query(vm: &Vm, f: Value, argc: u32) -> Option<Helper> {
    if f == vm.types.type_ && argc == 1 {
        return Some(Helper::TypeOf);
    }
    let Some(ObjData::Native(n)) = f.as_obj().map(|o| &o.data) else {
        return None;
    };
    let isinstance = crate::runtime::builtins::b_isinstance as *const () as usize;
    (n.receiver.is_empty() && n.func as usize == isinstance && argc == 2)
        .then_some(Helper::IsInstance)
}

/// `list.append(x)` or `list.pop()` called on a list through `CallMethod`
/// (receiver in the method pair): the helper that does it.
fn list_method(f: Value, recv: Value, argc: u32) -> Option<Helper> {
    use crate::runtime::methods;
    let Some(ObjData::Native(n)) = f.as_obj().map(|o| &o.data) else {
        return None;
    };
    if !n.receiver.is_empty() || !matches!(recv.as_obj().map(|o| &o.data), Some(ObjData::List(_))) {
        return None;
    }
    let addr = n.func as usize;
    if addr == methods::list_append as *const () as usize && argc == 1 {
        Some(Helper::ListAppend)
    } else if addr == methods::list_pop as *const () as usize && argc == 0 {
        Some(Helper::ListPop)
    } else {
        None
    }
}

fn is_python_function(f: Value) -> bool {
    matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Function(_)))
}

/// The registers a simple instruction may write.
pub fn written_regs(ins: &Instr) -> Vec<u32> {
    use Instr::*;
    let one = |r: u16| vec![r as u32];
    let range = |s: u16, n: usize| (s as u32..s as u32 + n as u32).collect::<Vec<_>>();
    match *ins {
        LoadConst { dst, .. }
        | Move { dst, .. }
        | LoadGlobal { dst, .. }
        | LoadCell { dst, .. }
        | Add { dst, .. }
        | Sub { dst, .. }
        | Mul { dst, .. }
        | Binary { dst, .. }
        | Inplace { dst, .. }
        | Compare { dst, .. }
        | AddImm { dst, .. }
        | Unary { dst, .. }
        | GetIter { dst, .. }
        | BuildList { dst, .. }
        | BuildTuple { dst, .. }
        | BuildSet { dst, .. }
        | BuildDict { dst, .. }
        | BuildSlice { dst, .. }
        | BuildString { dst, .. }
        | ListToTuple { dst, .. }
        | FormatValue { dst, .. }
        | GetItem { dst, .. }
        | GetAttr { dst, .. }
        | MakeFunction { dst, .. }
        | ExcMatch { dst, .. }
        | ImportName { dst, .. }
        | ImportFrom { dst, .. }
        | LoadName { dst, .. } => one(dst),
        LoadMethod { dst, .. } => range(dst, 2),
        LoadClosure { dst, count } => range(dst, count as usize),
        UnpackSeq { dst, count, .. } => range(dst, count as usize),
        UnpackEx {
            dst, before, after, ..
        } => range(dst, before as usize + 1 + after as usize),
        MakeCell { reg } | DeleteLocal { reg, .. } => one(reg),
        _ => {
            let _ = NO_REG;
            vec![]
        }
    }
}

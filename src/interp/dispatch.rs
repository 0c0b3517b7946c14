//! The dispatch loop. Python-to-Python calls push a frame and continue in the same
//! loop (no Rust recursion), so deep Python recursion never grows the Rust stack.

use crate::compile::bytecode::{BinOp, CmpOp, Instr, UnOp, NO_REG};
use crate::runtime::error::ExcKind;
use crate::runtime::object::GenStatus;
use crate::runtime::object::*;
use crate::runtime::value::{fits_small, Value};

use super::call::CallOutcome;
use super::simple::FrameCtx;
use super::ArgBuf;
use super::Vm;
use crate::compile::bytecode::{AttrCache, CacheKind};
use crate::jit::exit::Resume;
use crate::jit::BackEdge;

/// Small-int arithmetic on the 48-bit payload; `None` when the result leaves it.
#[inline(always)]
fn small_add(a: i64, b: i64) -> Option<i64> {
    let r = a + b;
    fits_small(r).then_some(r)
}
#[inline(always)]
fn small_sub(a: i64, b: i64) -> Option<i64> {
    let r = a - b;
    fits_small(r).then_some(r)
}
#[inline(always)]
fn small_mul(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_mul(b)?;
    fits_small(r).then_some(r)
}

/// An int (inline or big), not a bool.
#[inline(always)]
fn is_int_value(v: Value) -> bool {
    v.is_int() || matches!(v.as_obj().map(|o| &o.data), Some(ObjData::BigInt(_)))
}

/// `a op b` for small ints and floats where the result needs no allocation and
/// raises nothing (Python's floor semantics for `//` and `%`); None otherwise.
#[inline(always)]
pub(crate) fn fast_arith(op: BinOp, x: Value, y: Value) -> Option<Value> {
    if x.is_int() && y.is_int() {
        let (a, b) = (x.as_int(), y.as_int());
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a.checked_mul(b)?,
            BinOp::FloorDiv if b != 0 => {
                let q = a / b;
                if a % b != 0 && ((a < 0) != (b < 0)) {
                    q - 1
                } else {
                    q
                }
            }
            BinOp::Mod if b != 0 => {
                let m = a % b;
                if m != 0 && ((m < 0) != (b < 0)) {
                    m + b
                } else {
                    m
                }
            }
            BinOp::BitAnd => a & b,
            BinOp::BitOr => a | b,
            BinOp::BitXor => a ^ b,
            BinOp::RShift if b >= 0 => a >> b.min(63),
            BinOp::LShift if (0..48).contains(&b) => {
                let r = a << b;
                if r >> b != a {
                    return None;
                }
                r
            }
            // Both exact in an f64, so the quotient is correctly rounded.
            BinOp::TrueDiv if b != 0 => return Some(Value::from_f64(a as f64 / b as f64)),
            _ => return None,
        };
        return fits_small(r).then(|| Value::from_small_int(r));
    }
    let (a, b) = if x.is_float() && y.is_float() {
        (x.as_f64(), y.as_f64())
    } else if x.is_float() && y.is_int() {
        (x.as_f64(), y.as_int() as f64)
    } else if x.is_int() && y.is_float() {
        (x.as_int() as f64, y.as_f64())
    } else {
        return None;
    };
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv if b != 0.0 => a / b,
        _ => return None,
    };
    Some(Value::from_f64(r))
}

/// log2 of the number of entries in the VM-wide method cache.
pub const METHOD_CACHE_BITS: u32 = 10;

/// One entry of the VM-wide method cache (`LoadMethod` at polymorphic sites).
#[derive(Clone)]
pub struct MethodCacheEntry {
    pub class: u64,
    pub shape: u32,
    /// `Vm::class_epoch` when filled.
    pub epoch: u32,
    /// The address of the attribute name's text in the code's name table...
    pub name: usize,
    /// ...kept allocated while the entry exists, so the address is not reused.
    pub name_alive: Option<std::rc::Rc<str>>,
    pub value: Value,
}

impl MethodCacheEntry {
    pub const EMPTY: MethodCacheEntry = MethodCacheEntry {
        class: 0,
        shape: 0,
        epoch: 0,
        name: 0,
        name_alive: None,
        value: Value::NONE,
    };
}

impl Vm {
    /// Runs frames until the frame at index `stop` returns; its result is returned.
    pub fn run(&mut self, stop: usize) -> PyResult<Value> {
        'outer: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code;
            let base = self.frames[fi].base;
            let mut pc = self.frames[fi].pc;
            let instrs = &code.instrs[..];
            let recording = self.jit.recorder.is_some();
            if self.fresh_frame {
                self.fresh_frame = false;
                if pc == 0 && !recording {
                    let counter = &code.entry_hot;
                    let c = counter.get();
                    if c > 1 {
                        counter.set(c - 1);
                    } else {
                        match self.jit_function_entry(fi) {
                            BackEdge::Interpret => {
                                if self.jit.recorder.is_some() {
                                    // Recording starts with the first instruction.
                                    continue 'outer;
                                }
                            }
                            BackEdge::Enter(n) => {
                                if self.jit_enter_frame(fi, n, stop)? {
                                    continue 'outer;
                                }
                            }
                        }
                    }
                }
            }

            macro_rules! r {
                ($x:expr) => {
                    self.stack.get(base + $x as usize)
                };
            }
            macro_rules! w {
                ($x:expr, $v:expr) => {{
                    let v = $v;
                    self.stack.set(base + $x as usize, v)
                }};
            }

            let (err, reraise): (PyErr, bool) = 'inner: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'inner (e, false),
                        }
                    };
                }
                if recording && !self.jit_record_step(pc) {
                    // Recording ended: carry on without the hook.
                    self.frames[fi].pc = pc;
                    continue 'outer;
                }
                let ins = &instrs[pc];
                // The full implementation of a simple instruction, after a fast path
                // (`pc` already points past it).
                macro_rules! slow {
                    () => {{
                        self.frames[fi].pc = pc;
                        let fr = FrameCtx::of(&self.frames[fi]);
                        tri!(self.exec_simple(*ins, pc - 1, &fr));
                    }};
                }
                pc += 1;
                match *ins {
                    Instr::Nop => {}
                    Instr::LoadConst { dst, idx } => w!(dst, code.consts[idx as usize]),
                    Instr::Move { dst, src } => w!(dst, r!(src)),
                    Instr::LoadGlobal { dst, slot } => {
                        let m = self.frames[fi].module;
                        let v = self.module_globals(m).get().values[slot as usize];
                        if v.is_empty() {
                            slow!();
                        } else {
                            w!(dst, v)
                        }
                    }
                    Instr::Add { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if x.is_int() && y.is_int() {
                            if let Some(v) = small_add(x.as_int(), y.as_int()) {
                                w!(dst, Value::from_small_int(v));
                                continue;
                            }
                        } else if x.is_float() && y.is_float() {
                            w!(dst, Value::from_f64(x.as_f64() + y.as_f64()));
                            continue;
                        }
                        slow!();
                    }
                    Instr::Sub { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if x.is_int() && y.is_int() {
                            if let Some(v) = small_sub(x.as_int(), y.as_int()) {
                                w!(dst, Value::from_small_int(v));
                                continue;
                            }
                        } else if x.is_float() && y.is_float() {
                            w!(dst, Value::from_f64(x.as_f64() - y.as_f64()));
                            continue;
                        }
                        slow!();
                    }
                    Instr::Mul { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if x.is_int() && y.is_int() {
                            if let Some(v) = small_mul(x.as_int(), y.as_int()) {
                                w!(dst, Value::from_small_int(v));
                                continue;
                            }
                        } else if x.is_float() && y.is_float() {
                            w!(dst, Value::from_f64(x.as_f64() * y.as_f64()));
                            continue;
                        }
                        slow!();
                    }
                    // Ints and floats are immutable: in place is the binary op.
                    Instr::Inplace { op, dst, a, b } | Instr::Binary { op, dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if let Some(v) = fast_arith(op, x, y) {
                            w!(dst, v);
                            continue;
                        }
                        // Big ints: straight to int arithmetic (no special methods).
                        if is_int_value(x) && is_int_value(y) {
                            if let Some(v) = tri!(self.numeric_binary(op, x, y)) {
                                w!(dst, v);
                                continue;
                            }
                        }
                        slow!();
                    }
                    Instr::Compare { op, dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if op == CmpOp::Is || op == CmpOp::IsNot {
                            w!(dst, Value::from_bool((x == y) == (op == CmpOp::Is)));
                            continue;
                        }
                        if x.is_int() && y.is_int() && !matches!(op, CmpOp::In | CmpOp::NotIn) {
                            w!(dst, Value::from_bool(int_cmp(op, x.as_int(), y.as_int())));
                            continue;
                        }
                        slow!();
                    }
                    Instr::CmpJumpIfFalse { op, a, b, target } => {
                        let (x, y) = (r!(a), r!(b));
                        let t = if op == CmpOp::Is {
                            x == y
                        } else if op == CmpOp::IsNot {
                            x != y
                        } else if x.is_int()
                            && y.is_int()
                            && !matches!(op, CmpOp::In | CmpOp::NotIn)
                        {
                            int_cmp(op, x.as_int(), y.as_int())
                        } else if x.is_float()
                            && y.is_float()
                            && !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
                        {
                            float_cmp(op, x.as_f64(), y.as_f64())
                        } else {
                            let v = tri!(self.compare_op(op, x, y));
                            tri!(self.truthy(v))
                        };
                        if !t {
                            pc = target as usize;
                        }
                    }
                    Instr::CmpImmJumpIfFalse { op, a, imm, target } => {
                        let x = r!(a);
                        let t = if x.is_int() && !matches!(op, CmpOp::In | CmpOp::NotIn) {
                            int_cmp(op, x.as_int(), imm as i64)
                        } else {
                            let y = Value::from_small_int(imm as i64);
                            let v = tri!(self.compare_op(op, x, y));
                            tri!(self.truthy(v))
                        };
                        if !t {
                            pc = target as usize;
                        }
                    }
                    Instr::AddImm { dst, a, imm } => {
                        let x = r!(a);
                        if x.is_int() {
                            if let Some(v) = small_add(x.as_int(), imm as i64) {
                                w!(dst, Value::from_small_int(v));
                                continue;
                            }
                        }
                        slow!();
                    }
                    Instr::Unary { op, dst, src } => {
                        let x = r!(src);
                        let v = match op {
                            UnOp::Not => {
                                let t = if x.is_bool() {
                                    x.as_bool()
                                } else {
                                    tri!(self.truthy(x))
                                };
                                Value::from_bool(!t)
                            }
                            _ => tri!(self.unary_op(op, x)),
                        };
                        w!(dst, v)
                    }
                    Instr::Jump { target } => pc = target as usize,
                    Instr::JumpIfFalse { cond, target } => {
                        let c = r!(cond);
                        let t = if c.is_bool() {
                            c.as_bool()
                        } else {
                            tri!(self.truthy(c))
                        };
                        if !t {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpIfTrue { cond, target } => {
                        let c = r!(cond);
                        let t = if c.is_bool() {
                            c.as_bool()
                        } else {
                            tri!(self.truthy(c))
                        };
                        if t {
                            pc = target as usize;
                        }
                    }
                    Instr::Loop { target } => {
                        let loop_pc = pc - 1;
                        pc = target as usize;
                        if self.heap.collection_wanted && self.reentry_depth == 0 {
                            self.frames[fi].pc = pc;
                            self.collect_garbage();
                        }
                        let counter = &code.hot[loop_pc];
                        let c = counter.get();
                        if c > 1 {
                            counter.set(c - 1);
                            continue;
                        }
                        self.frames[fi].pc = pc;
                        match self.jit_back_edge(fi, loop_pc, pc) {
                            BackEdge::Interpret => {
                                if !recording && self.jit.recorder.is_some() {
                                    // Recording starts with the loop header.
                                    continue 'outer;
                                }
                            }
                            BackEdge::Enter(n) => {
                                if self.jit_enter_frame(fi, n, stop)? {
                                    continue 'outer;
                                }
                            }
                        }
                    }
                    Instr::ForIter { dst, iter, target } => {
                        let it = r!(iter);
                        // Fast path: a range iterator.
                        if let Some(ObjData::Iter(st)) = it.as_obj().map(|o| &o.data) {
                            if let IterState::Range { cur, stop, step } = st.get_mut() {
                                let c = *cur;
                                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                                    *cur = c + *step;
                                    w!(
                                        dst,
                                        if fits_small(c) {
                                            Value::from_small_int(c)
                                        } else {
                                            self.int_value(c)
                                        }
                                    );
                                } else {
                                    pc = target as usize;
                                }
                                continue;
                            }
                        }
                        // A generator runs in this loop (not while recording: the
                        // recorder treats iteration as one step).
                        if !recording {
                            if let Some(ObjData::Generator(g)) = it.as_obj().map(|o| &o.data) {
                                if matches!(
                                    g.get().status,
                                    GenStatus::Created | GenStatus::Suspended
                                ) {
                                    self.frames[fi].pc = pc;
                                    tri!(self.enter_generator_frame(
                                        it,
                                        Value::NONE,
                                        base + dst as usize,
                                        false
                                    ));
                                    continue 'outer;
                                }
                            }
                        }
                        match tri!(self.iter_next(it)) {
                            Some(v) => w!(dst, v),
                            None => pc = target as usize,
                        }
                    }
                    Instr::Call { dst, func, argc } => {
                        let f = r!(func);
                        let start = base + func as usize + 1;
                        let ret = base + dst as usize;
                        self.frames[fi].pc = pc;
                        if let Some(r) = self.try_push_python(f, start, argc as usize, ret) {
                            tri!(r);
                            continue 'outer;
                        }
                        if f == self.types.type_ && argc == 1 {
                            // `type(x)`: the class of x.
                            let v = self.type_of(self.stack.get(start));
                            w!(dst, v);
                            continue;
                        }
                        if let Some(ObjData::Native(nf)) = f.as_obj().map(|o| &o.data) {
                            // A plain built-in function (not bound, no payload receiver).
                            if nf.receiver.is_empty() && !nf.binds_payload {
                                let func = nf.func;
                                let args =
                                    ArgBuf::copy(self.stack.slice(start, start + argc as usize));
                                let v = tri!(func(self, &args, &[]));
                                w!(dst, v);
                                continue;
                            }
                        }
                        let cache = &code.attr_cache[pc - 1];
                        if let Some(r) = self.try_construct(cache, f, start - 1, argc as usize, ret)
                        {
                            tri!(r);
                            continue 'outer;
                        }
                        let args = ArgBuf::copy(self.stack.slice(start, start + argc as usize));
                        match tri!(self.call_general(f, &args, &[], base + dst as usize)) {
                            CallOutcome::Pushed => continue 'outer,
                            CallOutcome::Done(v) => w!(dst, v),
                        }
                    }
                    Instr::CallKw {
                        dst,
                        func,
                        argc,
                        kwnames,
                    } => {
                        let f = r!(func);
                        let start = base + func as usize + 1;
                        let names = code.consts[kwnames as usize];
                        let names: Vec<Value> = self.tuple_items(names).to_vec();
                        let all = self.stack.slice(start, start + argc as usize).to_vec();
                        let npos = all.len() - names.len();
                        let kw: Vec<(Value, Value)> = names
                            .iter()
                            .copied()
                            .zip(all[npos..].iter().copied())
                            .collect();
                        self.frames[fi].pc = pc;
                        match tri!(self.call_general(f, &all[..npos], &kw, base + dst as usize)) {
                            CallOutcome::Pushed => continue 'outer,
                            CallOutcome::Done(v) => w!(dst, v),
                        }
                    }
                    Instr::CallEx {
                        dst,
                        func,
                        args,
                        kwargs,
                    } => {
                        let f = r!(func);
                        let a = self.tuple_items(r!(args)).to_vec();
                        let kw: Vec<(Value, Value)> = if kwargs == NO_REG {
                            vec![]
                        } else {
                            match r!(kwargs).as_obj().map(|o| &o.data) {
                                Some(ObjData::Dict(d)) => d.get().iter().collect(),
                                _ => vec![],
                            }
                        };
                        self.frames[fi].pc = pc;
                        match tri!(self.call_general(f, &a, &kw, base + dst as usize)) {
                            CallOutcome::Pushed => continue 'outer,
                            CallOutcome::Done(v) => w!(dst, v),
                        }
                    }
                    Instr::LoadMethod { dst, obj, name } => {
                        let o = r!(obj);
                        let cache = &code.attr_cache[pc - 1];
                        if let Some(m) = self.cached_method(cache, o, &code.names[name as usize]) {
                            w!(dst, m);
                            w!(dst + 1, o);
                            continue;
                        }
                        slow!();
                    }
                    Instr::CallMethod {
                        dst,
                        base: mb,
                        argc,
                    } => {
                        let f = r!(mb);
                        let recv = r!(mb + 1);
                        let (start, n) = if recv.is_empty() {
                            (base + mb as usize + 2, argc as usize)
                        } else {
                            (base + mb as usize + 1, argc as usize + 1)
                        };
                        let ret = base + dst as usize;
                        self.frames[fi].pc = pc;
                        if let Some(r) = self.try_push_python(f, start, n, ret) {
                            tri!(r);
                            continue 'outer;
                        }
                        if recv.is_empty() {
                            let cache = &code.attr_cache[pc - 1];
                            if let Some(r) = self.try_construct(cache, f, start - 1, n, ret) {
                                tri!(r);
                                continue 'outer;
                            }
                        }
                        if let Some(ObjData::Native(nf)) = f.as_obj().map(|o| &o.data) {
                            // A native bound to its own receiver goes through call_general.
                            if nf.receiver.is_empty() {
                                let func = nf.func;
                                let mut args = ArgBuf::copy(self.stack.slice(start, start + n));
                                if nf.binds_payload {
                                    if let Some(a) = self.payload_args(true, &args) {
                                        args = ArgBuf::Heap(a);
                                    }
                                }
                                let v = tri!(func(self, &args, &[]));
                                w!(dst, v);
                                continue;
                            }
                        }
                        let args = ArgBuf::copy(self.stack.slice(start, start + n));
                        match tri!(self.call_general(f, &args, &[], base + dst as usize)) {
                            CallOutcome::Pushed => continue 'outer,
                            CallOutcome::Done(v) => w!(dst, v),
                        }
                    }
                    Instr::Return { src } => {
                        let mut v = r!(src);
                        let frame = self.frames.pop().expect("frame to return from");
                        if !frame.init_self.is_empty() {
                            if !v.is_none() {
                                let tn = self.type_name(v);
                                self.frames.push(frame);
                                break 'inner (
                                    PyErr::type_error(format!(
                                        "__init__() should return None, not '{tn}'"
                                    )),
                                    false,
                                );
                            }
                            v = frame.init_self;
                        }
                        self.drop_handling_of_frames_from(self.frames.len());
                        if frame.returns_to_native || self.frames.len() <= stop {
                            return Ok(v);
                        }
                        if !frame.generator.is_empty() {
                            // A generator run by the caller's `ForIter` is exhausted.
                            self.generator_finished(frame.generator, v);
                            self.exit_for_iter();
                            continue 'outer;
                        }
                        self.stack.set(frame.ret_slot, v);
                        continue 'outer;
                    }
                    Instr::CheckBound { reg, .. } => {
                        if r!(reg).is_empty() {
                            slow!();
                        }
                    }
                    Instr::UnpackSeq { src, dst, count } => {
                        // A tuple or list of the right length: no temporary vector.
                        let items = match r!(src).as_obj().map(|o| &o.data) {
                            Some(ObjData::Tuple(t)) => Some(&t[..]),
                            Some(ObjData::List(l)) => Some(&l.get()[..]),
                            _ => None,
                        };
                        if let Some(items) = items.filter(|i| i.len() == count as usize) {
                            for (i, &v) in items.iter().enumerate() {
                                w!(dst as usize + i, v);
                            }
                            continue;
                        }
                        slow!();
                    }
                    Instr::GetItem { dst, obj, key } => {
                        let (o, k) = (r!(obj), r!(key));
                        if k.is_int() {
                            if let Some(ObjData::List(l)) = o.as_obj().map(|o| &o.data) {
                                let items = l.get();
                                let mut i = k.as_int();
                                if i < 0 {
                                    i += items.len() as i64;
                                }
                                if i >= 0 && (i as usize) < items.len() {
                                    w!(dst, items[i as usize]);
                                    continue;
                                }
                            }
                        }
                        slow!();
                    }
                    Instr::SetItem { obj, key, src } => {
                        let (o, k, v) = (r!(obj), r!(key), r!(src));
                        if k.is_int() {
                            if let Some(ObjData::List(l)) = o.as_obj().map(|o| &o.data) {
                                let items = l.get_mut();
                                let mut i = k.as_int();
                                if i < 0 {
                                    i += items.len() as i64;
                                }
                                if i >= 0 && (i as usize) < items.len() {
                                    items[i as usize] = v;
                                    continue;
                                }
                            }
                        }
                        slow!();
                    }
                    Instr::GetAttr { dst, obj, .. } => {
                        let o = r!(obj);
                        let cache = &code.attr_cache[pc - 1];
                        if let Some(ObjData::Instance(inst)) = o.as_obj().map(|x| &x.data) {
                            let c = cache.get();
                            let st = inst.attrs.get();
                            if c.kind == CacheKind::InstanceSlot
                                && c.shape == st.shape_id()
                                && c.class == inst.class.get().bits()
                                && c.epoch == self.class_epoch
                            {
                                w!(dst, st.slot(c.slot as usize));
                                continue;
                            }
                        }
                        slow!();
                    }
                    Instr::SetAttr { obj, src, .. } => {
                        let o = r!(obj);
                        let cache = &code.attr_cache[pc - 1];
                        if let Some(ObjData::Instance(inst)) = o.as_obj().map(|x| &x.data) {
                            let c = cache.get();
                            let st = inst.attrs.get_mut();
                            if c.shape == st.shape_id()
                                && c.class == inst.class.get().bits()
                                && c.epoch == self.class_epoch
                            {
                                match (c.kind, c.next) {
                                    (CacheKind::InstanceSlot, _) => {
                                        st.set_slot(c.slot as usize, r!(src));
                                        continue;
                                    }
                                    (CacheKind::AddSlot, Some(next)) => {
                                        st.push_with_shape(next, r!(src));
                                        continue;
                                    }
                                    _ => {}
                                }
                            }
                        }
                        slow!();
                    }
                    Instr::Raise { exc, cause } => {
                        let e = tri!(self.make_raisable(r!(exc)));
                        if cause != NO_REG {
                            let c = r!(cause);
                            let c = if c.is_none() {
                                c
                            } else {
                                tri!(self.make_raisable(c))
                            };
                            if let Some(st) = self.exc_state(e) {
                                st.get_mut().cause = c;
                                st.get_mut().suppress_context = true;
                            }
                        }
                        break 'inner (PyErr::Raised(e), false);
                    }
                    Instr::Reraise { src } => {
                        let e = if src == NO_REG {
                            match self.handling.last() {
                                Some(&(_, _, e)) => e,
                                None => {
                                    break 'inner (
                                        PyErr::new(
                                            ExcKind::RuntimeError,
                                            "No active exception to reraise",
                                        ),
                                        false,
                                    );
                                }
                            }
                        } else {
                            r!(src)
                        };
                        break 'inner (PyErr::Raised(e), true);
                    }
                    Instr::RaiseAssert { msg } => {
                        let class = self.exc_class(ExcKind::AssertionError);
                        let args = if msg == NO_REG { vec![] } else { vec![r!(msg)] };
                        let e = self.new_exception(class, args);
                        break 'inner (PyErr::Raised(e), false);
                    }
                    Instr::GetException { dst, depth } => {
                        let e = self.current_exc;
                        self.current_exc = Value::NONE;
                        self.end_handlers(fi, depth);
                        self.handling.push((fi, depth, e));
                        w!(dst, e)
                    }
                    Instr::EndHandler { depth } => self.end_handlers(fi, depth),
                    Instr::Yield { dst, src } => {
                        let v = r!(src);
                        let frame = self.frames.pop().expect("generator frame");
                        if let Some(ObjData::Generator(g)) =
                            frame.generator.as_obj().map(|o| &o.data)
                        {
                            let st = g.get_mut();
                            st.saved.clear();
                            st.saved.extend_from_slice(
                                self.stack.slice(base, base + code.nregs as usize),
                            );
                            st.pc = pc;
                            st.resume_dst = dst;
                            st.status = GenStatus::Suspended;
                        }
                        self.drop_handling_of_frames_from(self.frames.len());
                        if frame.returns_to_native {
                            return Ok(v);
                        }
                        // Resumed by the caller's `ForIter`: the value is its item.
                        self.stack.set(frame.ret_slot, v);
                        continue 'outer;
                    }
                    Instr::Send {
                        dst,
                        iter,
                        sent,
                        target,
                    } => {
                        let it = r!(iter);
                        let s = r!(sent);
                        self.frames[fi].pc = pc;
                        let step = if let Some(ObjData::Generator(_)) = it.as_obj().map(|o| &o.data)
                        {
                            tri!(self.resume_generator(it, s)).ok_or_else(|| {
                                match it.as_obj().map(|o| &o.data) {
                                    Some(ObjData::Generator(g)) => g.get().result,
                                    _ => Value::NONE,
                                }
                            })
                        } else if s.is_none() {
                            match self.iter_next(it) {
                                Ok(Some(v)) => Ok(v),
                                Ok(None) => Err(Value::NONE),
                                Err(e) => {
                                    if self.is_stop_iteration(&e) {
                                        let exc = self.materialize(e);
                                        Err(self.stop_iteration_value(exc))
                                    } else {
                                        break 'inner (e, false);
                                    }
                                }
                            }
                        } else {
                            let m = tri!(self.get_attr(it, "send"));
                            match self.call_value(m, &[s], &[]) {
                                Ok(v) => Ok(v),
                                Err(e) => {
                                    if self.is_stop_iteration(&e) {
                                        let exc = self.materialize(e);
                                        Err(self.stop_iteration_value(exc))
                                    } else {
                                        break 'inner (e, false);
                                    }
                                }
                            }
                        };
                        match step {
                            Ok(v) => w!(dst, v),
                            Err(result) => {
                                w!(dst, result);
                                pc = target as usize;
                            }
                        }
                    }
                    _ => slow!(),
                }
            };
            // An exception: record where, then find a handler.
            if let Some(f) = self.frames.last_mut() {
                f.pc = pc;
            }
            if recording {
                self.jit_exception_while_recording();
            }
            self.unwind(err, reraise, stop)?;
        }
    }

    /// Finds the handler for an exception raised in the top frame, popping frames
    /// that have none. Fails when the exception leaves frame `stop` (or a frame
    /// that returns to native code).
    pub(crate) fn unwind(&mut self, err: PyErr, reraise: bool, stop: usize) -> Result<(), PyErr> {
        let exc = self.materialize(err);
        if !reraise {
            self.set_context(exc);
        }
        let mut first = true;
        loop {
            let Some(f) = self.frames.last() else {
                return Err(PyErr::Raised(exc));
            };
            let pc = f.pc.saturating_sub(1);
            if !(first && reraise) {
                if let Some(st) = self.exc_state(exc) {
                    st.get_mut().traceback.push(TracebackEntry {
                        code: f.code_val,
                        line: f.code.line_of(pc),
                    });
                }
            }
            first = false;
            if let Some(target) = f.code.handler_for(pc as u32) {
                let f = self.frames.last_mut().expect("frame");
                f.pc = target as usize;
                self.current_exc = exc;
                return Ok(());
            }
            let frame = self.frames.pop().expect("frame");
            self.drop_handling_of_frames_from(self.frames.len());
            if frame.returns_to_native || self.frames.len() <= stop {
                return Err(PyErr::Raised(exc));
            }
            if !frame.generator.is_empty() {
                // A generator run by the caller's `ForIter` raised: it is finished,
                // and a StopIteration leaving it becomes a RuntimeError.
                self.generator_finished(frame.generator, Value::NONE);
                if self.is_stop_iteration(&PyErr::Raised(exc)) {
                    let e = self.stop_iteration_escaped(exc);
                    return self.unwind(e, false, stop);
                }
            }
        }
    }

    /// Runs trace `n` on frame `fi` (at a loop header or its function's entry).
    /// True when the interpreter's state changed (frames rebuilt, or an
    /// exception unwound to a handler): the dispatch loop reloads its frame.
    fn jit_enter_frame(&mut self, fi: usize, n: u32, stop: usize) -> PyResult<bool> {
        match self.jit_enter(fi, n) {
            Resume::NotEntered => Ok(false),
            Resume::Continue => Ok(true),
            Resume::Raise(e) => {
                self.unwind(e, false, stop)?;
                Ok(true)
            }
        }
    }

    /// The caller of a finished generator continues after its `ForIter` loop.
    fn exit_for_iter(&mut self) {
        let f = self.frames.last_mut().expect("caller frame");
        match f.code.instrs[f.pc - 1] {
            Instr::ForIter { target, .. } => f.pc = target as usize,
            other => panic!("generator resumed by {other:?}, not ForIter"),
        }
    }
}

#[inline(always)]
fn int_cmp(op: CmpOp, a: i64, b: i64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
        CmpOp::Eq | CmpOp::Is => a == b,
        CmpOp::Ne | CmpOp::IsNot => a != b,
        CmpOp::In | CmpOp::NotIn => false,
    }
}

#[inline(always)]
fn float_cmp(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        _ => false,
    }
}

impl Vm {
    /// Forgets the handled exceptions of frame `fi` at lexical depth >= `depth`.
    fn end_handlers(&mut self, fi: usize, depth: u16) {
        while let Some(&(f, d, _)) = self.handling.last() {
            if f > fi || (f == fi && d >= depth) {
                self.handling.pop();
            } else {
                break;
            }
        }
    }

    fn drop_handling_of_frames_from(&mut self, fi: usize) {
        while let Some(&(f, _, _)) = self.handling.last() {
            if f >= fi {
                self.handling.pop();
            } else {
                break;
            }
        }
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn set_context(&mut self, exc: Value) {
        let Some(&(_, _, handled)) = self.handling.last() else {
            return;
        };
        if handled == exc {
            return;
        }
        // Avoid a cycle: `handled` must not already have `exc` in its context chain.
        let mut cur = handled;
        for _ in 0..1000 {
            let Some(st) = self.exc_state(cur) else { break };
            let next = st.get().context;
            if next == exc {
                st.get_mut().context = Value::NONE;
                break;
            }
            if next.is_none() {
                break;
            }
            cur = next;
        }
        if let Some(st) = self.exc_state(exc) {
            if st.get().context.is_none() {
                st.get_mut().context = handled;
            }
        }
    }
}

impl Vm {
    /// Remembers where an instance keeps `name`, when a later access with the same
    /// class and shape can read the slot directly: the class must not define `name`
    /// (a property or other descriptor would take precedence) nor `__setattr__`.
    pub(crate) fn fill_slot_cache(&self, cache: &std::cell::Cell<AttrCache>, o: Value, name: &str) {
        let Some(ObjData::Instance(inst)) = o.as_obj().map(|x| &x.data) else {
            return;
        };
        if !self.plain_instance_attr(inst, name) {
            return;
        }
        let st = inst.attrs.get();
        if let Some(slot) = st.shape().slot_of(name) {
            cache.set(AttrCache {
                kind: CacheKind::InstanceSlot,
                class: inst.class.get().bits(),
                shape: st.shape_id(),
                epoch: self.class_epoch,
                slot: slot as u32,
                value: Value::NONE,
                next: None,
            });
        }
    }

    /// Whether `inst.name` reads and writes the instance's own slot for `name`
    /// (when present) with no other code involved: not `super` nor an exception,
    /// no `__setattr__` defined in Python, and the class attribute of that name,
    /// if any, is not a data descriptor (a function or plain value is shadowed by
    /// the instance attribute). Valid until the class epoch changes.
    pub(crate) fn plain_instance_attr(&self, inst: &InstanceObj, name: &str) -> bool {
        if inst.class.get() == self.super_class || inst.exc.is_some() {
            return false;
        }
        if self
            .class_lookup(inst.class.get(), "__setattr__")
            .is_some_and(|f| !matches!(f.as_obj().map(|x| &x.data), Some(ObjData::Native(_))))
        {
            return false;
        }
        match self.class_lookup(inst.class.get(), name) {
            None => true,
            Some(ca) => {
                ca.is_int()
                    || ca.is_float()
                    || ca.is_bool()
                    || ca.is_none()
                    || matches!(
                        ca.as_obj().map(|x| &x.data),
                        Some(ObjData::Function(_) | ObjData::Str(_) | ObjData::Tuple(_))
                    )
            }
        }
    }

    /// After a `SetAttr` that added attribute `name` to `o` (its shape moved from
    /// `before` by one transition), remembers the transition.
    pub(crate) fn fill_add_cache(
        &self,
        cache: &std::cell::Cell<AttrCache>,
        o: Value,
        name: &str,
        before: &'static crate::runtime::shape::Shape,
    ) {
        let Some(ObjData::Instance(inst)) = o.as_obj().map(|x| &x.data) else {
            return;
        };
        let after = inst.attrs.get().shape();
        if after.len() != before.len() + 1
            || after.slot_of(name) != Some(before.len())
            || !std::ptr::eq(before.with(&after.names()[before.len()]), after)
            || !self.plain_instance_attr(inst, name)
        {
            return;
        }
        cache.set(AttrCache {
            kind: CacheKind::AddSlot,
            class: inst.class.get().bits(),
            shape: before.id,
            epoch: self.class_epoch,
            slot: before.len() as u32,
            value: Value::NONE,
            next: Some(after),
        });
    }

    /// Calls a Python function with a plain signature by pushing its frame, when
    /// `f` is one and `n` arguments (at `stack[start..]`) fit it, missing trailing
    /// ones taken from its defaults. None when `f` needs the general call path.
    #[inline(always)]
    pub(crate) fn try_push_python(
        &mut self,
        f: Value,
        start: usize,
        n: usize,
        ret_slot: usize,
    ) -> Option<PyResult<()>> {
        let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) else {
            return None;
        };
        let c: &'static crate::compile::bytecode::Code = super::call::code_of(fo.code);
        if !c.is_simple_call() {
            return None;
        }
        let npos = c.params.positional as usize;
        if n != npos {
            if n > npos
                || n + fo.defaults.len() < npos
                || start + c.nregs as usize > self.stack.len()
            {
                return None;
            }
            let d = &fo.defaults[fo.defaults.len() - (npos - n)..];
            for (i, &v) in d.iter().enumerate() {
                self.stack.set(start + n + i, v);
            }
        }
        Some(self.push_frame_of(c, fo.code, f, fo.module, start, ret_slot))
    }

    /// `cls(args)` for a plain class whose `__init__` is a Python function with a
    /// simple signature: allocates the instance into `self_slot` (the register
    /// just below the arguments, free at a call) and pushes the `__init__` frame.
    /// The cache entry remembers that the class qualifies; None on a miss.
    #[inline]
    pub(crate) fn try_construct(
        &mut self,
        cache: &std::cell::Cell<AttrCache>,
        f: Value,
        self_slot: usize,
        n: usize,
        ret_slot: usize,
    ) -> Option<PyResult<()>> {
        if !matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Class(_))) {
            return None;
        }
        let c = cache.get();
        let init = if c.kind == CacheKind::Construct
            && c.class == f.bits()
            && c.epoch == self.class_epoch
            && c.slot as usize == n
        {
            c.value
        } else {
            let init = self.construct_plan(f, n)?;
            cache.set(AttrCache {
                kind: CacheKind::Construct,
                class: f.bits(),
                shape: 0,
                epoch: self.class_epoch,
                slot: n as u32,
                value: init,
                next: None,
            });
            init
        };
        let inst = self.heap.alloc(ObjData::Instance(InstanceObj {
            class: std::cell::Cell::new(f),
            attrs: Mut::new(Default::default()),
            exc: None,
            payload: Value::EMPTY,
        }));
        self.stack.set(self_slot, inst);
        let r = self.try_push_python(init, self_slot, n + 1, ret_slot)?;
        if r.is_ok() {
            self.frames.last_mut().expect("frame").init_self = inst;
        }
        Some(r)
    }

    /// The `__init__` to run for `cls(n args)` when instantiating `cls` needs
    /// nothing but a new plain instance and that Python function (see
    /// `instantiate` for the cases this excludes).
    pub(crate) fn construct_plan(&self, cls: Value, n: usize) -> Option<Value> {
        let Some(ObjData::Class(c)) = cls.as_obj().map(|o| &o.data) else {
            return None;
        };
        if c.builtin.is_some()
            || !c.meta.get().is_none()
            || self.is_subclass(cls, self.types.type_)
            || self.class_lookup(cls, "__abstractmethods__").is_some()
            || self.builtin_base_needing_payload(cls).is_some()
            || self.class_is_exception(cls)
        {
            return None;
        }
        if let Some(new) = self.class_lookup(cls, "__new__") {
            if matches!(new.as_obj().map(|o| &o.data), Some(ObjData::Function(_))) {
                return None;
            }
        }
        let init = self.class_lookup(cls, "__init__")?;
        let Some(ObjData::Function(fo)) = init.as_obj().map(|o| &o.data) else {
            return None;
        };
        let code = super::call::code_of(fo.code);
        let npos = code.params.positional as usize;
        if !code.is_simple_call() || n + 1 > npos || n + 1 + fo.defaults.len() < npos {
            return None;
        }
        Some(init)
    }

    /// The (class, shape) key of a receiver whose methods caches can remember:
    /// instances without a built-in payload (not `super`), lists, dicts, strs.
    #[inline(always)]
    pub(crate) fn method_key(&self, o: Value) -> Option<(u64, u32)> {
        match o.as_obj().map(|x| &x.data) {
            Some(ObjData::Instance(inst))
                if inst.class.get() != self.super_class && inst.payload.is_empty() =>
            {
                Some((inst.class.get().bits(), inst.attrs.get().shape_id()))
            }
            Some(ObjData::List(_)) => Some((self.types.list.bits(), 0)),
            Some(ObjData::Dict(_)) => Some((self.types.dict.bits(), 0)),
            Some(ObjData::Str(_)) => Some((self.types.str_.bits(), 0)),
            _ => None,
        }
    }

    /// The VM-wide method cache entry for (class, shape, name), where `name` is
    /// identified by its address (each code object's name table entry).
    #[inline(always)]
    fn method_cache_slot(cls: u64, shape: u32, name: &str) -> usize {
        let h = (cls >> 4) ^ ((shape as u64) << 7) ^ ((name.as_ptr() as u64) >> 3);
        let h = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - METHOD_CACHE_BITS)) as usize
    }

    /// The method `LoadMethod` finds on `o` when a cache knows it: the site's
    /// inline cache, else (polymorphic sites) the VM-wide one. The receiver is `o`.
    #[inline(always)]
    pub(crate) fn cached_method(
        &self,
        cache: &std::cell::Cell<AttrCache>,
        o: Value,
        name: &str,
    ) -> Option<Value> {
        let (cls, shape) = self.method_key(o)?;
        let c = cache.get();
        if c.kind == CacheKind::Method
            && c.epoch == self.class_epoch
            && c.class == cls
            && c.shape == shape
        {
            Some(c.value)
        } else {
            self.method_cache_get(cls, shape, name)
        }
    }

    #[inline]
    fn method_cache_get(&self, cls: u64, shape: u32, name: &str) -> Option<Value> {
        let e = &self.method_cache[Self::method_cache_slot(cls, shape, name)];
        (e.class == cls
            && e.shape == shape
            && e.epoch == self.class_epoch
            && e.name == name.as_ptr() as usize)
            .then_some(e.value)
    }

    /// Remembers the method `LoadMethod` found on the receiver's class.
    pub(crate) fn fill_method_cache(
        &mut self,
        cache: &std::cell::Cell<AttrCache>,
        o: Value,
        name: &std::rc::Rc<str>,
        m: Value,
    ) {
        let Some((class, shape)) = self.method_key(o) else {
            return;
        };
        let slot = Self::method_cache_slot(class, shape, name);
        self.method_cache[slot] = MethodCacheEntry {
            class,
            shape,
            epoch: self.class_epoch,
            name: name.as_ptr() as usize,
            name_alive: Some(name.clone()),
            value: m,
        };
        cache.set(AttrCache {
            kind: CacheKind::Method,
            class,
            shape,
            epoch: self.class_epoch,
            slot: 0,
            value: m,
            next: None,
        });
    }
}

impl Vm {
    /// A class-body namespace lookup: plain dicts directly, other mappings (from a
    /// metaclass's `__prepare__`) through `__getitem__`, a KeyError meaning absent.
    pub(crate) fn namespace_get(&mut self, ns: Value, key: Value) -> PyResult<Option<Value>> {
        if matches!(ns.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
            return self.dict_get(ns, key);
        }
        match self.get_item(ns, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc_kind(&e, ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

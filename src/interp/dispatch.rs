//! The dispatch loop. Python-to-Python calls push a frame and continue in the same
//! loop (no Rust recursion), so deep Python recursion never grows the Rust stack.

use crate::compile::bytecode::{BinOp, CmpOp, Instr, UnOp, NO_REG};
use crate::runtime::error::ExcKind;
use crate::runtime::object::GenStatus;
use crate::runtime::object::*;
use crate::runtime::value::{fits_small, Value};

use super::call::CallOutcome;
use super::ArgBuf;
use super::Vm;
use crate::compile::bytecode::{AttrCache, CacheKind};

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

impl Vm {
    /// Runs frames until the frame at index `stop` returns; its result is returned.
    pub fn run(&mut self, stop: usize) -> PyResult<Value> {
        'outer: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code;
            let base = self.frames[fi].base;
            let mut pc = self.frames[fi].pc;
            let instrs = &code.instrs[..];

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
                let ins = instrs[pc];
                pc += 1;
                match ins {
                    Instr::Nop => {}
                    Instr::LoadConst { dst, idx } => w!(dst, code.consts[idx as usize]),
                    Instr::Move { dst, src } => w!(dst, r!(src)),
                    Instr::LoadGlobal { dst, slot } => {
                        let m = self.frames[fi].module;
                        let g = self.module_globals(m).get();
                        let v = g.values[slot as usize];
                        if v.is_empty() {
                            let name = g.name_of(slot as usize).clone();
                            break 'inner (
                                PyErr::new(
                                    ExcKind::NameError,
                                    format!("name '{name}' is not defined"),
                                ),
                                false,
                            );
                        }
                        w!(dst, v)
                    }
                    Instr::StoreGlobal { src, slot } => {
                        let m = self.frames[fi].module;
                        let g = self.module_globals(m).get_mut();
                        g.values[slot as usize] = r!(src);
                        g.from_builtins[slot as usize] = false;
                    }
                    Instr::DeleteGlobal { slot } => {
                        let m = self.frames[fi].module;
                        let g = self.module_globals(m).get_mut();
                        let s = slot as usize;
                        if g.values[s].is_empty() || g.from_builtins[s] {
                            let name = g.name_of(s).clone();
                            break 'inner (
                                PyErr::new(
                                    ExcKind::NameError,
                                    format!("name '{name}' is not defined"),
                                ),
                                false,
                            );
                        }
                        let name = g.name_of(s).clone();
                        match self.builtins.get(&name) {
                            Some(&b) => {
                                g.values[s] = b;
                                g.from_builtins[s] = true;
                            }
                            None => g.values[s] = Value::EMPTY,
                        }
                    }
                    Instr::CheckBound { reg, name } => {
                        if r!(reg).is_empty() {
                            let n = &code.names[name as usize];
                            break 'inner (
                                PyErr::new(
                                    ExcKind::UnboundLocalError,
                                    format!("cannot access local variable '{n}' where it is not associated with a value"),
                                ),
                                false,
                            );
                        }
                    }
                    Instr::DeleteLocal { reg, name } => {
                        if r!(reg).is_empty() {
                            let n = &code.names[name as usize];
                            break 'inner (
                                PyErr::new(
                                    ExcKind::UnboundLocalError,
                                    format!("cannot access local variable '{n}' where it is not associated with a value"),
                                ),
                                false,
                            );
                        }
                        w!(reg, Value::EMPTY)
                    }
                    Instr::MakeCell { reg } => {
                        let v = r!(reg);
                        let c = self.heap.alloc(ObjData::Cell(std::cell::Cell::new(v)));
                        w!(reg, c)
                    }
                    Instr::LoadCell { dst, cell, name } => {
                        let v = match r!(cell).as_obj().map(|o| &o.data) {
                            Some(ObjData::Cell(c)) => c.get(),
                            _ => Value::EMPTY,
                        };
                        if v.is_empty() {
                            let n = &code.names[name as usize];
                            break 'inner (
                                PyErr::new(
                                    ExcKind::NameError,
                                    format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
                                ),
                                false,
                            );
                        }
                        w!(dst, v)
                    }
                    Instr::StoreCell { cell, src } => {
                        if let Some(ObjData::Cell(c)) = r!(cell).as_obj().map(|o| &o.data) {
                            c.set(r!(src));
                        }
                    }
                    Instr::DeleteCell { cell, name } => {
                        if let Some(ObjData::Cell(c)) = r!(cell).as_obj().map(|o| &o.data) {
                            if c.get().is_empty() {
                                let n = &code.names[name as usize];
                                break 'inner (
                                    PyErr::new(
                                        ExcKind::NameError,
                                        format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
                                    ),
                                    false,
                                );
                            }
                            c.set(Value::EMPTY);
                        }
                    }
                    Instr::LoadClosure { dst, count } => {
                        let f = self.frames[fi].func;
                        if let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) {
                            for i in 0..count as usize {
                                let c = fo.closure.get(i).copied().unwrap_or(Value::EMPTY);
                                w!(dst as usize + i, c);
                            }
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
                        let v = tri!(self.binary_op(BinOp::Add, x, y));
                        w!(dst, v)
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
                        let v = tri!(self.binary_op(BinOp::Sub, x, y));
                        w!(dst, v)
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
                        let v = tri!(self.binary_op(BinOp::Mul, x, y));
                        w!(dst, v)
                    }
                    Instr::Binary { op, dst, a, b } => {
                        let v = tri!(self.binary_op(op, r!(a), r!(b)));
                        w!(dst, v)
                    }
                    Instr::Inplace { op, dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if op == BinOp::Add && x.is_int() && y.is_int() {
                            if let Some(v) = small_add(x.as_int(), y.as_int()) {
                                w!(dst, Value::from_small_int(v));
                                continue;
                            }
                        }
                        let v = tri!(self.inplace_op(op, x, y));
                        w!(dst, v)
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
                        let v = tri!(self.compare_op(op, x, y));
                        w!(dst, v)
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
                        let v = if imm < 0 {
                            tri!(self.binary_op(
                                BinOp::Sub,
                                x,
                                Value::from_small_int(-(imm as i64))
                            ))
                        } else {
                            tri!(self.binary_op(BinOp::Add, x, Value::from_small_int(imm as i64)))
                        };
                        w!(dst, v)
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
                        pc = target as usize;
                        if self.heap.collection_wanted && self.reentry_depth == 0 {
                            self.frames[fi].pc = pc;
                            self.collect_garbage();
                        }
                    }
                    Instr::GetIter { dst, src } => {
                        let v = tri!(self.get_iter(r!(src)));
                        w!(dst, v)
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
                        match tri!(self.iter_next(it)) {
                            Some(v) => w!(dst, v),
                            None => pc = target as usize,
                        }
                    }
                    Instr::Call { dst, func, argc } => {
                        let f = r!(func);
                        let start = base + func as usize + 1;
                        if let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) {
                            if let Some(ObjData::Code(c)) = fo.code.as_obj().map(|o| &o.data) {
                                if c.is_simple_call() && c.params.positional == argc {
                                    self.frames[fi].pc = pc;
                                    tri!(self.push_frame(
                                        fo.code,
                                        f,
                                        fo.module,
                                        start,
                                        base + dst as usize
                                    ));
                                    continue 'outer;
                                }
                            }
                        }
                        self.frames[fi].pc = pc;
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
                        let c = cache.get();
                        if c.kind == CacheKind::Method && c.epoch == self.class_epoch {
                            let hit = match o.as_obj().map(|x| &x.data) {
                                Some(ObjData::Instance(inst)) => {
                                    c.class == inst.class.bits()
                                        && c.shape == inst.attrs.get().shape_id()
                                }
                                Some(ObjData::List(_)) => c.class == self.types.list.bits(),
                                Some(ObjData::Dict(_)) => c.class == self.types.dict.bits(),
                                Some(ObjData::Str(_)) => c.class == self.types.str_.bits(),
                                _ => false,
                            };
                            if hit {
                                w!(dst, c.value);
                                w!(dst + 1, o);
                                continue;
                            }
                        }
                        let (m, recv) = tri!(self.load_method(o, &code.names[name as usize]));
                        if !recv.is_empty() {
                            self.fill_method_cache(cache, o, m);
                        }
                        w!(dst, m);
                        w!(dst + 1, recv);
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
                        if let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) {
                            if let Some(ObjData::Code(c)) = fo.code.as_obj().map(|o| &o.data) {
                                if c.is_simple_call() && c.params.positional as usize == n {
                                    self.frames[fi].pc = pc;
                                    tri!(self.push_frame(
                                        fo.code,
                                        f,
                                        fo.module,
                                        start,
                                        base + dst as usize
                                    ));
                                    continue 'outer;
                                }
                            }
                        }
                        self.frames[fi].pc = pc;
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
                        self.stack.set(frame.ret_slot, v);
                        continue 'outer;
                    }
                    Instr::BuildList { dst, start, count } => {
                        let s = base + start as usize;
                        let items = self.stack.slice(s, s + count as usize).to_vec();
                        let v = self.new_list(items);
                        w!(dst, v)
                    }
                    Instr::BuildTuple { dst, start, count } => {
                        let s = base + start as usize;
                        let items = self.stack.slice(s, s + count as usize).to_vec();
                        let v = self.new_tuple(items);
                        w!(dst, v)
                    }
                    Instr::BuildSet {
                        dst,
                        start,
                        count,
                        constant,
                    } => {
                        let s = base + start as usize;
                        let items = self.stack.slice(s, s + count as usize).to_vec();
                        let v = if constant {
                            tri!(self.constant_set(&items))
                        } else {
                            tri!(self.set_from_values(&items))
                        };
                        w!(dst, v)
                    }
                    Instr::BuildDict { dst, start, count } => {
                        let s = base + start as usize;
                        let items = self.stack.slice(s, s + 2 * count as usize).to_vec();
                        let d = self
                            .new_dict(crate::runtime::dict::DictObj::with_capacity(count as usize));
                        for pair in items.chunks(2) {
                            tri!(self.dict_set(d, pair[0], pair[1]));
                        }
                        w!(dst, d)
                    }
                    Instr::BuildSlice { dst, start } => {
                        let v = self.heap.alloc(ObjData::Slice(
                            r!(start),
                            r!(start + 1),
                            r!(start + 2),
                        ));
                        w!(dst, v)
                    }
                    Instr::BuildString { dst, start, count } => {
                        let mut s = String::new();
                        for i in 0..count {
                            let v = r!(start + i);
                            if let Some(ObjData::Str(so)) = v.as_obj().map(|o| &o.data) {
                                s.push_str(&so.s);
                            }
                        }
                        let v = self.new_string(s);
                        w!(dst, v)
                    }
                    Instr::ListAppend { list, src } => {
                        if let Some(ObjData::List(l)) = r!(list).as_obj().map(|o| &o.data) {
                            l.get_mut().push(r!(src));
                        }
                    }
                    Instr::ListExtend { list, src } => {
                        let items = tri!(self.collect_iterable(r!(src)));
                        if let Some(ObjData::List(l)) = r!(list).as_obj().map(|o| &o.data) {
                            l.get_mut().extend(items);
                        }
                    }
                    Instr::SetAdd { set, src } => {
                        tri!(self.set_add(r!(set), r!(src)));
                    }
                    Instr::SetUpdate { set, src } => {
                        let items = tri!(self.collect_iterable(r!(src)));
                        for it in items {
                            tri!(self.set_add(r!(set), it));
                        }
                    }
                    Instr::DictSet { dict, key, src } => {
                        tri!(self.dict_set(r!(dict), r!(key), r!(src)));
                    }
                    Instr::DictUpdate { dict, src } => {
                        tri!(self.dict_update_from(r!(dict), r!(src), true));
                    }
                    Instr::ListToTuple { dst, src } => {
                        let items = match r!(src).as_obj().map(|o| &o.data) {
                            Some(ObjData::List(l)) => l.get().clone(),
                            _ => vec![],
                        };
                        let v = self.new_tuple(items);
                        w!(dst, v)
                    }
                    Instr::FormatValue {
                        dst,
                        src,
                        conv,
                        spec,
                    } => {
                        let x = r!(src);
                        let x = match conv {
                            b's' => {
                                let s = tri!(self.str_of(x));
                                self.new_string(s)
                            }
                            b'r' => {
                                let s = tri!(self.repr_of(x));
                                self.new_string(s)
                            }
                            b'a' => {
                                let s = tri!(self.repr_of(x));
                                let s = crate::runtime::builtins::ascii_escape(&s);
                                self.new_string(s)
                            }
                            _ => x,
                        };
                        let spec_v = if spec == NO_REG {
                            Value::EMPTY
                        } else {
                            r!(spec)
                        };
                        let v = tri!(self.format_value(x, spec_v));
                        w!(dst, v)
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
                        let v = tri!(self.get_item(o, k));
                        w!(dst, v)
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
                        tri!(self.set_item(o, k, v));
                    }
                    Instr::DelItem { obj, key } => {
                        tri!(self.del_item(r!(obj), r!(key)));
                    }
                    Instr::GetAttr { dst, obj, name } => {
                        let o = r!(obj);
                        let cache = &code.attr_cache[pc - 1];
                        if let Some(ObjData::Instance(inst)) = o.as_obj().map(|x| &x.data) {
                            let c = cache.get();
                            let st = inst.attrs.get();
                            if c.kind == CacheKind::InstanceSlot
                                && c.shape == st.shape_id()
                                && c.class == inst.class.bits()
                                && c.epoch == self.class_epoch
                            {
                                w!(dst, st.slot(c.slot as usize));
                                continue;
                            }
                        }
                        let n = &code.names[name as usize];
                        let v = tri!(self.get_attr(o, n));
                        self.fill_slot_cache(cache, o, n);
                        w!(dst, v)
                    }
                    Instr::SetAttr { obj, name, src } => {
                        let o = r!(obj);
                        let cache = &code.attr_cache[pc - 1];
                        if let Some(ObjData::Instance(inst)) = o.as_obj().map(|x| &x.data) {
                            let c = cache.get();
                            let st = inst.attrs.get_mut();
                            if c.kind == CacheKind::InstanceSlot
                                && c.shape == st.shape_id()
                                && c.class == inst.class.bits()
                                && c.epoch == self.class_epoch
                            {
                                st.set_slot(c.slot as usize, r!(src));
                                continue;
                            }
                        }
                        let n = &code.names[name as usize];
                        tri!(self.set_attr(o, n, r!(src)));
                        self.fill_slot_cache(cache, o, n);
                    }
                    Instr::DelAttr { obj, name } => {
                        tri!(self.del_attr(r!(obj), &code.names[name as usize]));
                    }
                    Instr::UnpackSeq { src, dst, count } => {
                        let items = tri!(self.unpack(r!(src), count as usize, None));
                        for (i, v) in items.into_iter().enumerate() {
                            w!(dst as usize + i, v);
                        }
                    }
                    Instr::UnpackEx {
                        src,
                        dst,
                        before,
                        after,
                    } => {
                        let items =
                            tri!(self.unpack(r!(src), before as usize, Some(after as usize)));
                        for (i, v) in items.into_iter().enumerate() {
                            w!(dst as usize + i, v);
                        }
                    }
                    Instr::MakeFunction {
                        dst,
                        code: ci,
                        base: eb,
                        flags,
                    } => {
                        let mut k = 0u16;
                        let mut take = |bit: u8| {
                            if flags & bit != 0 {
                                let v = self.stack.get(base + (eb + k) as usize);
                                k += 1;
                                v
                            } else {
                                Value::EMPTY
                            }
                        };
                        let defaults = take(1);
                        let kwdefaults = take(2);
                        let closure = take(4);
                        let annotations = take(8);
                        let module = self.frames[fi].module;
                        let f = self.make_function(
                            code.consts[ci as usize],
                            module,
                            defaults,
                            kwdefaults,
                            closure,
                        );
                        if !annotations.is_empty() {
                            if let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) {
                                fo.attrs
                                    .get_mut()
                                    .insert(std::rc::Rc::from("__annotations__"), annotations);
                            }
                        }
                        w!(dst, f)
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
                    Instr::ExcMatch { dst, exc, ty } => {
                        let v = tri!(self.exception_matches(r!(exc), r!(ty)));
                        w!(dst, Value::from_bool(v))
                    }
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
                        return Ok(v);
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
                    Instr::ImportName { dst, name } => {
                        self.frames[fi].pc = pc;
                        let v = tri!(self.import_module(&code.names[name as usize]));
                        w!(dst, v)
                    }
                    Instr::ImportFrom { dst, module, name } => {
                        let v = tri!(self.import_from(r!(module), &code.names[name as usize]));
                        w!(dst, v)
                    }
                    Instr::ImportStar { module } => {
                        let target = self.frames[fi].module;
                        tri!(self.import_star(r!(module), target));
                    }
                    Instr::LoadName { dst, ns, name } => {
                        let n = &code.names[name as usize];
                        let nsv = r!(ns);
                        let key = self.new_str(n);
                        let found = tri!(self.namespace_get(nsv, key));
                        let v = match found {
                            Some(v) => v,
                            None => {
                                let m = self.frames[fi].module;
                                match self.module_globals(m).get().get(n) {
                                    Some(v) => v,
                                    None => match self.builtins.get(n) {
                                        Some(&b) => b,
                                        None => {
                                            break 'inner (
                                                PyErr::new(
                                                    ExcKind::NameError,
                                                    format!("name '{n}' is not defined"),
                                                ),
                                                false,
                                            );
                                        }
                                    },
                                }
                            }
                        };
                        w!(dst, v)
                    }
                    Instr::StoreName { ns, name, src } => {
                        let key = self.new_str(&code.names[name as usize]);
                        let nsv = r!(ns);
                        if matches!(nsv.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
                            tri!(self.dict_set(nsv, key, r!(src)));
                        } else {
                            // A metaclass's __prepare__ namespace: its own __setitem__.
                            tri!(self.set_item(nsv, key, r!(src)));
                        }
                    }
                    Instr::DeleteName { ns, name } => {
                        let n = &code.names[name as usize];
                        let key = self.new_str(n);
                        if tri!(self.dict_remove(r!(ns), key)).is_none() {
                            break 'inner (
                                PyErr::new(
                                    ExcKind::NameError,
                                    format!("name '{n}' is not defined"),
                                ),
                                false,
                            );
                        }
                    }
                }
            };
            // An exception: record where, then find a handler.
            if let Some(f) = self.frames.last_mut() {
                f.pc = pc;
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
    fn fill_slot_cache(&self, cache: &std::cell::Cell<AttrCache>, o: Value, name: &str) {
        let Some(ObjData::Instance(inst)) = o.as_obj().map(|x| &x.data) else {
            return;
        };
        if inst.class == self.super_class || inst.exc.is_some() {
            return;
        }
        if self.class_lookup(inst.class, name).is_some()
            || self
                .class_lookup(inst.class, "__setattr__")
                .is_some_and(|f| !matches!(f.as_obj().map(|x| &x.data), Some(ObjData::Native(_))))
        {
            return;
        }
        let st = inst.attrs.get();
        if let Some(slot) = st.shape().slot_of(name) {
            cache.set(AttrCache {
                kind: CacheKind::InstanceSlot,
                class: inst.class.bits(),
                shape: st.shape_id(),
                epoch: self.class_epoch,
                slot: slot as u32,
                value: Value::NONE,
            });
        }
    }

    /// Remembers the method `LoadMethod` found on the receiver's class.
    fn fill_method_cache(&self, cache: &std::cell::Cell<AttrCache>, o: Value, m: Value) {
        let (class, shape) = match o.as_obj().map(|x| &x.data) {
            Some(ObjData::Instance(inst))
                if inst.class != self.super_class && inst.payload.is_empty() =>
            {
                (inst.class, inst.attrs.get().shape_id())
            }
            Some(ObjData::List(_)) => (self.types.list, 0),
            Some(ObjData::Dict(_)) => (self.types.dict, 0),
            Some(ObjData::Str(_)) => (self.types.str_, 0),
            _ => return,
        };
        cache.set(AttrCache {
            kind: CacheKind::Method,
            class: class.bits(),
            shape,
            epoch: self.class_epoch,
            slot: 0,
            value: m,
        });
    }
}

impl Vm {
    /// A class-body namespace lookup: plain dicts directly, other mappings (from a
    /// metaclass's `__prepare__`) through `__getitem__`, a KeyError meaning absent.
    fn namespace_get(&mut self, ns: Value, key: Value) -> PyResult<Option<Value>> {
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

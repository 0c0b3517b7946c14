//! The instructions that neither jump nor push or pop frames: they read registers,
//! write registers and the heap, and may raise. The dispatch loop runs them here
//! (after its own fast paths), and so does the JIT for any such instruction it has
//! no specialized IR for, which keeps one implementation of each.

use crate::compile::bytecode::{BinOp, Code, Instr, UnOp, NO_REG};
use crate::runtime::error::ExcKind;
use crate::runtime::object::*;
use crate::runtime::value::Value;

use super::frame::Frame;
use super::Vm;

/// What an instruction needs to know about the frame it runs in.
pub struct FrameCtx {
    pub code: &'static Code,
    pub base: usize,
    pub module: Value,
    pub func: Value,
}

impl FrameCtx {
    pub fn of(f: &Frame) -> FrameCtx {
        FrameCtx {
            code: f.code,
            base: f.base,
            module: f.module,
            func: f.func,
        }
    }
}

impl Vm {
    /// Runs one instruction without control flow (see `is_simple`).
    pub fn exec_simple(&mut self, ins: Instr, pc: usize, fr: &FrameCtx) -> PyResult<()> {
        let base = fr.base;
        let code = fr.code;
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
        macro_rules! tri {
            ($e:expr) => {
                $e?
            };
        }
        match ins {
            Instr::LoadConst { dst, idx } => w!(dst, code.consts[idx as usize]),
            Instr::Move { dst, src } => w!(dst, r!(src)),
            Instr::LoadGlobal { dst, slot } => {
                let g = self.module_globals(fr.module).get();
                let v = g.values[slot as usize];
                if v.is_empty() {
                    let name = g.name_of(slot as usize).clone();
                    return Err(PyErr::new(
                        ExcKind::NameError,
                        format!("name '{name}' is not defined"),
                    ));
                }
                w!(dst, v)
            }
            Instr::Add { dst, a, b } => w!(dst, self.binary_op(BinOp::Add, r!(a), r!(b))?),
            Instr::Sub { dst, a, b } => w!(dst, self.binary_op(BinOp::Sub, r!(a), r!(b))?),
            Instr::Mul { dst, a, b } => w!(dst, self.binary_op(BinOp::Mul, r!(a), r!(b))?),
            Instr::AddImm { dst, a, imm } => {
                let v = if imm < 0 {
                    self.binary_op(BinOp::Sub, r!(a), Value::from_small_int(-(imm as i64)))?
                } else {
                    self.binary_op(BinOp::Add, r!(a), Value::from_small_int(imm as i64))?
                };
                w!(dst, v)
            }
            Instr::Inplace { op, dst, a, b } => w!(dst, self.inplace_op(op, r!(a), r!(b))?),
            Instr::Compare { op, dst, a, b } => {
                let (x, y) = (r!(a), r!(b));
                let v = match op {
                    crate::compile::bytecode::CmpOp::Is => Value::from_bool(x == y),
                    crate::compile::bytecode::CmpOp::IsNot => Value::from_bool(x != y),
                    _ => self.compare_op(op, x, y)?,
                };
                w!(dst, v)
            }
            Instr::Unary { op, dst, src } => {
                let x = r!(src);
                let v = match op {
                    UnOp::Not => Value::from_bool(!self.truthy(x)?),
                    _ => self.unary_op(op, x)?,
                };
                w!(dst, v)
            }
            Instr::GetItem { dst, obj, key } => w!(dst, self.get_item(r!(obj), r!(key))?),
            Instr::SetItem { obj, key, src } => self.set_item(r!(obj), r!(key), r!(src))?,
            Instr::GetAttr { dst, obj, name } => {
                let o = r!(obj);
                let n = &code.names[name as usize];
                let v = self.get_attr(o, n)?;
                self.fill_slot_cache(&code.attr_cache[pc], o, n);
                w!(dst, v)
            }
            Instr::SetAttr { obj, name, src } => {
                let o = r!(obj);
                let n = &code.names[name as usize];
                let before = match o.as_obj().map(|x| &x.data) {
                    Some(ObjData::Instance(inst)) => Some(inst.attrs.get().shape()),
                    _ => None,
                };
                self.set_attr(o, n, r!(src))?;
                match before {
                    Some(b) if b.slot_of(n).is_none() => {
                        self.fill_add_cache(&code.attr_cache[pc], o, n, b)
                    }
                    _ => self.fill_slot_cache(&code.attr_cache[pc], o, n),
                }
            }
            Instr::LoadMethod { dst, obj, name } => {
                let o = r!(obj);
                let cache = &code.attr_cache[pc];
                if let Some(m) = self.cached_method(cache, o, &code.names[name as usize]) {
                    w!(dst, m);
                    w!(dst + 1, o);
                    return Ok(());
                }
                let (m, recv) = self.load_method(o, &code.names[name as usize])?;
                if !recv.is_empty() {
                    self.fill_method_cache(&code.attr_cache[pc], o, &code.names[name as usize], m);
                }
                w!(dst, m);
                w!(dst + 1, recv);
            }
            Instr::StoreGlobal { src, slot } => {
                let m = fr.module;
                let g = self.module_globals(m).get_mut();
                g.values[slot as usize] = r!(src);
                g.from_builtins[slot as usize] = false;
            }
            Instr::DeleteGlobal { slot } => {
                let m = fr.module;
                let g = self.module_globals(m).get_mut();
                let s = slot as usize;
                if g.values[s].is_empty() || g.from_builtins[s] {
                    let name = g.name_of(s).clone();
                    return Err(PyErr::new(
                        ExcKind::NameError,
                        format!("name '{name}' is not defined"),
                    ));
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
                    return Err(PyErr::new(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{n}' where it is not associated with a value"),
                        ));
                }
            }
            Instr::DeleteLocal { reg, name } => {
                if r!(reg).is_empty() {
                    let n = &code.names[name as usize];
                    return Err(PyErr::new(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{n}' where it is not associated with a value"),
                        ));
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
                    return Err(unbound_cell(code, cell, name));
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
                        return Err(unbound_cell(code, cell, name));
                    }
                    c.set(Value::EMPTY);
                }
            }
            Instr::LoadClosure { dst, count } => {
                let f = fr.func;
                if let Some(ObjData::Function(fo)) = f.as_obj().map(|o| &o.data) {
                    for i in 0..count as usize {
                        let c = fo.closure.get(i).copied().unwrap_or(Value::EMPTY);
                        w!(dst as usize + i, c);
                    }
                }
            }
            Instr::Binary { op, dst, a, b } => {
                let v = tri!(self.binary_op(op, r!(a), r!(b)));
                w!(dst, v)
            }
            Instr::GetIter { dst, src } => {
                let v = tri!(self.get_iter(r!(src)));
                w!(dst, v)
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
                let d = self.new_dict(crate::runtime::dict::DictObj::with_capacity(count as usize));
                for pair in items.chunks(2) {
                    tri!(self.dict_set(d, pair[0], pair[1]));
                }
                w!(dst, d)
            }
            Instr::BuildSlice { dst, start } => {
                let v = self
                    .heap
                    .alloc(ObjData::Slice(r!(start), r!(start + 1), r!(start + 2)));
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
            Instr::DelItem { obj, key } => {
                tri!(self.del_item(r!(obj), r!(key)));
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
                let items = tri!(self.unpack(r!(src), before as usize, Some(after as usize)));
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
                let module = fr.module;
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
            Instr::ExcMatch { dst, exc, ty } => {
                let v = tri!(self.exception_matches(r!(exc), r!(ty)));
                w!(dst, Value::from_bool(v))
            }
            Instr::ImportName { dst, name } => {
                let v = tri!(self.import_module(&code.names[name as usize]));
                w!(dst, v)
            }
            Instr::ImportFrom { dst, module, name } => {
                let v = tri!(self.import_from(r!(module), &code.names[name as usize]));
                w!(dst, v)
            }
            Instr::ImportStar { module } => {
                let target = fr.module;
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
                        let m = fr.module;
                        match self.module_globals(m).get().get(n) {
                            Some(v) => v,
                            None => match self.builtins.get(n) {
                                Some(&b) => b,
                                None => {
                                    return Err(PyErr::new(
                                        ExcKind::NameError,
                                        format!("name '{n}' is not defined"),
                                    ));
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
                    return Err(PyErr::new(
                        ExcKind::NameError,
                        format!("name '{n}' is not defined"),
                    ));
                }
            }
            other => unreachable!("exec_simple on a control-flow instruction: {other:?}"),
        }
        Ok(())
    }
}

/// Whether `exec_simple` runs this instruction: it neither jumps, nor pushes or pops
/// a frame, nor touches the handler stack.
pub fn is_simple(ins: &Instr) -> bool {
    !matches!(
        ins,
        Instr::Nop
            | Instr::Jump { .. }
            | Instr::JumpIfFalse { .. }
            | Instr::JumpIfTrue { .. }
            | Instr::CmpJumpIfFalse { .. }
            | Instr::CmpImmJumpIfFalse { .. }
            | Instr::Loop { .. }
            | Instr::ForIter { .. }
            | Instr::Call { .. }
            | Instr::CallKw { .. }
            | Instr::CallEx { .. }
            | Instr::CallMethod { .. }
            | Instr::Return { .. }
            | Instr::Raise { .. }
            | Instr::Reraise { .. }
            | Instr::RaiseAssert { .. }
            | Instr::GetException { .. }
            | Instr::EndHandler { .. }
            | Instr::Yield { .. }
            | Instr::Send { .. }
    )
}

/// The error for reading or deleting an empty cell: the function's own cell is an
/// unbound local (UnboundLocalError), a free variable a NameError.
fn unbound_cell(code: &Code, cell: crate::compile::bytecode::Reg, name: u32) -> PyErr {
    let n = &code.names[name as usize];
    if cell >= code.free_start && cell < code.free_start + code.nfree {
        PyErr::new(
            ExcKind::NameError,
            format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }
}

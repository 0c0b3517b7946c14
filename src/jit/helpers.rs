//! Runtime helpers that compiled traces call.
//!
//! Every helper has the machine signature `extern "C" fn(ctx, a, b, c) -> u64`
//! (see `ir::Helper`). A helper never unwinds into machine code: a Python exception
//! is parked in `JitState::pending_error` and reported with `ERR_BITS`, and the
//! trace leaves through a `Raise` exit; `MISS_BITS` means "the fast case does not
//! apply", and the trace leaves through a `Resume` exit before anything changed.

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::compile::bytecode::{AttrCache, BinOp, CacheKind, CmpOp};
use crate::interp::call::CallOutcome;
use crate::interp::simple::FrameCtx;
use crate::interp::{ArgBuf, Vm};
use crate::runtime::error::ExcKind;
use crate::runtime::object::PyErr;
use crate::runtime::object::{InstanceObj, IterState, Mut, ObjData};
use crate::runtime::value::Value;

use super::backend::{CtxHeader, HelperFn};
use super::exit::DirectCall;
use super::ir::{Helper, ERR_BITS, MISS_BITS};
use super::TraceRecord;

/// What a running trace's helpers can reach. One per trace entry, on the Rust stack
/// of `exit::run_trace`; `header` must stay first (machine code reads it).
#[repr(C)]
pub struct JitCtx {
    pub header: CtxHeader,
    pub vm: *mut Vm,
    /// Absolute index of the root frame's first register.
    pub root_base: usize,
}

/// The address of a helper, for the backend.
pub fn address_of(h: Helper) -> usize {
    let f: HelperFn = match h {
        Helper::ListGet => list_get,
        Helper::ListSet => list_set,
        Helper::LoadGlobal => load_global,
        Helper::ModuleAttr => module_attr,
        Helper::GetAttrCached => getattr_cached,
        Helper::SetAttrCached => setattr_cached,
        Helper::LoadMethodCached => load_method_cached,
        Helper::AddAttrCached => addattr_cached,
        Helper::NewInstance => new_instance,
        Helper::RangePtr => range_ptr,
        Helper::IterNext => iter_next,
        Helper::NewRange => new_range,
        Helper::IterOf => iter_of,
        Helper::RangeIter => range_iter,
        Helper::IntArith => int_arith,
        Helper::Builtin1 => builtin1,
        Helper::SeqAdd => seq_add,
        Helper::BuildList => build_list,
        Helper::ListAppend => list_append,
        Helper::ListPop => list_pop,
        Helper::TypeOf => type_of,
        Helper::IsInstance => isinstance,
        Helper::Truthy => truthy,
        Helper::CompareTruth => compare_truth,
        Helper::Call => call,
        Helper::CallMethod => call_method,
        Helper::CallTrace => call_trace,
        Helper::Step => step,
    };
    f as usize
}

/// The VM and context of a running trace.
///
/// # Safety
/// `ctx` must be the `JitCtx` that `exit::run_trace` passed to the trace, which
/// outlives the call; the VM it points to is not otherwise borrowed while the trace
/// runs (the dispatch loop is suspended inside `run_trace`).
// SAFETY: the function is declared unsafe; every caller upholds the contract above.
unsafe fn parts<'a>(ctx: *mut CtxHeader) -> (&'a mut Vm, &'a JitCtx) {
    // SAFETY: see the function's contract; `JitCtx` is `repr(C)` with the header first.
    unsafe {
        let cx = &*(ctx as *const JitCtx);
        (&mut *cx.vm, cx)
    }
}

/// Runs a helper body that may run Python code: no collection may start while
/// machine code holds values in registers, and a Rust panic must not unwind
/// through machine code (it becomes a SystemError, as a last resort).
fn guarded(vm: &mut Vm, body: impl FnOnce(&mut Vm) -> Result<u64, PyErr>) -> u64 {
    vm.reentry_depth += 1;
    let r = catch_unwind(AssertUnwindSafe(|| body(&mut *vm)));
    vm.reentry_depth -= 1;
    match r {
        Ok(Ok(bits)) => bits,
        Ok(Err(e)) => {
            vm.jit.pending_error = Some(e);
            ERR_BITS
        }
        Err(_) => {
            vm.jit.pending_error = Some(PyErr::new(
                ExcKind::RuntimeError,
                "internal error in a JIT helper",
            ));
            ERR_BITS
        }
    }
}

/// Runs a helper body that may run Python code, called at a safepoint of the
/// trace (its state is in its frames' registers in memory, and the values its
/// machine code keeps in registers are in memory too): the collector may run,
/// as in the interpreter. A Rust panic still must not unwind through machine
/// code.
fn at_safepoint(vm: &mut Vm, body: impl FnOnce(&mut Vm) -> Result<u64, PyErr>) -> u64 {
    let depth = vm.reentry_depth;
    match catch_unwind(AssertUnwindSafe(|| body(&mut *vm))) {
        Ok(Ok(bits)) => bits,
        Ok(Err(e)) => {
            vm.jit.pending_error = Some(e);
            ERR_BITS
        }
        Err(_) => {
            vm.reentry_depth = depth;
            vm.jit.pending_error = Some(PyErr::new(
                ExcKind::RuntimeError,
                "internal error in a JIT helper",
            ));
            ERR_BITS
        }
    }
}

fn cache_of<'a>(bits: u64) -> &'a AttrCache {
    // SAFETY: the recorder passes the address of a frozen `Box<AttrCache>` owned by
    // the trace record, which lives as long as the compiled code.
    unsafe { &*(bits as usize as *const AttrCache) }
}

/// A Python index (negative counts from the end) into a list of `len` items.
fn list_index(len: usize, index: u64) -> Option<usize> {
    let i = index as i64;
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

extern "C" fn list_get(ctx: *mut CtxHeader, list: u64, index: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (_vm, _) = unsafe { parts(ctx) };
    let Some(ObjData::List(l)) = Value(list).as_obj().map(|o| &o.data) else {
        return MISS_BITS;
    };
    let items = l.get();
    match list_index(items.len(), index) {
        Some(i) => items[i].0,
        None => MISS_BITS,
    }
}

extern "C" fn list_set(ctx: *mut CtxHeader, list: u64, index: u64, value: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (_vm, _) = unsafe { parts(ctx) };
    let Some(ObjData::List(l)) = Value(list).as_obj().map(|o| &o.data) else {
        return MISS_BITS;
    };
    let items = l.get_mut();
    match list_index(items.len(), index) {
        Some(i) => {
            items[i] = Value(value);
            0
        }
        None => MISS_BITS,
    }
}

extern "C" fn new_range(ctx: *mut CtxHeader, start: u64, stop: u64, step: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let (start, stop, step) = (start as i64, stop as i64, step as i64);
    if step == 0 {
        return MISS_BITS;
    }
    let range = crate::runtime::object::RangeObj {
        start: start as i128,
        stop: stop as i128,
        step: step as i128,
    };
    vm.heap.alloc(ObjData::Range(Box::new(range))).0
}

extern "C" fn range_iter(ctx: *mut CtxHeader, start: u64, stop: u64, step: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let (cur, stop, step) = (start as i64, stop as i64, step as i64);
    if step == 0 {
        return MISS_BITS;
    }
    vm.new_iter(IterState::Range { cur, stop, step }).0
}

/// The binary operators `Helper::IntArith` performs, by their code.
pub(crate) const INT_ARITH_OPS: [BinOp; 11] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitAnd,
    BinOp::BitOr,
    BinOp::BitXor,
];

/// A small int or a big int (not a bool, not an int subclass instance).
pub(crate) fn is_exact_int(v: Value) -> bool {
    v.is_int() || matches!(v.as_obj().map(|o| &o.data), Some(ObjData::BigInt(_)))
}

extern "C" fn int_arith(ctx: *mut CtxHeader, a: u64, b: u64, op: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let (a, b) = (Value(a), Value(b));
    let Some(&op) = INT_ARITH_OPS.get(op as usize) else {
        return MISS_BITS;
    };
    if !is_exact_int(a) || !is_exact_int(b) {
        return MISS_BITS;
    }
    match vm.numeric_binary(op, a, b) {
        Ok(Some(v)) => v.0,
        _ => MISS_BITS,
    }
}

/// A built-in container whose `len()` runs no Python code.
pub(crate) fn has_native_len(x: Value) -> bool {
    matches!(
        x.as_obj().map(|o| &o.data),
        Some(
            ObjData::List(_)
                | ObjData::Tuple(_)
                | ObjData::Str(_)
                | ObjData::Dict(_)
                | ObjData::Set(_)
                | ObjData::FrozenSet(_)
        )
    )
}

/// `Helper::Builtin1`'s built-ins.
pub(crate) const BUILTIN1_LEN: i64 = 0;
pub(crate) const BUILTIN1_ORD: i64 = 1;

extern "C" fn builtin1(ctx: *mut CtxHeader, x: u64, which: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let x = Value(x);
    match (which as i64, x.as_obj().map(|o| &o.data)) {
        (BUILTIN1_LEN, _) if has_native_len(x) => match vm.len_of(x) {
            Ok(n) => vm.int_value(n as i64).0,
            Err(_) => MISS_BITS,
        },
        (BUILTIN1_ORD, Some(ObjData::Str(s))) => {
            let mut chars = s.s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Value::from_small_int(c as i64).0,
                _ => MISS_BITS,
            }
        }
        _ => MISS_BITS,
    }
}

extern "C" fn seq_add(ctx: *mut CtxHeader, a: u64, b: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let (a, b) = (Value(a), Value(b));
    let same_immutable = matches!(
        (a.as_obj().map(|o| &o.data), b.as_obj().map(|o| &o.data)),
        (Some(ObjData::Str(_)), Some(ObjData::Str(_)))
            | (Some(ObjData::Tuple(_)), Some(ObjData::Tuple(_)))
    );
    if !same_immutable {
        return MISS_BITS;
    }
    match vm.sequence_binary(BinOp::Add, a, b) {
        Ok(Some(v)) => v.0,
        _ => MISS_BITS,
    }
}

extern "C" fn build_list(ctx: *mut CtxHeader, count: u64, a: u64, b: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let items = [Value(a), Value(b)];
    let n = (count as usize).min(items.len());
    vm.new_list(items[..n].to_vec()).0
}

extern "C" fn iter_of(ctx: *mut CtxHeader, value: u64, _: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let v = Value(value);
    if !super::record::iterates_natively(v) {
        return MISS_BITS;
    }
    match vm.get_iter(v) {
        Ok(it) => it.0,
        Err(_) => MISS_BITS,
    }
}

extern "C" fn list_append(ctx: *mut CtxHeader, list: u64, value: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let Some(ObjData::List(l)) = Value(list).as_obj().map(|o| &o.data) else {
        return MISS_BITS;
    };
    l.get_mut().push(Value(value));
    vm.heap.note_growth(8);
    Value::NONE.0
}

extern "C" fn list_pop(ctx: *mut CtxHeader, list: u64, _: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (_vm, _) = unsafe { parts(ctx) };
    let Some(ObjData::List(l)) = Value(list).as_obj().map(|o| &o.data) else {
        return MISS_BITS;
    };
    l.get_mut().pop().map_or(MISS_BITS, |v| v.0)
}

extern "C" fn type_of(ctx: *mut CtxHeader, value: u64, _: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    vm.type_of(Value(value)).0
}

extern "C" fn isinstance(ctx: *mut CtxHeader, value: u64, class: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    match Value(class).as_obj().map(|o| &o.data) {
        Some(ObjData::Class(c)) if c.meta.get().is_none() => {
            Value::from_bool(vm.is_instance_of(Value(value), Value(class))).0
        }
        _ => MISS_BITS,
    }
}

extern "C" fn load_global(ctx: *mut CtxHeader, module: u64, slot: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let g = vm.module_globals(Value(module)).get();
    match g.values.get(slot as usize) {
        Some(v) if !v.is_empty() => v.0,
        _ => MISS_BITS,
    }
}

extern "C" fn module_attr(ctx: *mut CtxHeader, module: u64, slot: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let g = vm.module_globals(Value(module)).get();
    let s = slot as usize;
    match (g.values.get(s), g.from_builtins.get(s)) {
        (Some(v), Some(false)) if !v.is_empty() => v.0,
        _ => MISS_BITS,
    }
}

/// Whether a frozen cache entry applies to `o` now (as the dispatch loop checks).
fn cache_matches(vm: &Vm, c: &AttrCache, o: Value) -> bool {
    if c.epoch != vm.class_epoch {
        return false;
    }
    match o.as_obj().map(|x| &x.data) {
        Some(ObjData::Instance(inst)) => {
            c.class == inst.class.get().bits() && c.shape == inst.attrs.get().shape_id()
        }
        Some(ObjData::List(_)) if c.kind == CacheKind::Method => c.class == vm.types.list.bits(),
        Some(ObjData::Dict(_)) if c.kind == CacheKind::Method => c.class == vm.types.dict.bits(),
        Some(ObjData::Str(_)) if c.kind == CacheKind::Method => c.class == vm.types.str_.bits(),
        _ => false,
    }
}

/// The instance whose attribute slot the frozen cache entry at `cache` names,
/// when the entry applies to `obj` now.
fn cached_instance<'a>(vm: &Vm, obj: u64, cache: u64) -> Option<(&'a InstanceObj, usize)> {
    let c = cache_of(cache);
    let o = Value(obj);
    if c.kind != CacheKind::InstanceSlot || !cache_matches(vm, c, o) {
        return None;
    }
    match o.as_obj().map(|x| &x.data) {
        Some(ObjData::Instance(inst)) => Some((inst, c.slot as usize)),
        _ => None,
    }
}

extern "C" fn getattr_cached(ctx: *mut CtxHeader, obj: u64, cache: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    match cached_instance(vm, obj, cache) {
        Some((inst, slot)) => inst.attrs.get().slot(slot).0,
        None => MISS_BITS,
    }
}

extern "C" fn setattr_cached(ctx: *mut CtxHeader, obj: u64, cache: u64, value: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    match cached_instance(vm, obj, cache) {
        Some((inst, slot)) => {
            inst.attrs.get_mut().set_slot(slot, Value(value));
            0
        }
        None => MISS_BITS,
    }
}

extern "C" fn addattr_cached(ctx: *mut CtxHeader, obj: u64, cache: u64, value: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let c = cache_of(cache);
    let o = Value(obj);
    let (CacheKind::AddSlot, Some(next)) = (c.kind, c.next) else {
        return MISS_BITS;
    };
    if !cache_matches(vm, c, o) {
        return MISS_BITS;
    }
    match o.as_obj().map(|x| &x.data) {
        Some(ObjData::Instance(inst)) => {
            inst.attrs.get_mut().push_with_shape(next, Value(value));
            0
        }
        _ => MISS_BITS,
    }
}

extern "C" fn new_instance(ctx: *mut CtxHeader, class: u64, epoch: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    if u64::from(vm.class_epoch) != epoch {
        return MISS_BITS;
    }
    vm.heap
        .alloc(ObjData::Instance(InstanceObj {
            class: std::cell::Cell::new(Value(class)),
            attrs: Mut::new(Default::default()),
            exc: None,
            payload: Value::EMPTY,
        }))
        .0
}

extern "C" fn load_method_cached(ctx: *mut CtxHeader, obj: u64, cache: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    let c = cache_of(cache);
    if c.kind != CacheKind::Method || !cache_matches(vm, c, Value(obj)) {
        return MISS_BITS;
    }
    c.value.0
}

extern "C" fn range_ptr(ctx: *mut CtxHeader, iter: u64, _: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (_vm, _) = unsafe { parts(ctx) };
    match Value(iter).as_obj().map(|o| &o.data) {
        Some(ObjData::Iter(st)) => match st.get_mut() {
            IterState::Range { cur, .. } => cur as *mut i64 as u64,
            _ => MISS_BITS,
        },
        _ => MISS_BITS,
    }
}

/// The offsets of a range iterator's `stop` and `step` from its `cur` field.
pub fn range_field_offsets(st: &IterState) -> Option<(i32, i32)> {
    match st {
        IterState::Range { cur, stop, step } => {
            let at = |p: &i64| p as *const i64 as isize;
            Some(((at(stop) - at(cur)) as i32, (at(step) - at(cur)) as i32))
        }
        _ => None,
    }
}

extern "C" fn iter_next(ctx: *mut CtxHeader, iter: u64, _: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    guarded(vm, |vm| {
        Ok(match vm.iter_next(Value(iter))? {
            Some(v) => v.0,
            None => Value::EMPTY.0,
        })
    })
}

extern "C" fn truthy(ctx: *mut CtxHeader, v: u64, _: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    guarded(vm, |vm| Ok(vm.truthy(Value(v))? as u64))
}

fn cmp_op_of(n: u64) -> CmpOp {
    use CmpOp::*;
    [Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn][n as usize % 10]
}

extern "C" fn compare_truth(ctx: *mut CtxHeader, op: u64, a: u64, b: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, _) = unsafe { parts(ctx) };
    guarded(vm, |vm| {
        let r = vm.compare_op(cmp_op_of(op), Value(a), Value(b))?;
        let t = if r.is_bool() {
            r.as_bool()
        } else {
            vm.truthy(r)?
        };
        Ok(t as u64)
    })
}

/// A call from a trace, as the interpreter would make it: a Python function gets
/// its frame directly (no native placeholder frame), and the inlined frames above
/// the trace's root count toward the recursion limit.
fn call_from_trace(vm: &mut Vm, f: Value, args: &[Value], inlined: u64) -> u64 {
    let saved_bias = vm.jit_frame_bias;
    // `guarded` raises `reentry_depth`, which grants native re-entry 10 frames of
    // slack the interpreter's own calls do not get: take them back.
    let slack = if vm.reentry_depth == 0 { 10 } else { 0 };
    vm.jit_frame_bias = saved_bias + inlined as usize + slack;
    let r = guarded(vm, |vm| {
        let is_python = matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Function(_)));
        if !is_python {
            return Ok(vm.call_value(f, args, &[])?.0);
        }
        let depth = vm.frames.len();
        let scratch = vm.stack_top();
        if scratch + 1 >= vm.stack.len() {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        vm.stack.set(scratch, Value::NONE);
        // The callee's window starts above the result register.
        let saved_top = vm.jit_reserved_top;
        vm.reserve_jit_registers(scratch + 1);
        let outcome = vm.call_general(f, args, &[], scratch);
        vm.jit_reserved_top = saved_top;
        match outcome? {
            CallOutcome::Done(v) => Ok(v.0),
            CallOutcome::Pushed => {
                vm.frames[depth].returns_to_native = true;
                let r = vm.run(depth);
                vm.frames.truncate(depth);
                Ok(r?.0)
            }
        }
    });
    vm.jit_frame_bias = saved_bias;
    r
}

extern "C" fn call(ctx: *mut CtxHeader, slot: u64, argc: u64, inlined: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, cx) = unsafe { parts(ctx) };
    let at = cx.root_base + slot as usize;
    let f = vm.stack.get(at);
    let args = ArgBuf::copy(vm.stack.slice(at + 1, at + 1 + argc as usize));
    call_from_trace(vm, f, &args, inlined)
}

extern "C" fn call_method(ctx: *mut CtxHeader, slot: u64, argc: u64, inlined: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, cx) = unsafe { parts(ctx) };
    let at = cx.root_base + slot as usize;
    let f = vm.stack.get(at);
    let recv = vm.stack.get(at + 1);
    let (start, n) = if recv.is_empty() {
        (at + 2, argc as usize)
    } else {
        (at + 1, argc as usize + 1)
    };
    let args = ArgBuf::copy(vm.stack.slice(start, start + n));
    call_from_trace(vm, f, &args, inlined)
}

/// `CallTrace`'s second argument: the argument count and the inlined depth.
pub fn pack_call_counts(argc: usize, inlined: usize) -> u64 {
    (argc as u64) << 32 | inlined as u64
}

fn unpack_call_counts(counts: u64) -> (usize, usize) {
    ((counts >> 32) as usize, counts as u32 as usize)
}

extern "C" fn call_trace(ctx: *mut CtxHeader, slot: u64, counts: u64, target: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, cx) = unsafe { parts(ctx) };
    let callee_base = cx.root_base + slot as usize;
    // The trace guarded that it calls the function its target trace runs.
    let Some(f) = vm.jit.traces.get(target as usize).map(|t| t.frames[0].func) else {
        vm.jit.pending_error = Some(PyErr::new(
            ExcKind::RuntimeError,
            format!("JIT call into unknown trace {target}"),
        ));
        return ERR_BITS;
    };
    let saved_bias = vm.jit_frame_bias;
    let saved_top = vm.jit_reserved_top;
    let (argc, inlined) = unpack_call_counts(counts);
    let r = match super::exit::call_trace_direct(vm, f, callee_base, inlined, target as u32) {
        DirectCall::Returned(v) => v.0,
        DirectCall::Left(word) => {
            // The callee gets a real frame.
            vm.jit_frame_bias = saved_bias + inlined;
            at_safepoint(vm, |vm| {
                super::exit::finish_direct_call(vm, target as u32, callee_base, word).map(|v| v.0)
            })
        }
        DirectCall::NotEntered => {
            let args = ArgBuf::copy(vm.stack.slice(callee_base, callee_base + argc));
            call_from_trace(vm, f, &args, inlined as u64)
        }
    };
    vm.jit_frame_bias = saved_bias;
    vm.jit_reserved_top = saved_top;
    r
}

extern "C" fn step(ctx: *mut CtxHeader, frame: u64, pc: u64, _: u64) -> u64 {
    // SAFETY: called only by compiled traces with their context.
    let (vm, cx) = unsafe { parts(ctx) };
    let running: *const TraceRecord = &*vm.jit.traces[cx.header.running as usize];
    // SAFETY: the trace record outlives its running code (traces are never freed,
    // and `traces` holds boxes, so pushing new traces does not move it).
    let trace = unsafe { &*running };
    let desc = &trace.frames[frame as usize];
    let fr = FrameCtx {
        code: desc.code,
        base: cx.root_base + desc.base_off as usize,
        module: desc.module,
        func: desc.func,
    };
    let ins = desc.code.instrs[pc as usize];
    guarded(vm, |vm| vm.exec_simple(ins, pc as usize, &fr).map(|()| 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_codes_round_trip() {
        for op in [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
            CmpOp::Is,
            CmpOp::IsNot,
            CmpOp::In,
            CmpOp::NotIn,
        ] {
            assert_eq!(cmp_op_of(op as u64), op);
        }
    }
}

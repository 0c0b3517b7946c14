//! The `gc` module. Tauraro's collector is its only memory manager (there is no
//! reference counting), so `disable()` only records the setting, as CPython's
//! reference counting keeps freeing memory while its cycle collector is off.

use std::cell::Cell;

use super::{add_fns, no_args, Kw};
use crate::interp::Vm;
use crate::runtime::object::*;
use crate::runtime::value::Value;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("gc");
    add_fns(
        vm,
        m,
        &[
            ("collect", gc_collect as NativeFn),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
        ],
    );
    Ok(m)
}

/// `gc.collect(generation=2)`: collects now when no native code holds unrooted
/// values (else at the next safepoint) and returns the number of objects freed.
fn gc_collect(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::no_kw(kw, "collect")?;
    super::positional(args, "collect", 0, 1)?;
    if let Some(&g) = args.first() {
        let g = super::super::methods::arg_index(vm, g)?;
        if !(0..=2).contains(&g) {
            return Err(PyErr::value_error("invalid generation"));
        }
    }
    if vm.reentry_depth != 0 {
        vm.heap.collection_wanted = true;
        return Ok(Value::from_small_int(0));
    }
    let before = vm.heap.object_count();
    vm.collect_garbage();
    let freed = before.saturating_sub(vm.heap.object_count());
    Ok(vm.int_value(freed as i64))
}

fn gc_enable(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(args, kw, "enable")?;
    ENABLED.with(|e| e.set(true));
    Ok(Value::NONE)
}

fn gc_disable(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(args, kw, "disable")?;
    ENABLED.with(|e| e.set(false));
    Ok(Value::NONE)
}

fn gc_isenabled(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(args, kw, "isenabled")?;
    Ok(Value::from_bool(ENABLED.with(|e| e.get())))
}

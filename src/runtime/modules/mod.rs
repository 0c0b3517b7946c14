//! Native modules (`sys`, `math`, `time`, `random`, `gc`, `builtins`, `_tauraro_tb`): one file per module, and the
//! argument helpers they share. `load` is asked by the import machinery (through
//! `builtins::native_module`) before it looks for Python sources.

pub mod gc;
pub mod math;
pub mod random;
pub mod sha512;
pub mod sys;
pub mod tb;
pub mod time;

use num_bigint::BigInt;

use super::error::ExcKind;
use super::object::*;
use super::ops::{as_intref, IntRef};
use super::value::Value;
use crate::interp::Vm;

pub(crate) type Kw<'a> = &'a [(Value, Value)];

/// The native module `name`, freshly built, or `None` when there is no such module.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "sys" => sys::make(vm)?,
        "math" => math::make(vm)?,
        "time" => time::make(vm)?,
        "random" => random::make(vm)?,
        "gc" => gc::make(vm)?,
        "builtins" => make_builtins(vm),
        "_tauraro_tb" => tb::make(vm)?,
        _ => return Ok(None),
    };
    sys::note_module(vm, name, m)?;
    Ok(Some(m))
}

// ---- building modules ------------------------------------------------------------

/// `builtins`: a module holding the built-in names (in name order).
fn make_builtins(vm: &mut Vm) -> Value {
    let m = vm.new_module("builtins");
    let mut names: Vec<(std::rc::Rc<str>, Value)> =
        vm.builtins.iter().map(|(k, &v)| (k.clone(), v)).collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    for (k, v) in names {
        set_global(vm, m, &k, v);
    }
    m
}

/// Sets a global of a module (an attribute of the module object).
pub(crate) fn set_global(vm: &mut Vm, m: Value, name: &str, v: Value) {
    let g = vm.module_globals(m).get_mut();
    let s = g.slot(name);
    g.values[s] = v;
    g.from_builtins[s] = false;
}

/// Adds native functions to a module.
pub(crate) fn add_fns(vm: &mut Vm, m: Value, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        let v = vm.native(name, f);
        set_global(vm, m, name, v);
    }
}

/// Runs Python source in a module's namespace (for the parts of a module that are
/// classes). The module stays rooted and the collector waits while it runs.
pub(crate) fn run_snippet(vm: &mut Vm, m: Value, src: &str, fname: &str) -> PyResult<()> {
    crate::interp::remember_source(fname, src);
    let code = vm
        .compile(src, fname, m)
        .map_err(|t| PyErr::new(ExcKind::SyntaxError, t))?;
    vm.extra_roots.push(m);
    vm.extra_roots.push(code);
    vm.reentry_depth += 1;
    let r = vm.run_module_code(code, m);
    vm.reentry_depth -= 1;
    vm.extra_roots.pop();
    vm.extra_roots.pop();
    r.map(|_| ())
}

// ---- argument checking (CPython's messages) ---------------------------------------

/// `{qual}() takes no keyword arguments`.
pub(crate) fn no_kw(kw: Kw, qual: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qual}() takes no keyword arguments"
        )));
    }
    Ok(())
}

/// A METH_O function: exactly one positional argument.
pub(crate) fn one_arg(args: &[Value], kw: Kw, qual: &str) -> PyResult<Value> {
    no_kw(kw, qual)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args[0])
}

/// A METH_NOARGS function.
pub(crate) fn no_args(args: &[Value], kw: Kw, qual: &str) -> PyResult<()> {
    no_kw(kw, qual)?;
    if !args.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qual}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// Argument Clinic's positional count check: `pow expected 2 arguments, got 1`.
pub(crate) fn positional(args: &[Value], name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(PyErr::type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(PyErr::type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// The signature of a function written in Python in CPython (so its argument
/// errors read like a Python function's): positional-or-keyword parameters, the
/// first `required` of them without defaults, then keyword-only ones with defaults.
pub(crate) struct Sig {
    pub qual: &'static str,
    pub pos: &'static [&'static str],
    pub required: usize,
    pub kwonly: &'static [&'static str],
}

fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Sig {
    /// Binds `args`/`kw` to the parameters; `None` for an omitted defaulted one.
    pub(crate) fn bind(&self, vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Vec<Option<Value>>> {
        let npos = self.pos.len();
        let mut out: Vec<Option<Value>> = vec![None; npos + self.kwonly.len()];
        if args.len() > npos {
            let given = args.len();
            let takes = if self.required < npos {
                format!("from {} to {} positional arguments", self.required, npos)
            } else {
                format!(
                    "{} positional argument{}",
                    npos,
                    if npos == 1 { "" } else { "s" }
                )
            };
            let kwonly_given = kw
                .iter()
                .filter(|(k, _)| {
                    let n = vm.str_contents(*k).unwrap_or("");
                    self.kwonly.contains(&n)
                })
                .count();
            if kwonly_given > 0 {
                return Err(PyErr::type_error(format!(
                    "{}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                    self.qual,
                    if given == 1 { "" } else { "s" },
                    if kwonly_given == 1 { "" } else { "s" }
                )));
            }
            return Err(PyErr::type_error(format!(
                "{}() takes {takes} but {given} {} given",
                self.qual,
                if given == 1 { "was" } else { "were" }
            )));
        }
        for (i, &a) in args.iter().enumerate() {
            out[i] = Some(a);
        }
        for &(k, v) in kw {
            let name = vm.str_contents(k).unwrap_or("");
            if let Some(i) = self.pos.iter().position(|p| *p == name) {
                if out[i].is_some() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{name}'",
                        self.qual
                    )));
                }
                out[i] = Some(v);
            } else if let Some(i) = self.kwonly.iter().position(|p| *p == name) {
                out[npos + i] = Some(v);
            } else {
                return Err(PyErr::type_error(format!(
                    "{}() got an unexpected keyword argument '{name}'",
                    self.qual
                )));
            }
        }
        let missing: Vec<&str> = (0..self.required)
            .filter(|&i| out[i].is_none())
            .map(|i| self.pos[i])
            .collect();
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                self.qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(out)
    }
}

// ---- conversions --------------------------------------------------------------------

/// `PyFloat_AsDouble`: floats, ints (`OverflowError` when too large), and objects
/// with `__float__` or `__index__`; else `TypeError: must be real number, not X`.
pub(crate) fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_f64());
    }
    if let Some(i) = as_intref(v) {
        return i.to_f64();
    }
    if matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Instance(_))) {
        if let Some(f) = vm.lookup_special(v, "__float__") {
            let r = vm.call_value(f, &[v], &[])?;
            if r.is_float() {
                return Ok(r.as_f64());
            }
            let (tn, rn) = (vm.type_name(v), vm.type_name(r));
            return Err(PyErr::type_error(format!(
                "{tn}.__float__ returned non-float (type {rn})"
            )));
        }
        if let Some(f) = vm.lookup_special(v, "__index__") {
            let r = vm.call_value(f, &[v], &[])?;
            if let Some(i) = as_intref(r) {
                return i.to_f64();
            }
            let rn = vm.type_name(r);
            return Err(PyErr::type_error(format!(
                "__index__ returned non-int (type {rn})"
            )));
        }
    }
    let tn = vm.type_name(v);
    Err(PyErr::type_error(format!("must be real number, not {tn}")))
}

/// `PyNumber_Index`: an int (bools become plain ints), or an object's `__index__`.
pub(crate) fn to_index(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(i) = as_intref(v) {
        return Ok(i.to_big());
    }
    if matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Instance(_))) {
        if let Some(f) = vm.lookup_special(v, "__index__") {
            let r = vm.call_value(f, &[v], &[])?;
            if let Some(i) = as_intref(r) {
                return Ok(i.to_big());
            }
            let rn = vm.type_name(r);
            return Err(PyErr::type_error(format!(
                "__index__ returned non-int (type {rn})"
            )));
        }
    }
    let tn = vm.type_name(v);
    Err(PyErr::type_error(format!(
        "'{tn}' object cannot be interpreted as an integer"
    )))
}

/// `to_index` when the value is an inline int, without allocating.
pub(crate) fn small_index(v: Value) -> Option<i64> {
    match as_intref(v) {
        Some(IntRef::Small(i)) => Some(i),
        _ => None,
    }
}

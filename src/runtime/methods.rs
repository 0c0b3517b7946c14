//! Methods of the built-in types (`list.append`, `dict.get`, `set.union`, ...),
//! registered in the class dicts by `install`. `args[0]` is always the receiver.
//! The `str` methods live in `strmethods.rs`; dict views (`d.keys()`, ...) are
//! here, with the hooks `ops.rs` and `containers.rs` call for them.
//!
//! Argument errors follow CPython 3.11, whose messages depend on how each method
//! parses its arguments: `noargs`, `onearg`, `posargs` (`_PyArg_CheckPositional`),
//! `oldargs` (`PyArg_ParseTuple`) and `clinic` (Argument Clinic with keywords).

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::error::ExcKind;
use super::object::*;
use super::ops::{as_intref, IntRef};
use super::set::SetObj;
use super::settable::SetTable;
use super::value::Value;
use crate::compile::bytecode::{BinOp, CmpOp};
use crate::interp::Vm;

pub(crate) type Kw<'a> = &'a [(Value, Value)];

// ---- argument checking --------------------------------------------------------------

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `ty.name() takes no keyword arguments`.
pub(crate) fn no_kw(k: Kw, ty: &str, name: &str) -> PyResult<()> {
    if !k.is_empty() {
        return Err(PyErr::type_error(format!(
            "{ty}.{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

/// METH_NOARGS.
pub(crate) fn noargs(a: &[Value], k: Kw, ty: &str, name: &str) -> PyResult<()> {
    no_kw(k, ty, name)?;
    let n = a.len() - 1;
    if n != 0 {
        return Err(PyErr::type_error(format!(
            "{ty}.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// METH_O.
pub(crate) fn onearg(a: &[Value], k: Kw, ty: &str, name: &str) -> PyResult<()> {
    no_kw(k, ty, name)?;
    let n = a.len() - 1;
    if n != 1 {
        return Err(PyErr::type_error(format!(
            "{ty}.{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(())
}

/// Positional-only Argument Clinic methods: `name expected at least 1 argument, got 0`.
pub(crate) fn posargs(
    a: &[Value],
    k: Kw,
    ty: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(k, ty, name)?;
    let n = a.len() - 1;
    if n < min {
        let which = if min == max { "" } else { "at least " };
        return Err(PyErr::type_error(format!(
            "{name} expected {which}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let which = if min == max { "" } else { "at most " };
        return Err(PyErr::type_error(format!(
            "{name} expected {which}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// `PyArg_ParseTuple` methods: `find() takes at least 1 argument (0 given)`.
pub(crate) fn oldargs(
    a: &[Value],
    k: Kw,
    ty: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(k, ty, name)?;
    let n = a.len() - 1;
    if n < min {
        return Err(PyErr::type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Argument Clinic with keywords (`_PyArg_UnpackKeywords`): the receiver's
/// arguments `a[1..]` and keywords `k` matched to `names`; the first `maxpos` may
/// be positional, the first `minpos` are required.
pub(crate) fn clinic(
    vm: &Vm,
    a: &[Value],
    k: Kw,
    fname: &str,
    names: &[&str],
    minpos: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &a[1..];
    let (nargs, nkw) = (pos.len(), k.len());
    let maxargs = names.len();
    if nargs + nkw > maxargs {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        if maxpos == 0 {
            return Err(PyErr::type_error(format!(
                "{fname}() takes no positional arguments"
            )));
        }
        return Err(PyErr::type_error(format!(
            "{fname}() takes {} {maxpos} positional argument{} ({nargs} given)",
            if minpos < maxpos {
                "at most"
            } else {
                "exactly"
            },
            plural(maxpos)
        )));
    }
    let find = |name: &str| {
        k.iter()
            .find(|(kn, _)| vm.str_contents(*kn) == Some(name))
            .map(|(_, v)| *v)
    };
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (i, &v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    let mut left = nkw;
    for (i, name) in names.iter().enumerate().skip(nargs) {
        let cur = if left > 0 { find(name) } else { None };
        if cur.is_some() {
            left -= 1;
        } else if i < minpos {
            return Err(PyErr::type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
        out[i] = cur;
    }
    if left > 0 {
        for (i, name) in names.iter().enumerate().take(nargs) {
            if find(name).is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for (kn, _) in k {
            let n = vm.str_contents(*kn).unwrap_or("");
            if !names.contains(&n) {
                return Err(PyErr::type_error(format!(
                    "'{n}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

// ---- integer arguments ----------------------------------------------------------------

/// Calls `__index__` of an instance; `None` when it has none.
pub(crate) fn call_index(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    if !matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Instance(_))) {
        return Ok(None);
    }
    let Some(f) = vm.lookup_special(v, "__index__") else {
        return Ok(None);
    };
    let r = vm.call_value(f, &[v], &[])?;
    if as_intref(r).is_none() {
        let tn = vm.type_name(r);
        return Err(PyErr::type_error(format!(
            "__index__ returned non-int (type {tn})"
        )));
    }
    Ok(Some(r))
}

/// `PyNumber_Index` as a value: an int (or bool) unchanged, else the result of the
/// instance's `__index__`; TypeError "'X' object cannot be interpreted as an integer".
pub(crate) fn index_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if as_intref(v).is_some() {
        return Ok(v);
    }
    match call_index(vm, v)? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(v);
            Err(PyErr::type_error(format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

/// A `Py_ssize_t` argument (`__index__` semantics).
pub(crate) fn arg_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let v = match as_intref(v) {
        Some(_) => v,
        None => match call_index(vm, v)? {
            Some(r) => r,
            None => {
                let tn = vm.type_name(v);
                return Err(PyErr::type_error(format!(
                    "'{tn}' object cannot be interpreted as an integer"
                )));
            }
        },
    };
    match as_intref(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => b.to_i64().ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => Ok(0),
    }
}

/// A slice bound (`_PyEval_SliceIndex`): None when `None` is passed and allowed;
/// big ints are clamped.
pub(crate) fn slice_index(vm: &mut Vm, v: Value, allow_none: bool) -> PyResult<Option<i64>> {
    if allow_none && v.is_none() {
        return Ok(None);
    }
    let v = match as_intref(v) {
        Some(_) => v,
        None => match call_index(vm, v)? {
            Some(r) => r,
            None => {
                return Err(PyErr::type_error(if allow_none {
                    "slice indices must be integers or None or have an __index__ method"
                } else {
                    "slice indices must be integers or have an __index__ method"
                }))
            }
        },
    };
    Ok(match as_intref(v) {
        Some(IntRef::Small(i)) => Some(i),
        Some(IntRef::Big(b)) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
        None => None,
    })
}

/// CPython's ADJUST_INDICES: clamps `start`/`end` (None: 0 / len) into `0..=len`
/// (an end before the start is left so, for the callers to check).
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

// ---- receivers ----------------------------------------------------------------------

pub(crate) fn descr_err(vm: &Vm, a: &[Value], what: &str, meth: &str) -> PyErr {
    match a.first() {
        Some(&s) => {
            let tn = vm.type_name(s);
            PyErr::type_error(format!(
                "descriptor '{meth}' for '{what}' objects doesn't apply to a '{tn}' object"
            ))
        }
        None => PyErr::type_error(format!("unbound method {what}.{meth}() needs an argument")),
    }
}

fn data_of<'a>(a: &[Value]) -> Option<&'a ObjData> {
    a.first().and_then(|v| v.as_obj()).map(|o| &o.data)
}

fn recv_list<'a>(vm: &Vm, a: &[Value], meth: &str) -> PyResult<&'a Mut<Vec<Value>>> {
    match data_of(a) {
        Some(ObjData::List(l)) => Ok(l),
        _ => Err(descr_err(vm, a, "list", meth)),
    }
}

fn recv_tuple<'a>(vm: &Vm, a: &[Value], meth: &str) -> PyResult<&'a [Value]> {
    match data_of(a) {
        Some(ObjData::Tuple(t)) => Ok(t),
        _ => Err(descr_err(vm, a, "tuple", meth)),
    }
}

fn recv_dict<'a>(vm: &Vm, a: &[Value], meth: &str) -> PyResult<&'a Mut<super::dict::DictObj>> {
    match data_of(a) {
        Some(ObjData::Dict(d)) => Ok(d),
        _ => Err(descr_err(vm, a, "dict", meth)),
    }
}

/// A mutable `set` receiver.
fn recv_set(vm: &Vm, a: &[Value], meth: &str) -> PyResult<()> {
    match data_of(a) {
        Some(ObjData::Set(_)) => Ok(()),
        _ => Err(descr_err(vm, a, "set", meth)),
    }
}

/// A `set` (or, with `frozen`, a `frozenset`) receiver.
fn recv_anyset(vm: &Vm, a: &[Value], meth: &str, frozen: bool) -> PyResult<()> {
    match (data_of(a), frozen) {
        (Some(ObjData::Set(_)), false) | (Some(ObjData::FrozenSet(_)), true) => Ok(()),
        _ => Err(descr_err(
            vm,
            a,
            if frozen { "frozenset" } else { "set" },
            meth,
        )),
    }
}

/// Iterates any iterable, calling `f` on each item until it returns false.
pub(crate) fn for_each(
    vm: &mut Vm,
    src: Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    vm.extra_roots.push(it);
    let r = loop {
        match vm.iter_next(it) {
            Ok(Some(x)) => match f(vm, x) {
                Ok(true) => {}
                Ok(false) => break Ok(()),
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    vm.extra_roots.pop();
    r
}

// ---- list ---------------------------------------------------------------------------

pub(crate) fn list_append(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "append")?;
    onearg(a, k, "list", "append")?;
    l.get_mut().push(a[1]);
    vm.heap.note_growth(8);
    Ok(Value::NONE)
}

fn list_extend(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "extend")?;
    onearg(a, k, "list", "extend")?;
    let items = vm.collect_iterable(a[1])?;
    vm.heap.note_growth(items.len() * 8);
    l.get_mut().extend(items);
    Ok(Value::NONE)
}

pub(crate) fn list_pop(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "pop")?;
    posargs(a, k, "list", "pop", 0, 1)?;
    let i = if a.len() > 1 {
        arg_index(vm, a[1])?
    } else {
        -1
    };
    let l = l.get_mut();
    if l.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

fn list_insert(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "insert")?;
    posargs(a, k, "list", "insert", 2, 2)?;
    let i = arg_index(vm, a[1])?;
    let l = l.get_mut();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, a[2]);
    vm.heap.note_growth(8);
    Ok(Value::NONE)
}

fn list_remove(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "remove")?;
    onearg(a, k, "list", "remove")?;
    let mut i = 0;
    // The list may change during the comparisons: always re-read it.
    while let Some(&x) = l.get().get(i) {
        if vm.eq(x, a[1])? {
            let l = l.get_mut();
            if i < l.len() {
                l.remove(i);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

/// `list.index` / `tuple.index` over a snapshot of the items.
fn seq_index(vm: &mut Vm, items: &[Value], a: &[Value], what: &str) -> PyResult<Value> {
    let start = match a.get(2) {
        Some(&v) => slice_index(vm, v, false)?,
        None => None,
    };
    let stop = match a.get(3) {
        Some(&v) => slice_index(vm, v, false)?,
        None => None,
    };
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let (start, stop) = (norm(start.unwrap_or(0)), norm(stop.unwrap_or(n)));
    let mut i = start;
    while i < stop && (i as usize) < items.len() {
        if vm.eq(items[i as usize], a[1])? {
            return Ok(vm.int_value(i));
        }
        i += 1;
    }
    if what == "list" {
        let r = vm.repr_of(a[1])?;
        return Err(PyErr::value_error(format!("{r} is not in list")));
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn list_index(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "index")?;
    posargs(a, k, "list", "index", 1, 3)?;
    let items = l.get().clone();
    seq_index(vm, &items, a, "list")
}

fn seq_count(vm: &mut Vm, items: &[Value], x: Value) -> PyResult<Value> {
    let mut c = 0;
    for &it in items {
        if vm.eq(it, x)? {
            c += 1;
        }
    }
    Ok(vm.int_value(c))
}

fn list_count(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "count")?;
    onearg(a, k, "list", "count")?;
    let items = l.get().clone();
    seq_count(vm, &items, a[1])
}

fn list_sort(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "sort")?;
    let args = clinic(vm, a, k, "sort", &["key", "reverse"], 0, 0)?;
    let key = args[0].filter(|v| !v.is_none());
    let reverse = match args[1] {
        Some(r) => arg_index(vm, r)? != 0,
        None => false,
    };
    // Sort a copy; the list looks empty meanwhile, as in CPython. (No collection
    // runs while native code calls back into Python, so `items` stays alive.)
    let mut items = std::mem::take(l.get_mut());
    let r = super::builtins::sort_values(vm, &mut items, key, reverse);
    let l = l.get_mut();
    let modified = !l.is_empty();
    *l = items;
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn list_reverse(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "reverse")?;
    noargs(a, k, "list", "reverse")?;
    l.get_mut().reverse();
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "copy")?;
    noargs(a, k, "list", "copy")?;
    let items = l.get().clone();
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let l = recv_list(vm, a, "clear")?;
    noargs(a, k, "list", "clear")?;
    l.get_mut().clear();
    Ok(Value::NONE)
}

// ---- tuple --------------------------------------------------------------------------

fn tuple_index(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let t = recv_tuple(vm, a, "index")?;
    posargs(a, k, "tuple", "index", 1, 3)?;
    seq_index(vm, t, a, "tuple")
}

fn tuple_count(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let t = recv_tuple(vm, a, "count")?;
    onearg(a, k, "tuple", "count")?;
    seq_count(vm, t, a[1])
}

// ---- range ----------------------------------------------------------------------------

fn recv_range(a: &[Value], meth: &str) -> PyResult<RangeObj> {
    match data_of(a) {
        Some(ObjData::Range(r)) => Ok(**r),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{meth}' for 'range' objects doesn't apply to this object"
        ))),
    }
}

/// The position of `x` in the range: arithmetic for ints, else the first
/// equal element (CPython compares other values item by item too).
fn range_position(vm: &mut Vm, r: &RangeObj, x: Value) -> PyResult<Option<i128>> {
    if let Some(i) = as_intref(x).and_then(|i| match i {
        IntRef::Small(n) => Some(n as i128),
        IntRef::Big(b) => b.to_i128(),
    }) {
        if super::ops::range_contains(r, i) {
            return Ok(Some((i - r.start) / r.step));
        }
        return Ok(None);
    }
    if as_intref(x).is_some() {
        return Ok(None);
    }
    for pos in 0..r.len() {
        let v = vm.int_from_i128(r.item(pos));
        if vm.eq(v, x)? {
            return Ok(Some(pos));
        }
    }
    Ok(None)
}

fn range_index(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let r = recv_range(a, "index")?;
    onearg(a, k, "range", "index")?;
    match range_position(vm, &r, a[1])? {
        Some(pos) => Ok(vm.int_from_i128(pos)),
        // CPython's message differs between int and other searches.
        None if as_intref(a[1]).is_some() => {
            let shown = vm.repr_of(a[1])?;
            Err(PyErr::value_error(format!("{shown} is not in range")))
        }
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let r = recv_range(a, "count")?;
    onearg(a, k, "range", "count")?;
    if as_intref(a[1]).is_some() {
        let found = range_position(vm, &r, a[1])?.is_some();
        return Ok(Value::from_small_int(found as i64));
    }
    let mut c = 0;
    for pos in 0..r.len() {
        let v = vm.int_from_i128(r.item(pos));
        if vm.eq(v, a[1])? {
            c += 1;
        }
    }
    Ok(vm.int_value(c))
}

// ---- dict ---------------------------------------------------------------------------

fn dict_get(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_dict(vm, a, "get")?;
    posargs(a, k, "dict", "get", 1, 2)?;
    Ok(vm
        .dict_get(a[0], a[1])?
        .unwrap_or(if a.len() > 2 { a[2] } else { Value::NONE }))
}

fn dict_contains(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_dict(vm, a, "__contains__")?;
    onearg(a, k, "dict", "__contains__")?;
    Ok(Value::from_bool(vm.dict_get(a[0], a[1])?.is_some()))
}

fn make_view(vm: &mut Vm, a: &[Value], k: Kw, kind: ViewKind, meth: &str) -> PyResult<Value> {
    recv_dict(vm, a, meth)?;
    noargs(a, k, "dict", meth)?;
    Ok(vm.heap.alloc(ObjData::DictView(kind, a[0])))
}

fn dict_keys(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    make_view(vm, a, k, ViewKind::Keys, "keys")
}

fn dict_values(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    make_view(vm, a, k, ViewKind::Values, "values")
}

fn dict_items(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    make_view(vm, a, k, ViewKind::Items, "items")
}

fn dict_pop(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let d = recv_dict(vm, a, "pop")?;
    posargs(a, k, "dict", "pop", 1, 2)?;
    if d.get().is_empty() {
        // CPython answers before hashing the key.
        return match a.get(2) {
            Some(&dflt) => Ok(dflt),
            None => Err(vm.key_error(a[1])),
        };
    }
    match vm.dict_remove(a[0], a[1])? {
        Some(v) => Ok(v),
        None if a.len() > 2 => Ok(a[2]),
        None => Err(vm.key_error(a[1])),
    }
}

fn dict_setdefault(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_dict(vm, a, "setdefault")?;
    posargs(a, k, "dict", "setdefault", 1, 2)?;
    match vm.dict_get(a[0], a[1])? {
        Some(v) => Ok(v),
        None => {
            let d = if a.len() > 2 { a[2] } else { Value::NONE };
            vm.dict_set(a[0], a[1], d)?;
            Ok(d)
        }
    }
}

fn dict_update(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_dict(vm, a, "update")?;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "update expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    if a.len() > 1 {
        vm.dict_update_from(a[0], a[1], false)?;
    }
    for &(key, v) in k {
        vm.dict_set(a[0], key, v)?;
    }
    Ok(Value::NONE)
}

fn dict_copy(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let d = recv_dict(vm, a, "copy")?;
    noargs(a, k, "dict", "copy")?;
    let d = d.get().clone();
    Ok(vm.new_dict(d))
}

fn dict_clear(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let d = recv_dict(vm, a, "clear")?;
    noargs(a, k, "dict", "clear")?;
    d.get_mut().clear();
    if let Some(ObjData::Instance(inst)) = d
        .get()
        .owner
        .as_ref()
        .and_then(|o| o.as_obj())
        .map(|o| &o.data)
    {
        *inst.attrs.get_mut() = Default::default();
    }
    Ok(Value::NONE)
}

fn dict_popitem(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let d = recv_dict(vm, a, "popitem")?;
    noargs(a, k, "dict", "popitem")?;
    match d.get_mut().pop_last() {
        Some((k, v)) => {
            if let Some(owner) = d.get().owner {
                vm.owner_attr_changed(owner, k, None);
            }
            Ok(vm.new_tuple(vec![k, v]))
        }
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

/// `dict.fromkeys(iterable, value=None)`; the receiver is the class.
fn dict_fromkeys(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    posargs(a, k, "dict", "fromkeys", 1, 2)?;
    let value = a.get(2).copied().unwrap_or(Value::NONE);
    let d = vm.new_dict(Default::default());
    vm.extra_roots.push(d);
    let r = for_each(vm, a[1], |vm, key| {
        vm.dict_set(d, key, value)?;
        Ok(true)
    });
    vm.extra_roots.pop();
    r?;
    Ok(d)
}

// ---- dict views ---------------------------------------------------------------------

fn view_parts(v: Value) -> Option<(ViewKind, Value)> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::DictView(kind, d)) => Some((*kind, *d)),
        _ => None,
    }
}

/// Whether `v` is a keys or items view (the views that act as sets).
pub fn is_set_view(v: Value) -> bool {
    matches!(view_parts(v), Some((ViewKind::Keys | ViewKind::Items, _)))
}

fn view_len(vm: &Vm, v: Value) -> usize {
    view_parts(v)
        .map(|(_, d)| vm.dict_of(d).get().len())
        .unwrap_or(0)
}

/// The view's items now, in dict order.
fn view_snapshot(vm: &mut Vm, kind: ViewKind, d: Value) -> Vec<Value> {
    let entries: Vec<(Value, Value)> = vm.dict_of(d).get().iter().collect();
    match kind {
        ViewKind::Keys => entries.into_iter().map(|(k, _)| k).collect(),
        ViewKind::Values => entries.into_iter().map(|(_, v)| v).collect(),
        ViewKind::Items => entries
            .into_iter()
            .map(|(k, v)| vm.new_tuple(vec![k, v]))
            .collect(),
    }
}

/// A view's items now, in dict order (`reversed(view)` takes them).
pub fn view_items(vm: &mut Vm, v: Value) -> Vec<Value> {
    match view_parts(v) {
        Some((kind, d)) => view_snapshot(vm, kind, d),
        None => vec![],
    }
}

/// `repr(d.keys())`: `dict_keys([...])`; `...` when the view is being printed.
pub fn view_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let Some((kind, d)) = view_parts(v) else {
        return Ok(String::new());
    };
    if vm.extra_roots.contains(&v) {
        return Ok("...".into());
    }
    let name = vm.type_name(v);
    vm.extra_roots.push(v);
    let items = view_snapshot(vm, kind, d);
    let mut parts = Vec::with_capacity(items.len());
    let mut err = None;
    for x in items {
        match vm.repr_of(x) {
            Ok(s) => parts.push(s),
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    vm.extra_roots.pop();
    match err {
        Some(e) => Err(e),
        None => Ok(format!("{name}([{}])", parts.join(", "))),
    }
}

/// `item in view`.
pub fn view_contains(vm: &mut Vm, view: Value, item: Value) -> PyResult<bool> {
    let Some((kind, d)) = view_parts(view) else {
        return Ok(false);
    };
    match kind {
        ViewKind::Keys => Ok(vm.dict_get(d, item)?.is_some()),
        ViewKind::Values => {
            let vals: Vec<Value> = vm.dict_of(d).get().values().collect();
            for x in vals {
                if vm.eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            let t = match item.as_obj().map(|o| &o.data) {
                Some(ObjData::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
                _ => return Ok(false),
            };
            match vm.dict_get(d, t.0)? {
                Some(found) => vm.eq(found, t.1),
                None => Ok(false),
            }
        }
    }
}

/// `set(view)` as CPython's `dictviews_to_set` builds it (a keys view of a dict
/// is built from the dict itself).
fn view_to_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let src = match view_parts(v) {
        Some((ViewKind::Keys, d)) => d,
        _ => v,
    };
    make_new_set(vm, src)
}

/// `a op b` where one side is a keys or items view: `&`, `|`, `-`, `^` give sets.
pub fn view_binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::BitAnd => view_intersect(vm, a, b).map(Some),
        BinOp::BitOr => {
            let r = view_to_set(vm, a)?;
            vm.extra_roots.push(r);
            let res = set_update_internal(vm, r, b);
            vm.extra_roots.pop();
            res.map(|_| Some(r))
        }
        BinOp::Sub => {
            let r = view_to_set(vm, a)?;
            vm.extra_roots.push(r);
            let res = difference_update_internal(vm, r, b);
            vm.extra_roots.pop();
            res.map(|_| Some(r))
        }
        BinOp::BitXor => {
            if let (Some((ViewKind::Items, d1)), Some((ViewKind::Items, d2))) =
                (view_parts(a), view_parts(b))
            {
                return items_xor(vm, d1, d2).map(Some);
            }
            let r = view_to_set(vm, a)?;
            vm.extra_roots.push(r);
            let res = symmetric_difference_update_internal(vm, r, b);
            vm.extra_roots.pop();
            res.map(|_| Some(r))
        }
        _ => Ok(None),
    }
}

/// CPython's `_PyDictView_Intersect`.
fn view_intersect(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (mut s, mut o) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_self = view_len(vm, s);
    if let Some(ObjData::Set(os)) = o.as_obj().map(|x| &x.data) {
        if len_self <= os.get().len() {
            return set_intersection_one(vm, o, s);
        }
    }
    if is_set_view(o) && view_len(vm, o) > len_self {
        std::mem::swap(&mut s, &mut o);
    }
    let r = vm.new_set(SetObj::new());
    vm.extra_roots.push(r);
    let res = for_each(vm, o, |vm, x| {
        if view_contains(vm, s, x)? {
            vm.set_add(r, x)?;
        }
        Ok(true)
    });
    vm.extra_roots.pop();
    res.map(|_| r)
}

/// `d1.items() ^ d2.items()` (CPython's `dictitems_xor`).
fn items_xor(vm: &mut Vm, d1: Value, d2: Value) -> PyResult<Value> {
    let copy = vm.dict_of(d1).get().clone();
    let temp = vm.new_dict(copy);
    let r = vm.new_set(SetObj::new());
    vm.extra_roots.push(temp);
    vm.extra_roots.push(r);
    let res = (|| -> PyResult<()> {
        let entries: Vec<(Value, Value)> = vm.dict_of(d2).get().iter().collect();
        for (key, val2) in entries {
            let to_delete = match vm.dict_get(temp, key)? {
                Some(val1) => vm.eq(val1, val2)?,
                None => false,
            };
            if to_delete {
                vm.dict_remove(temp, key)?;
            } else {
                let pair = vm.new_tuple(vec![key, val2]);
                vm.set_add(r, pair)?;
            }
        }
        let rest: Vec<(Value, Value)> = vm.dict_of(temp).get().iter().collect();
        for (key, val) in rest {
            let pair = vm.new_tuple(vec![key, val]);
            vm.set_add(r, pair)?;
        }
        Ok(())
    })();
    vm.extra_roots.pop();
    vm.extra_roots.pop();
    res.map(|_| r)
}

/// Comparisons of a keys/items view with a set or another such view; `None`
/// when CPython's `dictview_richcompare` returns NotImplemented.
pub fn view_compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (s, o, op) = if is_set_view(a) {
        (a, b, op)
    } else {
        let r = match op {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        };
        (b, a, r)
    };
    let other_is_set = any_table(o).is_some() || is_set_view(o);
    if !other_is_set
        || !matches!(
            op,
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge | CmpOp::Eq | CmpOp::Ne
        )
    {
        return Ok(None);
    }
    let len_self = view_len(vm, s);
    let len_other = vm.len_of(o)?;
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = len_self == len_other && all_contained_in(vm, s, o)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => len_self < len_other && all_contained_in(vm, s, o)?,
        CmpOp::Le => len_self <= len_other && all_contained_in(vm, s, o)?,
        CmpOp::Gt => len_self > len_other && all_contained_in(vm, o, s)?,
        _ => len_self >= len_other && all_contained_in(vm, o, s)?,
    };
    Ok(Some(Value::from_bool(ok)))
}

fn all_contained_in(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let mut ok = true;
    for_each(vm, a, |vm, x| {
        if !vm.contains(b, x)? {
            ok = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(ok)
}

fn view_isdisjoint(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    if !is_set_view(a[0]) {
        return Err(descr_err(vm, a, "dict_keys", "isdisjoint"));
    }
    let tn = vm.type_name(a[0]);
    onearg(a, k, &tn, "isdisjoint")?;
    let (mut s, mut o) = (a[0], a[1]);
    if s == o {
        return Ok(Value::from_bool(view_len(vm, s) == 0));
    }
    if any_table(o).is_some() || is_set_view(o) {
        let len_other = vm.len_of(o)?;
        if len_other > view_len(vm, s) {
            std::mem::swap(&mut s, &mut o);
        }
    }
    let mut disjoint = true;
    for_each(vm, o, |vm, x| {
        if vm.contains(s, x)? {
            disjoint = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::from_bool(disjoint))
}

// ---- set ----------------------------------------------------------------------------

fn any_table<'a>(v: Value) -> Option<&'a SetTable<Value>> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Set(s)) => Some(&s.get().table),
        Some(ObjData::FrozenSet(s)) => Some(&s.table),
        _ => None,
    }
}

/// The table of a mutable `set` (callers have checked the kind).
fn table_mut<'a>(v: Value) -> &'a mut SetTable<Value> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Set(s)) => &mut s.get_mut().table,
        _ => panic!("table_mut on a non-set"),
    }
}

fn set_len(v: Value) -> usize {
    any_table(v).map(|t| t.len()).unwrap_or(0)
}

/// Equality of two keys without user code; `None` when user code would decide.
/// Unlike `Vm::pure_eq` it compares frozensets (and tuples holding them).
fn pure_eq_deep(vm: &Vm, a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    match (a.as_obj().map(|o| &o.data), b.as_obj().map(|o| &o.data)) {
        (Some(ObjData::Tuple(x)), Some(ObjData::Tuple(y))) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !pure_eq_deep(vm, *p, *q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Some(ObjData::FrozenSet(x)), Some(ObjData::FrozenSet(y))) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (h, k) in x.table.iter() {
                let mut eq = |s: &Value, p: &Value| -> Result<bool, ()> {
                    pure_eq_deep(vm, *s, *p).ok_or(())
                };
                match y.table.contains(h, k, &mut eq) {
                    Ok(true) => {}
                    Ok(false) => return Some(false),
                    Err(()) => return None,
                }
            }
            Some(true)
        }
        _ => vm.pure_eq(a, b),
    }
}

/// Whether comparing `v` with another key of equal hash may run user code.
fn needs_user_eq(vm: &Vm, v: Value) -> bool {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Instance(_)) => vm
            .lookup_special(v, "__eq__")
            .is_some_and(|f| !matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Native(_)))),
        Some(ObjData::Tuple(t)) => t.iter().any(|&x| needs_user_eq(vm, x)),
        Some(ObjData::FrozenSet(s)) => s.iter().any(|x| needs_user_eq(vm, x)),
        Some(ObjData::Range(_)) => true,
        _ => false,
    }
}

/// Whether the table operations on these two sets can compare keys without
/// running user code (otherwise they go key by key through the `Vm`).
fn pure_sets(vm: &Vm, a: Value, b: Value) -> bool {
    let pure =
        |v: Value| any_table(v).is_none_or(|t| !t.iter().any(|(_, k)| needs_user_eq(vm, *k)));
    pure(a) && pure(b)
}

/// Key equality inside the table for sets that passed `pure_sets`.
fn peq(vm: &Vm) -> impl FnMut(&Value, &Value) -> Result<bool, ()> + '_ {
    move |x: &Value, y: &Value| Ok(pure_eq_deep(vm, *x, *y).unwrap_or(false))
}

// Operations between two sets (`set`/`frozenset`), as CPython's setobject.c does
// them: on the tables directly when no user `__eq__` can be involved, else key
// by key in the same order.

/// `set_merge(dst, src)`; `dst` is a `set`, distinct from `src`.
fn merge_sets(vm: &mut Vm, dst: Value, src: Value) -> PyResult<()> {
    let Some(st) = any_table(src) else {
        return Ok(());
    };
    if set_len(dst) == 0 || pure_sets(vm, dst, src) {
        // Into an empty set CPython copies without comparing.
        let d = table_mut(dst);
        let mut eq = peq(vm);
        let _ = d.update_from_set(st, &mut eq);
        return Ok(());
    }
    let items = vm.set_items(src);
    table_mut(dst).presize_for_dict_update(items.len());
    for x in items {
        vm.set_add(dst, x)?;
    }
    Ok(())
}

/// `set_intersection(so, other)` for two distinct sets: a new `set`.
fn intersect_sets(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let (Some(st), Some(ot)) = (any_table(so), any_table(other)) else {
        return Ok(vm.new_set(SetObj::new()));
    };
    if pure_sets(vm, so, other) {
        let t = {
            let mut eq = peq(vm);
            st.intersection(ot, &mut eq).unwrap_or_default()
        };
        return Ok(set_from_table(vm, t));
    }
    let (walk, probe) = if ot.len() > st.len() {
        (so, other)
    } else {
        (other, so)
    };
    filtered_set(vm, walk, probe, true)
}

/// A new set of the items of `from` that are (`keep_members`) or are not in
/// `probe`, added in `from`'s order, with user `__eq__` allowed.
fn filtered_set(vm: &mut Vm, from: Value, probe: Value, keep_members: bool) -> PyResult<Value> {
    let r = vm.new_set(SetObj::new());
    vm.extra_roots.push(r);
    let res = (|| -> PyResult<()> {
        for k in vm.set_items(from) {
            if vm.set_contains(probe, k)? == keep_members {
                vm.set_add(r, k)?;
            }
        }
        Ok(())
    })();
    vm.extra_roots.pop();
    res.map(|_| r)
}

/// `set_difference_update_internal(dst, other)` for a set `other` distinct from `dst`.
fn difference_update_sets(vm: &mut Vm, dst: Value, other: Value) -> PyResult<()> {
    let Some(ot) = any_table(other) else {
        return Ok(());
    };
    if pure_sets(vm, dst, other) {
        let d = table_mut(dst);
        let mut eq = peq(vm);
        let _ = d.difference_update_set(ot, &mut eq);
        return Ok(());
    }
    let keys = if (ot.len() >> 3) > set_len(dst) {
        let common = intersect_sets(vm, dst, other)?;
        vm.set_items(common)
    } else {
        vm.set_items(other)
    };
    for k in keys {
        vm.set_discard(dst, k)?;
    }
    table_mut(dst).finish_difference_update();
    Ok(())
}

/// `set_difference(so, other)` for two sets: a new `set`.
fn difference_sets(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let (Some(st), Some(ot)) = (any_table(so), any_table(other)) else {
        return Ok(vm.new_set(SetObj::new()));
    };
    if pure_sets(vm, so, other) {
        let t = {
            let mut eq = peq(vm);
            st.difference(ot, &mut eq).unwrap_or_default()
        };
        return Ok(set_from_table(vm, t));
    }
    if SetTable::<Value>::difference_copies_first(st.len(), ot.len()) {
        let r = set_copy_of(vm, so);
        vm.extra_roots.push(r);
        let res = difference_update_sets(vm, r, other);
        vm.extra_roots.pop();
        return res.map(|_| r);
    }
    filtered_set(vm, so, other, false)
}

/// `set_symmetric_difference_update(dst, other)` for a set `other` distinct from `dst`.
fn symdiff_update_sets(vm: &mut Vm, dst: Value, other: Value) -> PyResult<()> {
    let Some(ot) = any_table(other) else {
        return Ok(());
    };
    if pure_sets(vm, dst, other) {
        let d = table_mut(dst);
        let mut eq = peq(vm);
        let _ = d.symmetric_difference_update_set(ot, &mut eq);
        return Ok(());
    }
    for k in vm.set_items(other) {
        if !vm.set_discard(dst, k)? {
            vm.set_add(dst, k)?;
        }
    }
    Ok(())
}

/// `a <= b` for two sets.
fn subset_sets(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (Some(at), Some(bt)) = (any_table(a), any_table(b)) else {
        return Ok(false);
    };
    if pure_sets(vm, a, b) {
        let mut eq = peq(vm);
        return Ok(at.is_subset(bt, &mut eq).unwrap_or(false));
    }
    if at.len() > bt.len() {
        return Ok(false);
    }
    for k in vm.set_items(a) {
        if !vm.set_contains(b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.isdisjoint(b)` for two sets.
fn disjoint_sets(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (Some(at), Some(bt)) = (any_table(a), any_table(b)) else {
        return Ok(true);
    };
    if a == b {
        return Ok(at.is_empty());
    }
    if pure_sets(vm, a, b) {
        let mut eq = peq(vm);
        return Ok(at.is_disjoint(bt, &mut eq).unwrap_or(false));
    }
    let (walk, probe) = if bt.len() > at.len() { (a, b) } else { (b, a) };
    for k in vm.set_items(walk) {
        if vm.set_contains(probe, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a op b` for two sets (`|`, `&`, `-`, `^`): the result has `a`'s type.
pub fn set_operator(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let frozen = matches!(a.as_obj().map(|o| &o.data), Some(ObjData::FrozenSet(_)));
    let r = match op {
        BinOp::BitOr => {
            let r = set_copy_of(vm, a);
            if a != b {
                vm.extra_roots.push(r);
                let res = merge_sets(vm, r, b);
                vm.extra_roots.pop();
                res?;
            }
            r
        }
        BinOp::BitAnd => set_intersection_one(vm, a, b)?,
        BinOp::Sub => set_difference_one(vm, a, b)?,
        _ => {
            let r = make_new_set(vm, b)?;
            vm.extra_roots.push(r);
            let res = symmetric_difference_update_internal(vm, r, a);
            vm.extra_roots.pop();
            res?;
            r
        }
    };
    Ok(finish(vm, r, frozen))
}

/// `a op= b` for a `set` `a` and a set `b`.
pub fn set_inplace_operator(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<()> {
    match op {
        BinOp::BitOr => set_update_internal(vm, a, b),
        BinOp::BitAnd => {
            let r = set_intersection_one(vm, a, b)?;
            let t = std::mem::take(table_mut(r));
            table_mut(a).replace_with(t);
            Ok(())
        }
        BinOp::Sub => difference_update_internal(vm, a, b),
        _ => symmetric_difference_update_internal(vm, a, b),
    }
}

fn set_from_table(vm: &mut Vm, t: SetTable<Value>) -> Value {
    vm.new_set(SetObj::from_table(t))
}

/// A new `set` holding a copy of a set's table (CPython's `set_copy`).
fn set_copy_of(vm: &mut Vm, s: Value) -> Value {
    let t = any_table(s).map(|t| t.copy()).unwrap_or_default();
    set_from_table(vm, t)
}

/// Turns a freshly built `set` into a frozenset when `frozen`, keeping its layout.
fn finish(vm: &mut Vm, s: Value, frozen: bool) -> Value {
    if !frozen {
        return s;
    }
    let t = std::mem::take(table_mut(s));
    vm.heap
        .alloc(ObjData::FrozenSet(Box::new(SetObj::from_table(t))))
}

/// CPython's `set_update_internal`: adds the items of `other` to the set `s`.
pub fn set_update_internal(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if any_table(other).is_some() {
        if s == other {
            return Ok(());
        }
        return merge_sets(vm, s, other);
    }
    if let Some(ObjData::Dict(d)) = other.as_obj().map(|o| &o.data) {
        let keys: Vec<Value> = d.get().keys().collect();
        table_mut(s).presize_for_dict_update(keys.len());
        for key in keys {
            vm.set_add(s, key)?;
        }
        return Ok(());
    }
    for_each(vm, other, |vm, x| {
        vm.set_add(s, x)?;
        Ok(true)
    })
}

/// `set(iterable)` laid out as CPython builds it.
pub fn make_new_set(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    let s = vm.new_set(SetObj::new());
    vm.extra_roots.push(s);
    let r = set_update_internal(vm, s, iterable);
    vm.extra_roots.pop();
    r.map(|_| s)
}

/// `frozenset(iterable)` laid out as CPython builds it.
pub fn make_new_frozenset(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    let s = make_new_set(vm, iterable)?;
    Ok(finish(vm, s, true))
}

/// CPython's `set_intersection(so, other)`; the result is a `set`.
fn set_intersection_one(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    if so == other {
        return Ok(set_copy_of(vm, so));
    }
    if any_table(other).is_some() {
        return intersect_sets(vm, so, other);
    }
    let r = vm.new_set(SetObj::new());
    let so_len = set_len(so);
    vm.extra_roots.push(r);
    let res = for_each(vm, other, |vm, x| {
        if vm.set_contains(so, x)? {
            vm.set_add(r, x)?;
            if set_len(r) >= so_len {
                return Ok(false);
            }
        }
        Ok(true)
    });
    vm.extra_roots.pop();
    res.map(|_| r)
}

fn intersection_multi(vm: &mut Vm, so: Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return Ok(set_copy_of(vm, so));
    }
    let mut result = so;
    for &o in others {
        vm.extra_roots.push(result);
        let r = set_intersection_one(vm, result, o);
        vm.extra_roots.pop();
        result = r?;
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal` on the set `s`.
fn difference_update_internal(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other {
        table_mut(s).clear();
        return Ok(());
    }
    if any_table(other).is_some() {
        return difference_update_sets(vm, s, other);
    }
    if let Some(ObjData::Dict(d)) = other.as_obj().map(|o| &o.data) {
        let keys: Vec<Value> = d.get().keys().collect();
        for key in keys {
            vm.set_discard(s, key)?;
        }
    } else {
        for_each(vm, other, |vm, x| {
            vm.set_discard(s, x)?;
            Ok(true)
        })?;
    }
    table_mut(s).finish_difference_update();
    Ok(())
}

/// CPython's `set_difference(so, other)`; the result is a `set`.
fn set_difference_one(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let other_size = match other.as_obj().map(|o| &o.data) {
        Some(ObjData::Set(_) | ObjData::FrozenSet(_)) => set_len(other),
        Some(ObjData::Dict(d)) => d.get().len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX
        || SetTable::<Value>::difference_copies_first(set_len(so), other_size)
    {
        let r = set_copy_of(vm, so);
        vm.extra_roots.push(r);
        let res = difference_update_internal(vm, r, other);
        vm.extra_roots.pop();
        return res.map(|_| r);
    }
    if let Some(ObjData::Dict(_)) = other.as_obj().map(|o| &o.data) {
        let r = vm.new_set(SetObj::new());
        vm.extra_roots.push(r);
        let res = (|| -> PyResult<()> {
            for x in vm.set_items(so) {
                if vm.dict_get(other, x)?.is_none() {
                    vm.set_add(r, x)?;
                }
            }
            Ok(())
        })();
        vm.extra_roots.pop();
        return res.map(|_| r);
    }
    difference_sets(vm, so, other)
}

/// CPython's `set_symmetric_difference_update(so, other)` on the set `s`.
fn symmetric_difference_update_internal(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other {
        table_mut(s).clear();
        return Ok(());
    }
    if let Some(ObjData::Dict(d)) = other.as_obj().map(|o| &o.data) {
        let keys: Vec<Value> = d.get().keys().collect();
        for key in keys {
            if !vm.set_discard(s, key)? {
                vm.set_add(s, key)?;
            }
        }
        return Ok(());
    }
    let o = if any_table(other).is_some() {
        other
    } else {
        make_new_set(vm, other)?
    };
    vm.extra_roots.push(o);
    let r = symdiff_update_sets(vm, s, o);
    vm.extra_roots.pop();
    r
}

/// `s.remove(x)` / `s.discard(x)`: a set argument is looked up as a frozenset.
fn discard_key(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    match vm.set_discard(s, key) {
        Err(e)
            if matches!(key.as_obj().map(|o| &o.data), Some(ObjData::Set(_)))
                && vm.is_exc_kind(&e, ExcKind::TypeError) =>
        {
            let fk = make_new_frozenset(vm, key)?;
            vm.set_discard(s, fk)
        }
        r => r,
    }
}

fn set_add(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "add")?;
    onearg(a, k, "set", "add")?;
    vm.set_add(a[0], a[1])?;
    Ok(Value::NONE)
}

fn set_remove(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "remove")?;
    onearg(a, k, "set", "remove")?;
    if !discard_key(vm, a[0], a[1])? {
        return Err(vm.key_error(a[1]));
    }
    Ok(Value::NONE)
}

fn set_discard(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "discard")?;
    onearg(a, k, "set", "discard")?;
    discard_key(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

fn set_pop(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "pop")?;
    noargs(a, k, "set", "pop")?;
    table_mut(a[0])
        .pop()
        .map(|(_, v)| v)
        .ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "clear")?;
    noargs(a, k, "set", "clear")?;
    table_mut(a[0]).clear();
    Ok(Value::NONE)
}

fn anyset_copy(vm: &mut Vm, a: &[Value], k: Kw, frozen: bool) -> PyResult<Value> {
    recv_anyset(vm, a, "copy", frozen)?;
    noargs(a, k, set_type(frozen), "copy")?;
    if frozen {
        return Ok(a[0]);
    }
    Ok(set_copy_of(vm, a[0]))
}

fn set_type(frozen: bool) -> &'static str {
    if frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// The result set `r` of a method once `res` succeeded, frozen if the receiver was.
fn frozen_result(vm: &mut Vm, r: Value, frozen: bool, res: PyResult<()>) -> PyResult<Value> {
    res?;
    Ok(finish(vm, r, frozen))
}

fn anyset_union(vm: &mut Vm, a: &[Value], k: Kw, frozen: bool) -> PyResult<Value> {
    recv_anyset(vm, a, "union", frozen)?;
    no_kw(k, set_type(frozen), "union")?;
    let so = a[0];
    let r = set_copy_of(vm, so);
    vm.extra_roots.push(r);
    let mut res = Ok(());
    for &o in &a[1..] {
        if o == so {
            continue;
        }
        res = set_update_internal(vm, r, o);
        if res.is_err() {
            break;
        }
    }
    vm.extra_roots.pop();
    frozen_result(vm, r, frozen, res)
}

fn anyset_intersection(vm: &mut Vm, a: &[Value], k: Kw, frozen: bool) -> PyResult<Value> {
    recv_anyset(vm, a, "intersection", frozen)?;
    no_kw(k, set_type(frozen), "intersection")?;
    let r = intersection_multi(vm, a[0], &a[1..])?;
    Ok(finish(vm, r, frozen))
}

fn anyset_difference(vm: &mut Vm, a: &[Value], k: Kw, frozen: bool) -> PyResult<Value> {
    recv_anyset(vm, a, "difference", frozen)?;
    no_kw(k, set_type(frozen), "difference")?;
    if a.len() == 1 {
        let r = set_copy_of(vm, a[0]);
        return Ok(finish(vm, r, frozen));
    }
    let r = set_difference_one(vm, a[0], a[1])?;
    vm.extra_roots.push(r);
    let mut res = Ok(());
    for &o in &a[2..] {
        res = difference_update_internal(vm, r, o);
        if res.is_err() {
            break;
        }
    }
    vm.extra_roots.pop();
    frozen_result(vm, r, frozen, res)
}

fn anyset_symmetric_difference(vm: &mut Vm, a: &[Value], k: Kw, frozen: bool) -> PyResult<Value> {
    recv_anyset(vm, a, "symmetric_difference", frozen)?;
    onearg(a, k, set_type(frozen), "symmetric_difference")?;
    let r = make_new_set(vm, a[1])?;
    vm.extra_roots.push(r);
    let res = symmetric_difference_update_internal(vm, r, a[0]);
    vm.extra_roots.pop();
    frozen_result(vm, r, frozen, res)
}

fn set_update(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "update")?;
    no_kw(k, "set", "update")?;
    for &o in &a[1..] {
        set_update_internal(vm, a[0], o)?;
    }
    Ok(Value::NONE)
}

fn set_intersection_update(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "intersection_update")?;
    no_kw(k, "set", "intersection_update")?;
    let r = intersection_multi(vm, a[0], &a[1..])?;
    let t = std::mem::take(table_mut(r));
    table_mut(a[0]).replace_with(t);
    Ok(Value::NONE)
}

fn set_difference_update(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "difference_update")?;
    no_kw(k, "set", "difference_update")?;
    for &o in &a[1..] {
        difference_update_internal(vm, a[0], o)?;
    }
    Ok(Value::NONE)
}

fn set_symmetric_difference_update(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv_set(vm, a, "symmetric_difference_update")?;
    onearg(a, k, "set", "symmetric_difference_update")?;
    symmetric_difference_update_internal(vm, a[0], a[1])?;
    Ok(Value::NONE)
}

fn anyset_issubset(vm: &mut Vm, a: &[Value], k: Kw, frozen: bool) -> PyResult<Value> {
    recv_anyset(vm, a, "issubset", frozen)?;
    onearg(a, k, set_type(frozen), "issubset")?;
    let other = if any_table(a[1]).is_some() {
        a[1]
    } else {
        make_new_set(vm, a[1])?
    };
    vm.extra_roots.push(other);
    let r = subset_sets(vm, a[0], other);
    vm.extra_roots.pop();
    Ok(Value::from_bool(r?))
}

fn anyset_issuperset(vm: &mut Vm, a: &[Value], k: Kw, frozen: bool) -> PyResult<Value> {
    recv_anyset(vm, a, "issuperset", frozen)?;
    onearg(a, k, set_type(frozen), "issuperset")?;
    if any_table(a[1]).is_some() {
        return Ok(Value::from_bool(subset_sets(vm, a[1], a[0])?));
    }
    let so = a[0];
    let mut ok = true;
    for_each(vm, a[1], |vm, x| {
        if !vm.set_contains(so, x)? {
            ok = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::from_bool(ok))
}

fn anyset_isdisjoint(vm: &mut Vm, a: &[Value], k: Kw, frozen: bool) -> PyResult<Value> {
    recv_anyset(vm, a, "isdisjoint", frozen)?;
    onearg(a, k, set_type(frozen), "isdisjoint")?;
    if any_table(a[1]).is_some() {
        return Ok(Value::from_bool(disjoint_sets(vm, a[0], a[1])?));
    }
    let so = a[0];
    let mut ok = true;
    for_each(vm, a[1], |vm, x| {
        if vm.set_contains(so, x)? {
            ok = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(Value::from_bool(ok))
}

/// The `set` and `frozenset` entry points of the methods both types have.
macro_rules! both_kinds {
    ($($imp:ident => $set_fn:ident, $fs_fn:ident;)*) => {$(
        fn $set_fn(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
            $imp(vm, a, k, false)
        }
        fn $fs_fn(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
            $imp(vm, a, k, true)
        }
    )*};
}

both_kinds! {
    anyset_copy => set_copy, frozenset_copy;
    anyset_union => set_union, frozenset_union;
    anyset_intersection => set_intersection, frozenset_intersection;
    anyset_difference => set_difference, frozenset_difference;
    anyset_symmetric_difference => set_symmetric_difference, frozenset_symmetric_difference;
    anyset_issubset => set_issubset, frozenset_issubset;
    anyset_issuperset => set_issuperset, frozenset_issuperset;
    anyset_isdisjoint => set_isdisjoint, frozenset_isdisjoint;
}

// ---- int ----------------------------------------------------------------------------

fn recv_int<'a>(vm: &Vm, a: &[Value], meth: &str) -> PyResult<IntRef<'a>> {
    match a.first().and_then(|&v| as_intref(v)) {
        Some(i) => Ok(i),
        None => Err(descr_err(vm, a, "int", meth)),
    }
}

fn int_bit_length(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let i = recv_int(vm, a, "bit_length")?;
    noargs(a, k, "int", "bit_length")?;
    let n = match i {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => b.bits(),
    };
    Ok(vm.int_value(n as i64))
}

fn int_bit_count(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let i = recv_int(vm, a, "bit_count")?;
    noargs(a, k, "int", "bit_count")?;
    let n = match i {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as u64,
        IntRef::Big(b) => b.magnitude().count_ones(),
    };
    Ok(vm.int_value(n as i64))
}

fn int_conjugate(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let i = recv_int(vm, a, "conjugate")?;
    noargs(a, k, "int", "conjugate")?;
    Ok(vm.int_of(i))
}

fn int_as_integer_ratio(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let i = recv_int(vm, a, "as_integer_ratio")?;
    noargs(a, k, "int", "as_integer_ratio")?;
    let n = vm.int_of(i);
    Ok(vm.new_tuple(vec![n, Value::from_small_int(1)]))
}

// ---- float --------------------------------------------------------------------------

fn recv_float(vm: &Vm, a: &[Value], meth: &str) -> PyResult<f64> {
    match a.first() {
        Some(v) if v.is_float() => Ok(v.as_f64()),
        _ => Err(descr_err(vm, a, "float", meth)),
    }
}

fn float_is_integer(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let x = recv_float(vm, a, "is_integer")?;
    noargs(a, k, "float", "is_integer")?;
    Ok(Value::from_bool(x.is_finite() && x.floor() == x))
}

fn float_conjugate(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let x = recv_float(vm, a, "conjugate")?;
    noargs(a, k, "float", "conjugate")?;
    Ok(Value::from_f64(x))
}

fn float_as_integer_ratio(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let x = recv_float(vm, a, "as_integer_ratio")?;
    noargs(a, k, "float", "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return Ok(vm.new_tuple(vec![Value::from_small_int(0), Value::from_small_int(1)]));
    }
    while e < 0 && m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if neg {
        num = -num;
    }
    let n = vm.bigint_value(num);
    let d = vm.bigint_value(den);
    Ok(vm.new_tuple(vec![n, d]))
}

/// `float.hex()`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { "-" } else { "" };
    let exp_bits = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 && frac == 0 {
        return format!("{sign}0x0.0p+0");
    }
    let (lead, e) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let es = if e < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{frac:013x}p{es}{}", e.abs())
}

fn float_hex(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let x = recv_float(vm, a, "hex")?;
    noargs(a, k, "float", "hex")?;
    Ok(vm.new_string(float_to_hex(x)))
}

/// `float.fromhex(s)`, correctly rounded.
pub fn float_from_hex(s: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let sign = if neg { -1.0 } else { 1.0 };
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant_part, exp_part) = match b.find('p') {
        Some(p) => (&b[..p], Some(&b[p + 1..])),
        None => (b, None),
    };
    let (int_part, frac_part) = match mant_part.find('.') {
        Some(p) => (&mant_part[..p], &mant_part[p + 1..]),
        None => (mant_part, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let hexval = |c: char| c.to_digit(16);
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = hexval(c).ok_or_else(invalid)?;
        m = (m << 4usize) + BigInt::from(d);
    }
    let mut e: i64 = match exp_part {
        Some(ep) => {
            let digits = ep.strip_prefix(['+', '-']).unwrap_or(ep);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(1 << 40);
            if ep.starts_with('-') {
                -v
            } else {
                v
            }
        }
        None => 0,
    };
    e -= 4 * frac_part.len() as i64;
    if m.is_zero() {
        return Ok(sign * 0.0);
    }
    let overflow = || {
        PyErr::new(
            ExcKind::OverflowError,
            "hexadecimal value too large to represent as a float",
        )
    };
    let top = m.bits() as i64 - 1 + e;
    if top > 1024 {
        return Err(overflow());
    }
    if top < -1100 {
        return Ok(sign * 0.0);
    }
    // The lowest bit a double can hold at this magnitude.
    let lsb = (top - 52).max(-1074);
    let shift = e - lsb;
    let q: BigInt = if shift >= 0 {
        m << shift as usize
    } else {
        let sh = (-shift) as usize;
        let q = &m >> sh;
        let rem = &m - (&q << sh);
        let half = BigInt::one() << (sh - 1);
        if rem > half || (rem == half && (&q & BigInt::one()) == BigInt::one()) {
            q + 1
        } else {
            q
        }
    };
    let q = q.to_u64().unwrap_or(u64::MAX) as f64;
    let scale = if lsb >= -1022 {
        f64::from_bits(((lsb + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (lsb + 1074))
    };
    let r = q * scale;
    if r.is_infinite() {
        return Err(overflow());
    }
    Ok(sign * r)
}

/// `float.fromhex(s)`; the receiver is the class.
fn float_fromhex(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    onearg(a, k, "float", "fromhex")?;
    let Some(s) = vm.str_contents(a[1]) else {
        return Err(PyErr::type_error(
            "bad argument type for built-in operation",
        ));
    };
    let x = float_from_hex(s)?;
    Ok(Value::from_f64(x))
}

// ---- generator ------------------------------------------------------------------------

fn gen_send(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    onearg(a, &[], "generator", "send")?;
    match vm.resume_generator(a[0], a[1])? {
        Some(v) => Ok(v),
        None => {
            let result = match a[0].as_obj().map(|o| &o.data) {
                Some(ObjData::Generator(g)) => g.get().result,
                _ => Value::NONE,
            };
            let class = vm.exc_class(ExcKind::StopIteration);
            let args = if result.is_none() {
                vec![]
            } else {
                vec![result]
            };
            Err(PyErr::Raised(vm.new_exception(class, args)))
        }
    }
}

fn gen_next(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let mut args = a.to_vec();
    args.truncate(1);
    args.push(Value::NONE);
    gen_send(vm, &args, _k)
}

fn gen_close(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let class = vm.exc_class(ExcKind::GeneratorExit);
    let exc = vm.new_exception(class, vec![]);
    match vm.throw_into_generator(a[0], exc) {
        Ok(Some(_)) => Err(PyErr::new(
            ExcKind::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Ok(None) => Ok(Value::NONE),
        Err(e) => {
            if vm.is_exc_kind(&e, ExcKind::GeneratorExit) || vm.is_stop_iteration(&e) {
                Ok(Value::NONE)
            } else {
                Err(e)
            }
        }
    }
}

fn gen_throw(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    posargs(a, &[], "generator", "throw", 1, 3)?;
    let mut exc = vm.make_raisable(a[1])?;
    if a.len() > 2 && !a[2].is_none() && vm.exc_state(exc).is_none() {
        exc = vm.call_value(a[1], &[a[2]], &[])?;
    }
    match vm.throw_into_generator(a[0], exc)? {
        Some(v) => Ok(v),
        None => {
            let result = match a[0].as_obj().map(|o| &o.data) {
                Some(ObjData::Generator(g)) => g.get().result,
                _ => Value::NONE,
            };
            let class = vm.exc_class(ExcKind::StopIteration);
            let args = if result.is_none() {
                vec![]
            } else {
                vec![result]
            };
            Err(PyErr::Raised(vm.new_exception(class, args)))
        }
    }
}

fn iter_self(_vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(a[0])
}

// ---- object / exceptions ---------------------------------------------------------------

fn obj_init(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn exc_init(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if let Some(&s) = a.first() {
        if let Some(st) = vm.exc_state(s) {
            let args = vm.new_tuple(a[1..].to_vec());
            st.get_mut().args = args;
        }
    }
    Ok(Value::NONE)
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (list, tuple, dict, set, frozenset) = (t.list, t.tuple, t.dict, t.set, t.frozenset);
    let (int, float, range) = (t.int, t.float, t.range);
    let [keys_view, _values_view, items_view] = t.dict_views;
    let frozenset_methods: Vec<(&'static str, NativeFn)> = vec![
        ("union", frozenset_union as NativeFn),
        ("intersection", frozenset_intersection),
        ("difference", frozenset_difference),
        ("symmetric_difference", frozenset_symmetric_difference),
        ("issubset", frozenset_issubset),
        ("issuperset", frozenset_issuperset),
        ("isdisjoint", frozenset_isdisjoint),
        ("copy", frozenset_copy),
    ];
    let set_methods: Vec<(&'static str, NativeFn)> = vec![
        ("union", set_union as NativeFn),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
    ];
    let groups: Vec<(Value, Vec<(&'static str, NativeFn)>)> = vec![
        (
            list,
            vec![
                ("append", list_append as NativeFn),
                ("extend", list_extend),
                ("pop", list_pop),
                ("insert", list_insert),
                ("remove", list_remove),
                ("index", list_index),
                ("count", list_count),
                ("sort", list_sort),
                ("reverse", list_reverse),
                ("copy", list_copy),
                ("clear", list_clear),
            ],
        ),
        (
            tuple,
            vec![("index", tuple_index as NativeFn), ("count", tuple_count)],
        ),
        (
            range,
            vec![("index", range_index as NativeFn), ("count", range_count)],
        ),
        (
            dict,
            vec![
                ("get", dict_get as NativeFn),
                ("keys", dict_keys),
                ("values", dict_values),
                ("items", dict_items),
                ("pop", dict_pop),
                ("setdefault", dict_setdefault),
                ("update", dict_update),
                ("copy", dict_copy),
                ("clear", dict_clear),
                ("popitem", dict_popitem),
                ("__contains__", dict_contains),
            ],
        ),
        (set, set_methods),
        (frozenset, frozenset_methods),
        (keys_view, vec![("isdisjoint", view_isdisjoint as NativeFn)]),
        (
            items_view,
            vec![("isdisjoint", view_isdisjoint as NativeFn)],
        ),
        (
            int,
            vec![
                ("bit_length", int_bit_length as NativeFn),
                ("bit_count", int_bit_count),
                ("conjugate", int_conjugate),
                ("as_integer_ratio", int_as_integer_ratio),
            ],
        ),
        (
            float,
            vec![
                ("is_integer", float_is_integer as NativeFn),
                ("conjugate", float_conjugate),
                ("as_integer_ratio", float_as_integer_ratio),
                ("hex", float_hex),
            ],
        ),
        (vm.types.str_, super::strmethods::methods()),
    ];
    for (cls, methods) in groups {
        for (name, f) in methods {
            let v = vm.native(name, f);
            vm.set_class_attr(cls, name, v);
        }
    }
    // Class-level methods: natives bound to the class itself.
    let str_cls = vm.types.str_;
    for (cls, name, f) in [
        (dict, "fromkeys", dict_fromkeys as NativeFn),
        (float, "fromhex", float_fromhex),
        (str_cls, "maketrans", super::strmethods::str_maketrans),
    ] {
        let v = vm.heap.alloc(ObjData::Native(NativeObj {
            name,
            func: f,
            receiver: cls,
            binds_payload: false,
        }));
        vm.set_class_attr(cls, name, v);
    }
    let g = vm.types.generator;
    for (name, f) in [
        ("send", gen_send as NativeFn),
        ("__next__", gen_next),
        ("close", gen_close),
        ("throw", gen_throw),
        ("__iter__", iter_self),
    ] {
        let v = vm.native(name, f);
        vm.set_class_attr(g, name, v);
    }
    let oi = vm.native("__init__", obj_init);
    let obj = vm.types.object;
    vm.set_class_attr(obj, "__init__", oi);
    vm.object_init = oi;
    super::descriptors::install(vm);
    let ei = vm.native("__init__", exc_init);
    let be = vm.exc_class(ExcKind::BaseException);
    vm.set_class_attr(be, "__init__", ei);
}

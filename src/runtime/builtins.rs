//! The builtins module: functions, constructors of the built-in types, `print`'s
//! buffered stdout, `%`-formatting, and the native modules (`sys`).

use std::io::Write;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::error::ExcKind;
use super::numfmt;
use super::object::*;
use super::ops::{as_intref, index_of, IntRef};
use super::value::Value;
use crate::compile::bytecode::BinOp;
use crate::interp::Vm;

/// Buffered stdout, flushed at exit and before anything goes to stderr.
pub struct Stdout {
    buf: Vec<u8>,
}

impl Default for Stdout {
    fn default() -> Self {
        Stdout {
            buf: Vec::with_capacity(1 << 16),
        }
    }
}

impl Stdout {
    pub fn write_str(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() > (1 << 16) {
            self.flush();
        }
    }
    pub fn flush(&mut self) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&self.buf);
        let _ = out.flush();
        self.buf.clear();
    }
}

/// State of the `random` module's generators.
pub type RngState = super::modules::random::Rng;

type Kw<'a> = &'a [(Value, Value)];

fn kwarg(vm: &Vm, kw: Kw, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.str_contents(*k) == Some(name))
        .map(|(_, v)| *v)
}

fn no_kw(vm: &Vm, kw: Kw, fname: &str) -> PyResult<()> {
    if let Some((k, _)) = kw.first() {
        let _ = vm;
        let _ = k;
        return Err(PyErr::type_error(format!(
            "{fname}() takes no keyword arguments"
        )));
    }
    Ok(())
}

fn check_kw(vm: &Vm, kw: Kw, fname: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let n = vm.str_contents(*k).unwrap_or("");
        if !allowed.contains(&n) {
            return Err(PyErr::type_error(format!(
                "{fname}() got an unexpected keyword argument '{n}'"
            )));
        }
    }
    Ok(())
}

fn arity(args: &[Value], fname: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        if min == max {
            if min == 1 {
                return Err(PyErr::type_error(format!(
                    "{fname}() takes exactly one argument ({n} given)"
                )));
            }
            return Err(PyErr::type_error(format!(
                "{fname} expected {min} arguments, got {n}"
            )));
        }
        if n < min {
            return Err(PyErr::type_error(format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )));
        }
        return Err(PyErr::type_error(format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

pub fn install(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("repr", b_repr),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("sorted", b_sorted),
        ("any", b_any),
        ("all", b_all),
        ("ord", b_ord),
        ("chr", b_chr),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("hash", b_hash),
        ("iter", b_iter),
        ("next", b_next),
        ("hex", b_hex),
        ("bin", b_bin),
        ("oct", b_oct),
        ("id", b_id),
        ("callable", b_callable),
        ("hasattr", b_hasattr),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("format", b_format),
        ("ascii", b_ascii),
        ("globals", b_globals),
        ("vars", b_vars),
        ("input", b_input),
        ("__build_class__", b_build_class),
        ("exit", b_exit),
        ("quit", b_exit),
    ];
    for &(name, f) in fns {
        let v = vm.native(name, f);
        vm.builtins.insert(Rc::from(name), v);
    }
    let t = &vm.types;
    let classes = [
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str_),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("type", t.type_),
        ("object", t.object),
        ("enumerate", t.iterators["enumerate"]),
        ("zip", t.iterators["zip"]),
        ("map", t.iterators["map"]),
        ("filter", t.iterators["filter"]),
        ("reversed", t.iterators["reversed"]),
    ];
    for (n, c) in classes {
        vm.builtins.insert(Rc::from(n), c);
    }
    let excs: Vec<(Rc<str>, Value)> = vm
        .types
        .exceptions
        .values()
        .map(|&c| (vm.class_name(c), c))
        .collect();
    for (n, c) in excs {
        vm.builtins.insert(n, c);
    }
    // Aliases CPython keeps.
    let ose = vm.exc_class(ExcKind::OSError);
    vm.builtins.insert(Rc::from("IOError"), ose);
    vm.builtins.insert(Rc::from("EnvironmentError"), ose);
    let ni = vm.not_implemented;
    vm.builtins.insert(Rc::from("NotImplemented"), ni);
    let el = vm.ellipsis_val;
    vm.builtins.insert(Rc::from("Ellipsis"), el);
    vm.builtins.insert(Rc::from("None"), Value::NONE);
    // Iterator "classes" are callable through construct_builtin.
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        let c = vm.types.iterators[name];
        if let Some(ObjData::Class(cc)) = c.as_obj().map(|o| &o.data) {
            let _ = cc;
        }
    }
}

// ---- constructors ---------------------------------------------------------------

pub fn construct_builtin(
    vm: &mut Vm,
    cls: Value,
    b: BuiltinType,
    args: &[Value],
    kw: Kw,
) -> PyResult<Value> {
    use BuiltinType as B;
    let name = vm.class_name(cls);
    match b {
        B::Int => {
            check_kw(vm, kw, "int", &["base"])?;
            let base = kwarg(vm, kw, "base").or_else(|| args.get(1).copied());
            if args.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "int() takes at most 2 arguments ({} given)",
                    args.len()
                )));
            }
            let Some(&x) = args.first() else {
                return Ok(Value::from_small_int(0));
            };
            if let Some(bv) = base {
                let base = index_of(vm, bv, "int")?;
                let Some(s) = vm.str_contents(x) else {
                    return Err(PyErr::type_error(
                        "int() can't convert non-string with explicit base",
                    ));
                };
                if base != 0 && !(2..=36).contains(&base) {
                    return Err(PyErr::value_error(
                        "int() base must be >= 2 and <= 36, or 0",
                    ));
                }
                let s = s.to_string();
                let r = super::intops::parse_int(&s, base as u32)?;
                return Ok(vm.bigint_value(r));
            }
            to_int(vm, x)
        }
        B::Bool => {
            no_kw(vm, kw, "bool")?;
            arity(args, "bool", 0, 1)?;
            match args.first() {
                Some(&x) => Ok(Value::from_bool(vm.truthy(x)?)),
                None => Ok(Value::FALSE),
            }
        }
        B::Float => {
            no_kw(vm, kw, "float")?;
            arity(args, "float", 0, 1)?;
            let Some(&x) = args.first() else {
                return Ok(Value::from_f64(0.0));
            };
            to_float(vm, x).map(Value::from_f64)
        }
        B::Str => {
            if args.is_empty() {
                return Ok(vm.new_str(""));
            }
            arity(args, "str", 0, 1)?;
            if vm.str_contents(args[0]).is_some() {
                return Ok(args[0]);
            }
            let s = vm.str_of(args[0])?;
            Ok(vm.new_string(s))
        }
        B::List => {
            no_kw(vm, kw, "list")?;
            arity(args, "list", 0, 1)?;
            let items = match args.first() {
                Some(&x) => vm.collect_iterable(x)?,
                None => vec![],
            };
            Ok(vm.new_list(items))
        }
        B::Tuple => {
            no_kw(vm, kw, "tuple")?;
            arity(args, "tuple", 0, 1)?;
            match args.first() {
                Some(&x) => {
                    if let Some(ObjData::Tuple(_)) = x.as_obj().map(|o| &o.data) {
                        return Ok(x);
                    }
                    let items = vm.collect_iterable(x)?;
                    Ok(vm.new_tuple(items))
                }
                None => Ok(vm.new_tuple(vec![])),
            }
        }
        B::Dict => {
            if args.len() > 1 {
                return Err(PyErr::type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let d = vm.new_dict(Default::default());
            if let Some(&src) = args.first() {
                vm.dict_update_from(d, src, false)?;
            }
            for &(k, v) in kw {
                vm.dict_set(d, k, v)?;
            }
            Ok(d)
        }
        B::Set | B::FrozenSet => {
            no_kw(vm, kw, &name)?;
            arity(args, &name, 0, 1)?;
            // Laid out as CPython builds them (copying a set, presizing for a dict).
            match (args.first(), b == B::FrozenSet) {
                (None, false) => Ok(vm.new_set(Default::default())),
                (None, true) => Ok(vm.heap.alloc(ObjData::FrozenSet(Default::default()))),
                (Some(&x), false) => super::methods::make_new_set(vm, x),
                (Some(&x), true) => {
                    if let Some(ObjData::FrozenSet(_)) = x.as_obj().map(|o| &o.data) {
                        return Ok(x);
                    }
                    super::methods::make_new_frozenset(vm, x)
                }
            }
        }
        B::Range => {
            no_kw(vm, kw, "range")?;
            if args.is_empty() {
                return Err(PyErr::type_error(
                    "range expected at least 1 argument, got 0",
                ));
            }
            if args.len() > 3 {
                return Err(PyErr::type_error(format!(
                    "range expected at most 3 arguments, got {}",
                    args.len()
                )));
            }
            let mut n = [0i128; 3];
            for (i, &a) in args.iter().enumerate() {
                let a = super::methods::index_value(vm, a)?;
                n[i] = match as_intref(a) {
                    Some(IntRef::Small(x)) => x as i128,
                    Some(IntRef::Big(b)) => match b.to_i128() {
                        Some(x) if x.unsigned_abs() < (1u128 << 100) => x,
                        _ => {
                            return Err(PyErr::new(
                                ExcKind::OverflowError,
                                "Python int too large to convert to C ssize_t",
                            ))
                        }
                    },
                    None => {
                        let tn = vm.type_name(a);
                        return Err(PyErr::type_error(format!(
                            "'{tn}' object cannot be interpreted as an integer"
                        )));
                    }
                };
            }
            let (start, stop, step) = match args.len() {
                1 => (0, n[0], 1),
                2 => (n[0], n[1], 1),
                _ => (n[0], n[1], n[2]),
            };
            if step == 0 {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            Ok(vm
                .heap
                .alloc(ObjData::Range(Box::new(RangeObj { start, stop, step }))))
        }
        B::Slice => {
            arity(args, "slice", 1, 3)?;
            let (a, b2, c) = match args.len() {
                1 => (Value::NONE, args[0], Value::NONE),
                2 => (args[0], args[1], Value::NONE),
                _ => (args[0], args[1], args[2]),
            };
            Ok(vm.heap.alloc(ObjData::Slice(a, b2, c)))
        }
        B::Type => {
            if args.len() == 1 {
                return Ok(vm.type_of(args[0]));
            }
            if args.len() == 3 {
                let mut all = vec![cls];
                all.extend_from_slice(args);
                let new = vm.class_lookup(cls, "__new__").unwrap_or(Value::NONE);
                return vm.call_value(new, &all, kw);
            }
            Err(PyErr::type_error("type() takes 1 or 3 arguments"))
        }
        B::NoneType => Ok(Value::NONE),
        B::Iterator => construct_iterator(vm, &name, args, kw),
        // `types.MethodType(func, obj)`: a bound method.
        B::Method => {
            no_kw(vm, kw, "method")?;
            if args.len() != 2 {
                return Err(PyErr::type_error(format!(
                    "method expected 2 arguments, got {}",
                    args.len()
                )));
            }
            if !b_callable(vm, &args[..1], &[])?.as_bool() {
                return Err(PyErr::type_error("first argument must be callable"));
            }
            if args[1].is_none() {
                return Err(PyErr::type_error("instance must not be None"));
            }
            Ok(vm.heap.alloc(ObjData::BoundMethod(args[1], args[0])))
        }
        // `types.ModuleType(name)`: an empty module.
        B::Module => {
            no_kw(vm, kw, "module")?;
            if args.is_empty() || args.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "module() takes at most 2 arguments ({} given)",
                    args.len()
                )));
            }
            let Some(module_name) = vm.str_contents(args[0]).map(str::to_string) else {
                let tn = vm.type_name(args[0]);
                return Err(PyErr::type_error(format!(
                    "module() argument 'name' must be str, not {tn}"
                )));
            };
            Ok(vm.new_module(&module_name))
        }
        _ => Err(PyErr::type_error(format!(
            "cannot create '{name}' instances"
        ))),
    }
}

fn construct_iterator(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let st = match name {
        "enumerate" => {
            check_kw(vm, kw, "enumerate", &["start", "iterable"])?;
            let it_src = args.first().copied().or_else(|| kwarg(vm, kw, "iterable"));
            let Some(src) = it_src else {
                return Err(PyErr::type_error(
                    "enumerate() missing required argument 'iterable' (pos 1)",
                ));
            };
            let start = args
                .get(1)
                .copied()
                .or_else(|| kwarg(vm, kw, "start"))
                .unwrap_or(Value::from_small_int(0));
            let start = super::methods::index_value(vm, start)?;
            let it = vm.get_iter(src)?;
            IterState::Enumerate { it, n: start }
        }
        "zip" => {
            check_kw(vm, kw, "zip", &["strict"])?;
            let strict = match kwarg(vm, kw, "strict") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut its = vec![];
            for (i, &a) in args.iter().enumerate() {
                match vm.get_iter(a) {
                    Ok(it) => its.push(it),
                    Err(_) => {
                        let tn = vm.type_name(a);
                        return Err(PyErr::type_error(format!(
                            "zip argument #{} must support iteration",
                            i + 1
                        ))
                        .with_note(tn));
                    }
                }
            }
            IterState::Zip { its, strict }
        }
        "map" => {
            no_kw(vm, kw, "map")?;
            if args.len() < 2 {
                return Err(PyErr::type_error("map() must have at least two arguments."));
            }
            let mut its = vec![];
            for &a in &args[1..] {
                its.push(vm.get_iter(a)?);
            }
            IterState::Map { func: args[0], its }
        }
        "filter" => {
            no_kw(vm, kw, "filter")?;
            arity(args, "filter", 2, 2)?;
            let it = vm.get_iter(args[1])?;
            IterState::Filter { func: args[0], it }
        }
        "reversed" => {
            no_kw(vm, kw, "reversed")?;
            arity(args, "reversed", 1, 1)?;
            let mut seq = args[0];
            if vm.user_special(seq, "__reversed__").is_none() {
                if let Some(p) = vm.payload_of(seq) {
                    seq = p;
                }
            }
            match seq.as_obj().map(|o| &o.data) {
                Some(
                    ObjData::List(_) | ObjData::Tuple(_) | ObjData::Str(_) | ObjData::Range(_),
                ) => {
                    let n = vm.len_of(seq)?;
                    if let Some(ObjData::Range(r)) = seq.as_obj().map(|o| &o.data) {
                        let r = **r;
                        let len = r.len();
                        if len == 0 {
                            return Ok(vm.new_iter(IterState::Exhausted));
                        }
                        let last = r.start + (len - 1) * r.step;
                        let rev = RangeObj {
                            start: last,
                            stop: r.start - r.step,
                            step: -r.step,
                        };
                        if let Some((cur, stop, step)) = rev.as_i64() {
                            return Ok(vm.new_iter(IterState::Range { cur, stop, step }));
                        }
                        let rv = vm.heap.alloc(ObjData::Range(Box::new(rev)));
                        return Ok(vm.new_iter(IterState::Seq { seq: rv, idx: 0 }));
                    }
                    IterState::Reversed { seq, idx: n }
                }
                Some(ObjData::Dict(_)) => {
                    let keys: Vec<Value> = vm.dict_of(seq).get().keys().collect();
                    let l = vm.new_list(keys);
                    let n = vm.len_of(l)?;
                    IterState::Reversed { seq: l, idx: n }
                }
                Some(ObjData::DictView(..)) => {
                    let items = super::methods::view_items(vm, seq);
                    let n = items.len();
                    let l = vm.new_list(items);
                    IterState::Reversed { seq: l, idx: n }
                }
                _ => {
                    if let Some(f) = vm.lookup_special(seq, "__reversed__") {
                        return vm.call_value(f, &[seq], &[]);
                    }
                    if vm.lookup_special(seq, "__len__").is_some()
                        && vm.lookup_special(seq, "__getitem__").is_some()
                    {
                        let n = vm.len_of(seq)?;
                        IterState::Reversed { seq, idx: n }
                    } else {
                        let tn = vm.type_name(seq);
                        return Err(PyErr::type_error(format!(
                            "'{tn}' object is not reversible"
                        )));
                    }
                }
            }
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "cannot create '{name}' instances"
            )))
        }
    };
    Ok(vm.new_iter(st))
}

trait WithNote {
    fn with_note(self, _n: Rc<str>) -> Self;
}
impl WithNote for PyErr {
    fn with_note(self, _n: Rc<str>) -> Self {
        self
    }
}

pub fn to_int(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if let Some(i) = as_intref(x) {
        return Ok(vm.int_of(i));
    }
    if x.is_float() {
        let r = super::intops::f64_to_int(x.as_f64())?;
        return Ok(vm.bigint_value(r));
    }
    if let Some(s) = vm.str_contents(x) {
        let s = s.to_string();
        let r = super::intops::parse_int(&s, 10)?;
        return Ok(vm.bigint_value(r));
    }
    for name in ["__int__", "__index__"] {
        if let Some(f) = vm.user_special(x, name) {
            return vm.call_value(f, &[x], &[]);
        }
    }
    if let Some(p) = vm.payload_of(x) {
        return to_int(vm, p);
    }
    let tn = vm.type_name(x);
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    )))
}

pub fn to_float(vm: &mut Vm, x: Value) -> PyResult<f64> {
    if x.is_float() {
        return Ok(x.as_f64());
    }
    if let Some(i) = as_intref(x) {
        return i.to_f64();
    }
    if let Some(s) = vm.str_contents(x) {
        let f = numfmt::parse_float(s)?;
        if f.is_nan() {
            return Ok(vm.fresh_nan(f.is_sign_negative()));
        }
        return Ok(f);
    }
    if let Some(f) = vm.user_special(x, "__float__") {
        let r = vm.call_value(f, &[x], &[])?;
        if r.is_float() {
            return Ok(r.as_f64());
        }
    }
    if let Some(p) = vm.payload_of(x) {
        return to_float(vm, p);
    }
    let tn = vm.type_name(x);
    Err(PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{tn}'"
    )))
}

// ---- builtin functions ------------------------------------------------------------

fn b_print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kw(vm, kw, "print", &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(vm, kw, "sep") {
        Some(v) if !v.is_none() => match vm.str_contents(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(PyErr::type_error(format!(
                    "sep must be None or a string, not {tn}"
                )));
            }
        },
        _ => " ".into(),
    };
    let end = match kwarg(vm, kw, "end") {
        Some(v) if !v.is_none() => match vm.str_contents(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(PyErr::type_error(format!(
                    "end must be None or a string, not {tn}"
                )));
            }
        },
        _ => "\n".into(),
    };
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if let Some(s) = vm.str_contents(a) {
            out.push_str(s);
        } else {
            out.push_str(&vm.str_of(a)?);
        }
    }
    out.push_str(&end);
    // Where the text goes: `file=`, else `sys.stdout` (which a program may have
    // replaced); the real streams are written directly, anything else through
    // its `write` method.
    let sys_stream = |vm: &Vm, name: &str| {
        vm.modules
            .get("sys")
            .and_then(|m| vm.module_globals(*m).get().get(name))
    };
    let file = match kwarg(vm, kw, "file").filter(|f| !f.is_none()) {
        Some(f) => Some(f),
        None => sys_stream(vm, "stdout").filter(|&s| Some(s) != sys_stream(vm, "__stdout__")),
    };
    match file {
        None => vm.stdout.write_str(&out),
        Some(f) if Some(f) == sys_stream(vm, "__stdout__") => vm.stdout.write_str(&out),
        Some(f) if Some(f) == sys_stream(vm, "__stderr__") => {
            vm.flush_stdout();
            eprint!("{out}");
        }
        Some(f) => {
            let write = vm.get_attr(f, "write")?;
            let text = vm.new_string(out);
            vm.call_value(write, &[text], &[])?;
        }
    }
    if kwarg(vm, kw, "flush")
        .map(|f| f.is_bool() && f.as_bool())
        .unwrap_or(false)
    {
        vm.flush_stdout();
    }
    Ok(Value::NONE)
}

pub(crate) fn b_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(vm, kw, "len")?;
    arity(args, "len", 1, 1)?;
    let n = vm.len_of(args[0])?;
    Ok(vm.int_value(n as i64))
}

fn b_abs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "abs", 1, 1)?;
    let x = args[0];
    if x.is_float() {
        return Ok(Value::from_f64(x.as_f64().abs()));
    }
    match as_intref(x) {
        Some(IntRef::Small(i)) => Ok(vm.int_value(i.abs())),
        Some(IntRef::Big(b)) => Ok(vm.bigint_value(b.abs())),
        None => {
            if let Some(f) = vm.lookup_special(x, "__abs__") {
                return vm.call_value(f, &[x], &[]);
            }
            let tn = vm.type_name(x);
            Err(PyErr::type_error(format!(
                "bad operand type for abs(): '{tn}'"
            )))
        }
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kw, is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    check_kw(vm, kw, fname, &["key", "default"])?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let default = kwarg(vm, kw, "default");
    let items = if args.len() == 1 {
        vm.collect_iterable(args[0])?
    } else if args.is_empty() {
        return Err(PyErr::type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        )));
    } else {
        if default.is_some() {
            return Err(PyErr::type_error(format!(
                "Cannot specify a default for {fname}() with multiple positional arguments"
            )));
        }
        args.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!(
                "{fname}() arg is an empty sequence"
            ))),
        };
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call_value(k, &[best], &[])?,
        None => best,
    };
    for &x in &items[1..] {
        let k = match key {
            Some(kf) => vm.call_value(kf, &[x], &[])?,
            None => x,
        };
        let better = if is_max {
            vm.less_than(best_key, k)?
        } else {
            vm.less_than(k, best_key)?
        };
        if better {
            best = x;
            best_key = k;
        }
    }
    Ok(best)
}

fn b_min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}
fn b_max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

fn b_sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kw(vm, kw, "sum", &["start"])?;
    if args.is_empty() {
        return Err(PyErr::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let mut acc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "start"))
        .unwrap_or(Value::from_small_int(0));
    if vm.str_contents(acc).is_some() {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.get_iter(args[0])?;
    vm.extra_roots.push(it);
    let r = (|| {
        while let Some(x) = vm.iter_next(it)? {
            acc = match crate::interp::dispatch::fast_arith(BinOp::Add, acc, x) {
                Some(v) => v,
                None => vm.binary_op(BinOp::Add, acc, x)?,
            };
        }
        Ok(acc)
    })();
    vm.extra_roots.pop();
    r
}

fn b_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "repr", 1, 1)?;
    let s = vm.repr_of(args[0])?;
    Ok(vm.new_string(s))
}

fn class_or_tuple_check(
    vm: &mut Vm,
    cls: Value,
    f: &mut dyn FnMut(&mut Vm, Value) -> bool,
    fname: &str,
) -> PyResult<bool> {
    if let Some(ObjData::Tuple(t)) = cls.as_obj().map(|o| &o.data) {
        for &c in t.iter() {
            if class_or_tuple_check(vm, c, f, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(ObjData::Instance(i)) = cls.as_obj().map(|o| &o.data) {
        if i.class.get() == vm.union_class {
            let args = i
                .attrs
                .get()
                .get("__args__")
                .copied()
                .unwrap_or(Value::NONE);
            let items: Vec<Value> = vm
                .tuple_items(args)
                .iter()
                .map(|&a| if a.is_none() { vm.types.none_type } else { a })
                .collect();
            let t = vm.new_tuple(items);
            return class_or_tuple_check(vm, t, f, fname);
        }
    }
    if !matches!(cls.as_obj().map(|o| &o.data), Some(ObjData::Class(_))) {
        return Err(PyErr::type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        )));
    }
    Ok(f(vm, cls))
}

/// `__instancecheck__`/`__subclasscheck__` defined in Python on the metaclass.
fn metaclass_check(vm: &mut Vm, cls: Value, x: Value, hook: &str) -> PyResult<Option<Value>> {
    let Some(ObjData::Class(c)) = cls.as_obj().map(|o| &o.data) else {
        return Ok(None);
    };
    let meta = c.meta.get();
    if meta.is_none() {
        return Ok(None);
    }
    match vm.user_special_on_class(meta, hook) {
        Some(f) => {
            let r = vm.call_value(f, &[cls, x], &[])?;
            Ok(Some(Value::from_bool(vm.truthy(r)?)))
        }
        None => Ok(None),
    }
}

pub(crate) fn b_isinstance(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "isinstance", 2, 2)?;
    let x = args[0];
    // A plain class (no metaclass hooks): a look at the MRO.
    if let Some(ObjData::Class(c)) = args[1].as_obj().map(|o| &o.data) {
        if c.meta.get().is_none() {
            return Ok(Value::from_bool(vm.is_instance_of(x, args[1])));
        }
    }
    if let Some(r) = metaclass_check(vm, args[1], x, "__instancecheck__")? {
        return Ok(r);
    }
    let r = class_or_tuple_check(
        vm,
        args[1],
        &mut |vm, c| vm.is_instance_of(x, c),
        "isinstance",
    )?;
    Ok(Value::from_bool(r))
}

fn b_issubclass(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "issubclass", 2, 2)?;
    let x = args[0];
    if !matches!(x.as_obj().map(|o| &o.data), Some(ObjData::Class(_))) {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    if let Some(r) = metaclass_check(vm, args[1], x, "__subclasscheck__")? {
        return Ok(r);
    }
    let r = class_or_tuple_check(vm, args[1], &mut |vm, c| vm.is_subclass(x, c), "issubclass")?;
    Ok(Value::from_bool(r))
}

/// Sorts `idx` by `keys` the way CPython's list sort does: natural runs found
/// by `count_run`, short runs extended by binary insertion to `minrun`, then
/// stable merges. The comparisons made (and so any side effects of `__lt__` and
/// which operands an error names) follow CPython's sequence for lists shorter
/// than 64, which is one run; longer lists are merged run by run with a plain
/// stable merge, which gives the same result for any consistent ordering.
fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let lt = |vm: &mut Vm, a: usize, b: usize| vm.less_than(keys[a], keys[b]);
    let minrun = {
        let (mut m, mut r) = (n, 0);
        while m >= 64 {
            r |= m & 1;
            m >>= 1;
        }
        m + r
    };
    let mut runs: Vec<(usize, usize)> = vec![];
    let mut lo = 0;
    while lo < n {
        // count_run: the longest ascending or strictly descending run at lo.
        let mut run = 1;
        if lo + 1 < n {
            run = 2;
            if lt(vm, idx[lo + 1], idx[lo])? {
                while lo + run < n && lt(vm, idx[lo + run], idx[lo + run - 1])? {
                    run += 1;
                }
                idx[lo..lo + run].reverse();
            } else {
                while lo + run < n && !lt(vm, idx[lo + run], idx[lo + run - 1])? {
                    run += 1;
                }
            }
        }
        if run < minrun {
            // binarysort: insert each following item into the sorted prefix.
            let force = minrun.min(n - lo);
            for start in lo + run..lo + force {
                let pivot = idx[start];
                let (mut l, mut r) = (lo, start);
                while l < r {
                    let p = l + ((r - l) >> 1);
                    if lt(vm, pivot, idx[p])? {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                idx.copy_within(l..start, l + 1);
                idx[l] = pivot;
            }
            run = force;
        }
        runs.push((lo, run));
        lo += run;
    }
    // Merge neighbouring runs until one is left.
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            if pair.len() == 1 {
                merged.push(pair[0]);
                continue;
            }
            let (a, alen) = pair[0];
            let (_, blen) = pair[1];
            let (mid, hi) = (a + alen, a + alen + blen);
            buf.clear();
            let (mut i, mut j) = (a, mid);
            while i < mid && j < hi {
                if lt(vm, idx[j], idx[i])? {
                    buf.push(idx[j]);
                    j += 1;
                } else {
                    buf.push(idx[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&idx[i..mid]);
            buf.extend_from_slice(&idx[j..hi]);
            idx[a..hi].copy_from_slice(&buf);
            merged.push((a, alen + blen));
        }
        runs = merged;
    }
    Ok(())
}

/// Stable sort with an optional key, using only `<` as CPython does.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for &x in items.iter() {
                ks.push(vm.call_value(k, &[x], &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    // Reverse sorting reverses, sorts stably, and reverses back (as CPython does),
    // so equal elements keep their original order.
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    merge_sort(vm, &keys, &mut idx)?;
    if reverse {
        idx.reverse();
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
        *items = sorted;
    } else {
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
        *items = sorted;
    }
    Ok(())
}

fn b_sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kw(vm, kw, "sorted", &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let mut items = vm.collect_iterable(args[0])?;
    let key = kwarg(vm, kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let l = vm.new_list(vec![]);
    vm.extra_roots.push(l);
    let r = sort_values(vm, &mut items, key, reverse);
    vm.extra_roots.pop();
    r?;
    Ok(vm.new_list(items))
}

fn b_any(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "any", 1, 1)?;
    let it = vm.get_iter(args[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if vm.truthy(x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_all(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "all", 1, 1)?;
    let it = vm.get_iter(args[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if !vm.truthy(x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

pub(crate) fn b_ord(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "ord", 1, 1)?;
    match vm.str_contents(args[0]) {
        Some(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::from_small_int(c as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        None => {
            let tn = vm.type_name(args[0]);
            Err(PyErr::type_error(format!(
                "ord() expected string of length 1, but {tn} found"
            )))
        }
    }
}

fn b_chr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "chr", 1, 1)?;
    let c = super::methods::index_value(vm, args[0])?;
    let i = match as_intref(c) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            ))
        }
        None => {
            let tn = vm.type_name(args[0]);
            return Err(PyErr::type_error(format!(
                "'{tn}' object cannot be interpreted as an integer"
            )));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_string(c.to_string())),
        None => {
            if (0..=0x10FFFF).contains(&i) {
                Ok(vm.new_string('\u{FFFD}'.to_string()))
            } else {
                Err(PyErr::value_error("chr() arg not in range(0x110000)"))
            }
        }
    }
}

fn b_round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kw(vm, kw, "round", &["number", "ndigits"])?;
    let x = args.first().copied().or_else(|| kwarg(vm, kw, "number"));
    let Some(x) = x else {
        return Err(PyErr::type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let nd = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "ndigits"))
        .filter(|v| !v.is_none());
    if x.is_float() {
        let f = x.as_f64();
        return match nd {
            None => {
                let r = numfmt::round_half_even(f);
                let i = super::intops::f64_to_int(r)?;
                Ok(vm.bigint_value(i))
            }
            Some(n) => {
                let n = index_of(vm, n, "round")?;
                Ok(Value::from_f64(numfmt::round_float(f, n)?))
            }
        };
    }
    if let Some(i) = as_intref(x) {
        return match nd {
            None => Ok(vm.int_of(i)),
            Some(n) => {
                let n = index_of(vm, n, "round")?;
                if n >= 0 {
                    return Ok(vm.int_of(i));
                }
                let p = BigInt::from(10).pow((-n).min(4000) as u32);
                let v = i.to_big();
                let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(vm.bigint_value(q * p))
            }
        };
    }
    if let Some(f) = vm.lookup_special(x, "__round__") {
        let mut a = vec![x];
        if let Some(n) = nd {
            a.push(n);
        }
        return vm.call_value(f, &a, &[]);
    }
    let tn = vm.type_name(x);
    Err(PyErr::type_error(format!(
        "type {tn} doesn't define __round__ method"
    )))
}

fn b_divmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "divmod", 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if a.is_float() || b.is_float() {
        if let (Some(x), Some(y)) = (super::ops::num_key(a), super::ops::num_key(b)) {
            let _ = (x, y);
            let xf = to_float(vm, a)?;
            let yf = to_float(vm, b)?;
            let (q, r) = super::intops::float_divmod(xf, yf)?;
            return Ok(vm.new_tuple(vec![Value::from_f64(q), Value::from_f64(r)]));
        }
    }
    if as_intref(a).is_some() && as_intref(b).is_some() {
        if b.is_int() && b.as_int() == 0 || b.is_bool() && !b.as_bool() {
            return Err(PyErr::new(
                ExcKind::ZeroDivisionError,
                "integer division or modulo by zero",
            ));
        }
        let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
        let r = vm.binary_op(BinOp::Mod, a, b)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if let Some(f) = vm.lookup_special(a, "__divmod__") {
        return vm.call_value(f, &[a, b], &[]);
    }
    let (na, nb) = (vm.type_name(a), vm.type_name(b));
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
    )))
}

fn b_pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kw(vm, kw, "pow", &["base", "exp", "mod"])?;
    arity(args, "pow", 2, 3)?;
    if args.len() == 3 && !args[2].is_none() {
        let (Some(b), Some(e), Some(m)) =
            (as_intref(args[0]), as_intref(args[1]), as_intref(args[2]))
        else {
            return Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        let r = super::intops::pow_mod(&b.to_big(), &e.to_big(), &m.to_big())?;
        return Ok(vm.bigint_value(r));
    }
    vm.binary_op(BinOp::Pow, args[0], args[1])
}

fn b_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "hash", 1, 1)?;
    let h = vm.hash_of(args[0])?;
    Ok(vm.int_value(h))
}

fn b_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "iter", 1, 2)?;
    if args.len() == 2 {
        return Ok(vm.new_iter(IterState::Callable {
            func: args[0],
            sentinel: args[1],
        }));
    }
    vm.get_iter(args[0])
}

fn b_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "next", 1, 2)?;
    let it = args[0];
    let is_iter = matches!(
        it.as_obj().map(|o| &o.data),
        Some(ObjData::Iter(_) | ObjData::Generator(_))
    ) || vm.lookup_special(it, "__next__").is_some();
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(PyErr::type_error(format!(
            "'{tn}' object is not an iterator"
        )));
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => {
                let result = match it.as_obj().map(|o| &o.data) {
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
        },
    }
}

fn radix_fn(vm: &mut Vm, args: &[Value], fname: &str, radix: u32) -> PyResult<Value> {
    arity(args, fname, 1, 1)?;
    let v = super::methods::index_value(vm, args[0])?;
    match as_intref(v) {
        Some(i) => {
            let s = numfmt::int_to_str_radix(&i.to_big(), radix, true);
            Ok(vm.new_string(s))
        }
        None => {
            let tn = vm.type_name(args[0]);
            Err(PyErr::type_error(format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

fn b_hex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    radix_fn(vm, args, "hex", 16)
}
fn b_bin(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    radix_fn(vm, args, "bin", 2)
}
fn b_oct(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    radix_fn(vm, args, "oct", 8)
}

fn b_id(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "id", 1, 1)?;
    let id = super::ops::identity(args[0]) as i64;
    Ok(vm.int_value(id & ((1 << 46) - 1)))
}

fn b_callable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "callable", 1, 1)?;
    let v = args[0];
    let c = match v.as_obj().map(|o| &o.data) {
        Some(
            ObjData::Function(_)
            | ObjData::Native(_)
            | ObjData::BoundMethod(..)
            | ObjData::Class(_),
        ) => true,
        Some(ObjData::Instance(_)) => vm.lookup_special(v, "__call__").is_some(),
        _ => false,
    };
    Ok(Value::from_bool(c))
}

fn attr_name(vm: &Vm, v: Value, fname: &str) -> PyResult<String> {
    match vm.str_contents(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(
                PyErr::type_error(format!("attribute name must be string, not '{tn}'"))
                    .or_fname(fname),
            )
        }
    }
}

trait OrFname {
    fn or_fname(self, f: &str) -> Self;
}
impl OrFname for PyErr {
    fn or_fname(self, _f: &str) -> Self {
        self
    }
}

fn b_hasattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "hasattr", 2, 2)?;
    let n = attr_name(vm, args[1], "hasattr")?;
    match vm.get_attr(args[0], &n) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) => {
            if vm.is_exc_kind(&e, ExcKind::AttributeError) {
                Ok(Value::FALSE)
            } else {
                Err(e)
            }
        }
    }
}

fn b_getattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "getattr", 2, 3)?;
    let n = attr_name(vm, args[1], "getattr")?;
    match vm.get_attr(args[0], &n) {
        Ok(v) => Ok(v),
        Err(e) => {
            if args.len() == 3 && vm.is_exc_kind(&e, ExcKind::AttributeError) {
                Ok(args[2])
            } else {
                Err(e)
            }
        }
    }
}

fn b_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "setattr", 3, 3)?;
    let n = attr_name(vm, args[1], "setattr")?;
    vm.set_attr(args[0], &n, args[2])?;
    Ok(Value::NONE)
}

fn b_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "delattr", 2, 2)?;
    let n = attr_name(vm, args[1], "delattr")?;
    vm.del_attr(args[0], &n)?;
    Ok(Value::NONE)
}

fn b_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "format", 1, 2)?;
    let spec = args.get(1).copied().unwrap_or(Value::EMPTY);
    let v = vm.format_value(args[0], spec)?;
    if vm.str_contents(v).is_none() {
        let s = vm.str_of(v)?;
        return Ok(vm.new_string(s));
    }
    Ok(v)
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

fn b_ascii(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(args, "ascii", 1, 1)?;
    let r = vm.repr_of(args[0])?;
    Ok(vm.new_string(ascii_escape(&r)))
}

fn b_globals(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = vm
        .frames
        .iter()
        .rev()
        .find(|f| f.module.is_obj())
        .map(|f| f.module)
        .unwrap_or(Value::NONE);
    vm.get_attr(m, "__dict__")
}

fn b_vars(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(&o) => vm.get_attr(o, "__dict__"),
        None => b_globals(vm, args, _kw),
    }
}

fn b_input(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(&p) = args.first() {
        let s = vm.str_of(p)?;
        vm.stdout.write_str(&s);
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(vm.new_string(line))
        }
    }
}

fn b_exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let class = vm.exc_class(ExcKind::SystemExit);
    Err(PyErr::Raised(vm.new_exception(class, args.to_vec())))
}

fn b_build_class(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let name = vm.str_contents(args[1]).unwrap_or("?").to_string();
    let module = match args[0].as_obj().map(|o| &o.data) {
        Some(ObjData::Function(f)) => f.module,
        _ => Value::NONE,
    };
    vm.build_class(args[0], &name, &args[2..], kw, module)
}

// ---- % formatting -----------------------------------------------------------------

/// `fmt % args` for strings.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<Value> {
    // Instances of tuple and dict subclasses count as tuples and mappings.
    let data = match args.as_obj().map(|o| &o.data) {
        Some(ObjData::Instance(inst)) if !inst.payload.is_empty() => {
            inst.payload.as_obj().map(|o| &o.data)
        }
        d => d,
    };
    let (items, mapping): (Vec<Value>, Option<Value>) = match data {
        Some(ObjData::Tuple(t)) => (t.to_vec(), None),
        Some(ObjData::Dict(_)) => (vec![args], Some(args)),
        _ => (vec![args], None),
    };
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut next = 0usize;
    let mut take = |vm: &mut Vm| -> PyResult<Value> {
        let _ = vm;
        if next < items.len() {
            next += 1;
            Ok(items[next - 1])
        } else {
            Err(PyErr::type_error("not enough arguments for format string"))
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let mut key_val: Option<Value> = None;
        if chars[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                if chars[j] == '(' {
                    depth += 1;
                } else if chars[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            let key: String = chars[start..j - 1].iter().collect();
            let Some(m) = mapping else {
                return Err(PyErr::type_error("format requires a mapping"));
            };
            let k = vm.new_string(key);
            key_val = Some(vm.get_item(m, k)?);
            i = j;
        }
        let mut spec = numfmt::PercentSpec::default();
        while i < chars.len() {
            match chars[i] {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = take(vm)?;
            let w = index_of(vm, w, "width")?;
            if w < 0 {
                spec.minus = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                spec.width = w.parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take(vm)?;
                spec.precision = Some(index_of(vm, p, "precision")?.max(0) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                spec.precision = Some(p.parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        spec.conv = conv;
        let v = match key_val {
            Some(v) => v,
            None => take(vm)?,
        };
        // CPython sizes its output buffer from a `*` width: one it cannot allocate
        // (`'%*d' % (10**12, 1)`) is a MemoryError, not a huge string or an abort.
        if let Some(width) = spec.width {
            super::limits::check_allocation(width, 1)?;
        }
        match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str_of(v)?,
                    'r' => vm.repr_of(v)?,
                    _ => ascii_escape(&vm.repr_of(v)?),
                };
                out.push_str(&numfmt::percent_pad_str(&s, &spec));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n: BigInt = if v.is_float() {
                    let f = v.as_f64();
                    if matches!(conv, 'o' | 'x' | 'X') {
                        return Err(PyErr::type_error(format!(
                            "%{conv} format: an integer is required, not float"
                        )));
                    }
                    super::intops::f64_to_int(f)?
                } else if let Some(iv) = as_intref(v) {
                    iv.to_big()
                } else {
                    let tn = vm.type_name(v);
                    let what = if matches!(conv, 'o' | 'x' | 'X') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(PyErr::type_error(format!(
                        "%{conv} format: {what} is required, not {tn}"
                    )));
                };
                out.push_str(&numfmt::percent_format_int(&n, &spec));
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match to_float(vm, v) {
                    Ok(f) => f,
                    Err(_) => {
                        let tn = vm.type_name(v);
                        return Err(PyErr::type_error(format!("must be real number, not {tn}")));
                    }
                };
                out.push_str(&numfmt::percent_format_float(f, &spec)?);
            }
            'c' => {
                let s = if let Some(s) = vm.str_contents(v) {
                    if s.chars().count() != 1 {
                        return Err(PyErr::type_error("%c requires int or char"));
                    }
                    s.to_string()
                } else if let Some(IntRef::Small(n)) = as_intref(v) {
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => {
                            return Err(PyErr::new(
                                ExcKind::OverflowError,
                                "%c arg not in range(0x110000)",
                            ))
                        }
                    }
                } else {
                    return Err(PyErr::type_error("%c requires int or char"));
                };
                out.push_str(&numfmt::percent_pad_str(&s, &spec));
            }
            other => {
                return Err(PyErr::value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        }
    }
    if mapping.is_none() && next < items.len() {
        return Err(PyErr::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(vm.new_string(out))
}

// ---- attributes of built-in values and native modules ------------------------------

/// Data attributes of built-in values (`x.real`, `r.start`, ...).
pub fn builtin_value_attr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(ObjData::Range(r)) = obj.as_obj().map(|o| &o.data) {
        let r = **r;
        return Ok(match name {
            "start" => Some(vm.int_from_i128(r.start)),
            "stop" => Some(vm.int_from_i128(r.stop)),
            "step" => Some(vm.int_from_i128(r.step)),
            _ => None,
        });
    }
    if let Some(ObjData::Slice(a, b, c)) = obj.as_obj().map(|o| &o.data) {
        return Ok(match name {
            "start" => Some(*a),
            "stop" => Some(*b),
            "step" => Some(*c),
            _ => None,
        });
    }
    if as_intref(obj).is_some() {
        return Ok(match name {
            "real" | "numerator" => Some(vm.int_of(as_intref(obj).expect("int"))),
            "imag" => Some(Value::from_small_int(0)),
            "denominator" => Some(Value::from_small_int(1)),
            _ => None,
        });
    }
    if let Some(ObjData::Generator(g)) = obj.as_obj().map(|o| &o.data) {
        let (status, code) = {
            let g = g.get();
            (g.status, g.code)
        };
        return Ok(match name {
            "gi_running" => Some(Value::from_bool(status == GenStatus::Running)),
            "gi_code" => Some(code),
            "__name__" => Some(vm.new_str(&crate::interp::call::code_of(code).name.clone())),
            "__qualname__" => {
                Some(vm.new_str(&crate::interp::call::code_of(code).qualname.clone()))
            }
            _ => None,
        });
    }
    if obj.is_float() {
        return Ok(match name {
            "real" => Some(obj),
            "imag" => Some(Value::from_f64(0.0)),
            _ => None,
        });
    }
    Ok(None)
}

impl Vm {
    pub fn is_stderr(&self, f: Value) -> bool {
        self.modules
            .get("sys")
            .and_then(|m| self.module_globals(*m).get().get("stderr"))
            .map(|s| s == f)
            .unwrap_or(false)
    }
}

/// Modules implemented natively. `None` when there is no such module.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    super::modules::load(vm, name)
}

#[allow(dead_code)]
fn big_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}

#[allow(dead_code)]
fn big_to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}

/// ImportError's keyword arguments (`name`, `path`) and its `msg`, `name`,
/// `path` attributes (`msg` is the message when there is exactly one argument).
pub fn import_error_init(vm: &mut Vm, inst: Value, args: &[Value], kw: Kw) -> PyResult<()> {
    let (mut name, mut path) = (Value::NONE, Value::NONE);
    for &(k, v) in kw {
        match vm.str_contents(k).unwrap_or("") {
            "name" => name = v,
            "path" => path = v,
            other => {
                let cn = vm.class_name(vm.type_of(inst));
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for {cn}()"
                )));
            }
        }
    }
    let msg = if args.len() == 1 {
        args[0]
    } else {
        Value::NONE
    };
    vm.set_attr(inst, "msg", msg)?;
    vm.set_attr(inst, "name", name)?;
    vm.set_attr(inst, "path", path)
}

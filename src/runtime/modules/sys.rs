//! The `sys` module.
//!
//! `sys.modules` is a dict filled with the modules loaded when `sys` is first
//! imported and the native modules loaded after; `sys.stdout`/`sys.stderr` and
//! `sys.float_info` are module objects with the attributes CPython's have.
//! `sys.getsizeof` follows CPython's object layouts for the common built-in types
//! and is an approximation for the rest (lists and dicts as if freshly built).

use std::rc::Rc;

use super::{add_fns, no_args, set_global, Kw, Sig};
use crate::interp::Vm;
use crate::runtime::error::ExcKind;
use crate::runtime::object::*;
use crate::runtime::ops::{as_intref, index_of, IntRef};
use crate::runtime::value::Value;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("sys");
    let argv: Vec<Value> = vm.argv.clone().iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set_global(vm, m, "argv", argv);
    let maxsize = vm.int_value(i64::MAX);
    set_global(vm, m, "maxsize", maxsize);
    let maxunicode = vm.int_value(0x10FFFF);
    set_global(vm, m, "maxunicode", maxunicode);
    add_fns(
        vm,
        m,
        &[
            ("exit", sys_exit as NativeFn),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("set_int_max_str_digits", sys_set_int_max_str_digits),
            ("get_int_max_str_digits", sys_get_int_max_str_digits),
            ("exc_info", sys_exc_info),
            ("getsizeof", sys_getsizeof),
            ("getdefaultencoding", sys_getdefaultencoding),
            ("intern", sys_intern),
        ],
    );

    let stdout = vm.new_module("sys.stdout");
    add_fns(
        vm,
        stdout,
        &[
            ("write", sys_stdout_write as NativeFn),
            ("flush", sys_flush),
        ],
    );
    set_global(vm, m, "stdout", stdout);
    set_global(vm, m, "__stdout__", stdout);
    let stderr = vm.new_module("sys.stderr");
    add_fns(
        vm,
        stderr,
        &[
            ("write", sys_stderr_write as NativeFn),
            ("flush", sys_flush),
        ],
    );
    set_global(vm, m, "stderr", stderr);
    set_global(vm, m, "__stderr__", stderr);

    let ver = vm.new_str("3.11.7 (tauraro)");
    set_global(vm, m, "version", ver);
    // A tuple with named fields, like CPython's struct sequence.
    super::run_snippet(vm, m, VERSION_INFO_SRC, "<frozen sys>")?;
    let hexversion = vm.int_value(0x030B_07F0);
    set_global(vm, m, "hexversion", hexversion);
    let impl_name = vm.new_str("tauraro");
    set_global(vm, m, "implementation_name", impl_name);
    let platform = vm.new_str("linux");
    set_global(vm, m, "platform", platform);
    let byteorder = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    set_global(vm, m, "byteorder", byteorder);

    let mut path = vec![];
    if let Some(dir) = vm.script_dir.clone() {
        let abs = std::fs::canonicalize(&dir).unwrap_or(dir);
        path.push(vm.new_string(abs.to_string_lossy().into_owned()));
    }
    let path = vm.new_list(path);
    set_global(vm, m, "path", path);

    let fi = vm.new_module("sys.float_info");
    let fields: [(&str, Value); 11] = [
        ("max", Value::from_f64(f64::MAX)),
        ("max_exp", Value::from_small_int(f64::MAX_EXP as i64)),
        ("max_10_exp", Value::from_small_int(f64::MAX_10_EXP as i64)),
        ("min", Value::from_f64(f64::MIN_POSITIVE)),
        ("min_exp", Value::from_small_int(f64::MIN_EXP as i64)),
        ("min_10_exp", Value::from_small_int(f64::MIN_10_EXP as i64)),
        ("dig", Value::from_small_int(f64::DIGITS as i64)),
        (
            "mant_dig",
            Value::from_small_int(f64::MANTISSA_DIGITS as i64),
        ),
        ("epsilon", Value::from_f64(f64::EPSILON)),
        ("radix", Value::from_small_int(f64::RADIX as i64)),
        ("rounds", Value::from_small_int(1)),
    ];
    for (k, v) in fields {
        set_global(vm, fi, k, v);
    }
    set_global(vm, m, "float_info", fi);

    let ii = vm.new_module("sys.int_info");
    for (k, v) in [
        ("bits_per_digit", 30),
        ("sizeof_digit", 4),
        ("default_max_str_digits", 4300),
        ("str_digits_check_threshold", 640),
    ] {
        set_global(vm, ii, k, Value::from_small_int(v));
    }
    set_global(vm, m, "int_info", ii);

    let modules = vm.new_dict(Default::default());
    let mut known: Vec<(Rc<str>, Value)> =
        vm.modules.iter().map(|(k, v)| (k.clone(), *v)).collect();
    known.sort_by(|a, b| a.0.cmp(&b.0));
    known.push((Rc::from("sys"), m));
    for (k, v) in known {
        let key = vm.new_str(&k);
        vm.dict_set(modules, key, v)?;
    }
    set_global(vm, m, "modules", modules);
    Ok(m)
}

const VERSION_INFO_SRC: &str = "\
class version_info(tuple):
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ('sys.version_info(major=%r, minor=%r, micro=%r, '
                'releaselevel=%r, serial=%r)' % tuple(self))

version_info = version_info((3, 11, 7, 'final', 0))
";

/// Records a newly loaded module in `sys.modules` (when `sys` is loaded).
pub fn note_module(vm: &mut Vm, name: &str, module: Value) -> PyResult<()> {
    let Some(&sys) = vm.modules.get("sys") else {
        return Ok(());
    };
    let Some(d) = vm.module_globals(sys).get().get("modules") else {
        return Ok(());
    };
    if matches!(d.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
        let key = vm.new_str(name);
        vm.dict_set(d, key, module)?;
    }
    Ok(())
}

/// Takes a module whose body failed out of `sys.modules` again.
pub fn forget_module(vm: &mut Vm, name: &str) -> PyResult<()> {
    let Some(&sys) = vm.modules.get("sys") else {
        return Ok(());
    };
    let Some(d) = vm.module_globals(sys).get().get("modules") else {
        return Ok(());
    };
    if matches!(d.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
        let key = vm.new_str(name);
        vm.dict_remove(d, key)?;
    }
    Ok(())
}

fn sys_exit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::no_kw(kw, "exit")?;
    super::positional(args, "exit", 0, 1)?;
    let class = vm.exc_class(ExcKind::SystemExit);
    Err(PyErr::Raised(vm.new_exception(class, args.to_vec())))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = super::one_arg(args, kw, "setrecursionlimit")?;
    let n = match as_intref(a) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(_)) => {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            ))
        }
        None => {
            let tn = vm.type_name(a);
            return Err(PyErr::type_error(format!(
                "'{tn}' object cannot be interpreted as an integer"
            )));
        }
    };
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // Frames live in the register stack; the limit is bounded by what fits.
    vm.recursion_limit = (n as usize).min(200_000);
    Ok(Value::NONE)
}

fn sys_getrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(args, kw, "sys.getrecursionlimit")?;
    Ok(vm.int_value(vm.recursion_limit as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "set_int_max_str_digits",
        pos: &["maxdigits"],
        required: 1,
        kwonly: &[],
    };
    let a = sig.bind(vm, args, kw)?;
    let n = index_of(vm, a[0].unwrap_or(Value::NONE), "int")?;
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = if n == 0 { usize::MAX } else { n as usize };
    Ok(Value::NONE)
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(args, kw, "sys.get_int_max_str_digits")?;
    let n = if vm.int_max_str_digits == usize::MAX {
        0
    } else {
        vm.int_max_str_digits as i64
    };
    Ok(vm.int_value(n))
}

fn sys_exc_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(args, kw, "sys.exc_info")?;
    match vm.handling.last().map(|h| h.2) {
        Some(exc) if !exc.is_none() => {
            let t = vm.type_of(exc);
            let tb = super::tb::traceback_of(vm, exc)?;
            Ok(vm.new_tuple(vec![t, exc, tb]))
        }
        _ => Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE])),
    }
}

fn sys_getdefaultencoding(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(args, kw, "sys.getdefaultencoding")?;
    Ok(vm.new_str("utf-8"))
}

fn sys_intern(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::no_kw(kw, "intern")?;
    super::positional(args, "intern", 1, 1)?;
    if vm.str_contents(args[0]).is_none() {
        let tn = vm.type_name(args[0]);
        return Err(PyErr::type_error(format!(
            "intern() argument must be str, not {tn}"
        )));
    }
    Ok(args[0])
}

/// Bytes of a dict's storage as CPython 3.11 lays out a freshly built one
/// (entries of dicts with only str keys leave out the hash: 16 bytes, not 24).
fn dict_bytes(n: usize, str_keys: bool) -> i64 {
    if n == 0 {
        return 64;
    }
    let mut size = 8usize;
    while size * 2 / 3 < n {
        size *= 2;
    }
    let usable = size * 2 / 3;
    let index_bytes = if size <= 128 {
        1
    } else if size <= 0x8000 {
        2
    } else {
        4
    };
    (64 + 32 + size * index_bytes + usable * if str_keys { 16 } else { 24 }) as i64
}

/// `sys.getsizeof`: CPython's sizes for ints, floats, strs, tuples, None and
/// bools; an approximation for lists, dicts, sets and other objects.
pub fn size_of(vm: &Vm, v: Value) -> i64 {
    if v.is_float() {
        return 24;
    }
    if v.is_none() {
        return 16;
    }
    if v.is_bool() {
        return if v.as_bool() { 28 } else { 24 };
    }
    if let Some(i) = as_intref(v) {
        let bits = match i {
            IntRef::Small(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
            IntRef::Big(b) => b.bits(),
        };
        let digits = bits.div_ceil(30).max(1) as i64;
        return 24 + 4 * digits;
    }
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(s)) => {
            let n = s.nchars as i64;
            let maxc = s.s.chars().map(|c| c as u32).max().unwrap_or(0);
            if maxc < 128 {
                49 + n
            } else if maxc < 256 {
                73 + n
            } else if maxc < 0x10000 {
                74 + 2 * n
            } else {
                76 + 4 * n
            }
        }
        Some(ObjData::Tuple(t)) => 40 + 8 * t.len() as i64,
        Some(ObjData::List(l)) => 56 + 8 * l.get().len() as i64,
        Some(ObjData::Dict(d)) => {
            let d = d.get();
            let str_keys = d.keys().all(|k| vm.str_contents(k).is_some());
            dict_bytes(d.len(), str_keys)
        }
        Some(ObjData::Set(_)) | Some(ObjData::FrozenSet(_)) => {
            let n = match v.as_obj().map(|o| &o.data) {
                Some(ObjData::Set(s)) => s.get().len(),
                Some(ObjData::FrozenSet(s)) => s.len(),
                _ => 0,
            };
            if n <= 4 {
                216
            } else {
                let mut size = 8usize;
                while size * 3 < n * 5 {
                    size *= 2;
                }
                216 + 16 * size as i64
            }
        }
        Some(ObjData::BigInt(_)) => 32,
        Some(ObjData::Range(_)) => 48,
        Some(ObjData::Slice(..)) => 56,
        Some(ObjData::Function(_)) => 152,
        Some(ObjData::Native(_)) => 72,
        Some(ObjData::BoundMethod(..)) => 64,
        Some(ObjData::Module(_)) => 72,
        Some(ObjData::Class(_)) => 1072,
        Some(ObjData::Generator(_)) => 208,
        Some(ObjData::Instance(_)) => 48,
        _ => 56,
    }
}

fn sys_getsizeof(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut obj = args.first().copied();
    let mut default = args.get(1).copied();
    for &(k, v) in kw {
        match vm.str_contents(k).unwrap_or("") {
            "object" if obj.is_none() => obj = Some(v),
            "default" if default.is_none() => default = Some(v),
            "object" | "default" => {
                let n = vm.str_contents(k).unwrap_or("").to_string();
                return Err(PyErr::type_error(format!(
                    "argument for getsizeof() given by name ('{n}') and position"
                )));
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for getsizeof()"
                )))
            }
        }
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "getsizeof() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let _ = default;
    let Some(obj) = obj else {
        return Err(PyErr::type_error(
            "getsizeof() missing required argument 'object' (pos 1)",
        ));
    };
    let n = size_of(vm, obj);
    Ok(vm.int_value(n))
}

fn sys_stdout_write(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::no_kw(kw, "write")?;
    super::positional(args, "write", 1, 1)?;
    let Some(s) = vm.str_contents(args[0]) else {
        let tn = vm.type_name(args[0]);
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {tn}"
        )));
    };
    let s = s.to_string();
    let n = s.chars().count();
    vm.stdout.write_str(&s);
    Ok(vm.int_value(n as i64))
}

fn sys_stderr_write(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::no_kw(kw, "write")?;
    super::positional(args, "write", 1, 1)?;
    let Some(s) = vm.str_contents(args[0]) else {
        let tn = vm.type_name(args[0]);
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {tn}"
        )));
    };
    let s = s.to_string();
    vm.flush_stdout();
    eprint!("{s}");
    Ok(vm.int_value(s.chars().count() as i64))
}

fn sys_flush(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(args, kw, "flush")?;
    vm.flush_stdout();
    Ok(Value::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dict_sizes_match_cpython_for_fresh_dicts() {
        assert_eq!(dict_bytes(0, false), 64);
        assert_eq!(dict_bytes(1, false), 224);
        assert_eq!(dict_bytes(5, false), 224);
        assert_eq!(dict_bytes(1, true), 184);
    }
}

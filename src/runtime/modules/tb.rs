//! `_tauraro_tb`: the traceback and frame objects behind `exc.__traceback__`
//! (built from the exception's traceback entries when asked for) and the source
//! lines that `linecache` and `traceback` read.

use super::{add_fns, run_snippet, Kw};
use crate::interp::Vm;
use crate::runtime::object::*;
use crate::runtime::ops::{as_intref, IntRef};
use crate::runtime::value::Value;

const SRC: &str = r#"
class frame:
    __slots__ = ('f_code', 'f_lineno', 'f_globals', 'f_locals', 'f_back')

    def __repr__(self):
        return '<frame at 0x%x, file %r, line %d, code %s>' % (
            id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


class traceback:
    __slots__ = ('tb_frame', 'tb_lineno', 'tb_lasti', 'tb_next')


def _build(entries):
    # entries: (code, line), the frame that raised first.
    tb = None
    for code, line in entries:
        f = frame()
        f.f_code = code
        f.f_lineno = line
        f.f_globals = {}
        f.f_locals = {}
        f.f_back = None
        t = traceback()
        t.tb_frame = f
        t.tb_lineno = line
        t.tb_lasti = -1
        t.tb_next = tb
        tb = t
    return tb
"#;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_tauraro_tb");
    add_fns(vm, m, &[("getline", tb_getline as NativeFn)]);
    run_snippet(vm, m, SRC, "<_tauraro_tb>")?;
    Ok(m)
}

/// `exc.__traceback__`: a chain of traceback objects, outermost frame first, or
/// None when the exception was never raised.
pub fn traceback_of(vm: &mut Vm, exc: Value) -> PyResult<Value> {
    let entries: Vec<TracebackEntry> = match vm.exc_state(exc) {
        Some(st) => st.get().traceback.clone(),
        None => return Ok(Value::NONE),
    };
    if entries.is_empty() {
        return Ok(Value::NONE);
    }
    let items: Vec<Value> = entries
        .iter()
        .map(|e| {
            let line = Value::from_small_int(e.line as i64);
            vm.new_tuple(vec![e.code, line])
        })
        .collect();
    let list = vm.new_list(items);
    vm.extra_roots.push(list);
    let r = (|| {
        let m = vm.import_module("_tauraro_tb")?;
        let build = vm.get_attr(m, "_build")?;
        vm.call_value(build, &[list], &[])
    })();
    vm.extra_roots.pop();
    r
}

/// `getline(filename, lineno)`: the source line with its newline, or '' (the
/// program's own files and the embedded modules are known).
fn tb_getline(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::no_kw(kw, "getline")?;
    super::positional(args, "getline", 2, 2)?;
    let name = vm.str_contents(args[0]).map(|s| s.to_string());
    let line = match as_intref(args[1]) {
        Some(IntRef::Small(i)) if i > 0 => i as u32,
        _ => 0,
    };
    let text = name
        .and_then(|n| crate::interp::source_lines(&n))
        .and_then(|ls| ls.get((line as usize).checked_sub(1)?).cloned())
        .map(|l| l + "\n")
        .unwrap_or_default();
    Ok(vm.new_str(&text))
}

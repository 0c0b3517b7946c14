//! Methods of `str`, with CPython 3.11's results and error messages: searching,
//! splitting, case mapping (full Unicode mappings, final sigma), predicates
//! (`unicode_tables.rs`), padding, `translate`, and `str.format`/`format_map`
//! (a port of CPython's `unicode_format.h` parser).

use super::error::ExcKind;
use super::methods::{
    adjust_indices, arg_index, clinic, descr_err, noargs, oldargs, onearg, posargs, slice_index, Kw,
};
use super::object::*;
use super::unicode_tables as ut;
use super::value::Value;
use crate::interp::Vm;

// ---- character classes ----------------------------------------------------------------

fn in_table(t: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    t.binary_search_by(|&(lo, hi)| {
        if hi < c {
            std::cmp::Ordering::Less
        } else if lo > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// `str.isspace()` for one character (Python's whitespace, which includes
/// `\x1c`-`\x1f`); `split()` and `strip()` use it too.
pub fn py_isspace(c: char) -> bool {
    matches!(c as u32,
        0x09..=0x0D | 0x1C..=0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A
        | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

fn is_linebreak(c: char) -> bool {
    matches!(c as u32,
        0x0A..=0x0D | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
}

/// Category Lt.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F
        | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// The Uppercase property (Unicode 14, as CPython 3.11).
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(ut::UPPER, c)
}

/// The Lowercase property (Unicode 14, as CPython 3.11).
fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(ut::LOWER, c)
}

fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

/// `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(ut::PRINTABLE, c)
}

fn is_case_ignorable(c: char) -> bool {
    in_table(ut::CASE_IGNORABLE, c)
}

fn is_decimal(c: char) -> bool {
    in_table(ut::DECIMAL, c)
}

/// The value of a decimal digit (`Py_UNICODE_TODECIMAL`).
fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let i = ut::DECIMAL.partition_point(|&(_, hi)| hi < cp);
    match ut::DECIMAL.get(i) {
        Some(&(lo, hi)) if lo <= cp && cp <= hi => Some((cp - lo) % 10),
        _ => None,
    }
}

fn lookup_special(t: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    t.binary_search_by(|(k, _)| k.cmp(&c)).ok().map(|i| t[i].1)
}

/// Appends a case mapping from the standard library, unless it involves code
/// points that CPython's Unicode version does not have (then `c` is unchanged).
fn push_mapped(out: &mut String, c: char, m: impl Iterator<Item = char> + Clone) {
    if in_table(ut::ASSIGNED, c) && m.clone().all(|x| in_table(ut::ASSIGNED, x)) {
        out.extend(m);
    } else {
        out.push(c);
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, c.to_uppercase());
    }
}

/// The lower case of `chars[i]`, applying the final-sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c == '\u{3A3}' {
        let before = chars[..i]
            .iter()
            .rev()
            .find(|&&x| !is_case_ignorable(x))
            .is_some_and(|&x| is_cased(x));
        let final_sigma = before
            && !chars[i + 1..]
                .iter()
                .find(|&&x| !is_case_ignorable(x))
                .is_some_and(|&x| is_cased(x));
        out.push(if final_sigma { '\u{3C2}' } else { '\u{3C3}' });
        return;
    }
    push_mapped(out, c, c.to_lowercase());
}

fn push_title(out: &mut String, c: char) {
    match lookup_special(ut::TITLE_SPECIAL, c) {
        Some(s) => out.push_str(s),
        None => push_upper(out, c),
    }
}

// ---- receivers and arguments ------------------------------------------------------------

fn recv<'a>(vm: &Vm, a: &[Value], meth: &str) -> PyResult<&'a StrObj> {
    match a.first().and_then(|v| v.as_obj()).map(|o| &o.data) {
        Some(ObjData::Str(s)) => Ok(s),
        _ => Err(descr_err(vm, a, "str", meth)),
    }
}

fn str_obj<'a>(v: Value) -> Option<&'a StrObj> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(s)) => Some(s),
        _ => None,
    }
}

/// A str argument, or TypeError `must be str, not T` (`prefix` goes before).
fn str_param<'a>(vm: &Vm, v: Value, prefix: &str) -> PyResult<&'a StrObj> {
    match str_obj(v) {
        Some(s) => Ok(s),
        None => {
            // Argument Clinic's messages (those with a prefix) say "None" for None.
            let tn = if v.is_none() && !prefix.is_empty() {
                "None".into()
            } else {
                vm.type_name(v)
            };
            Err(PyErr::type_error(format!("{prefix}must be str, not {tn}")))
        }
    }
}

/// Byte offset of character `ci` (clamped to the end).
fn byte_at(s: &StrObj, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.s.len());
    }
    s.s.char_indices()
        .nth(ci)
        .map(|(b, _)| b)
        .unwrap_or(s.s.len())
}

fn char_count(s: &str, ascii: bool) -> usize {
    if ascii {
        s.len()
    } else {
        s.chars().count()
    }
}

fn result(vm: &mut Vm, recv: Value, orig: &str, r: String) -> Value {
    if r == orig {
        recv
    } else {
        vm.new_string(r)
    }
}

// ---- join, split, strip ------------------------------------------------------------------

fn str_join(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let sep = recv(vm, a, "join")?;
    onearg(a, k, "str", "join")?;
    let items = match a[1].as_obj().map(|o| &o.data) {
        Some(ObjData::List(l)) => l.get().clone(),
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => {
            let it = match vm.get_iter(a[1]) {
                Ok(it) => it,
                Err(e) if vm.is_exc_kind(&e, ExcKind::TypeError) => {
                    return Err(PyErr::type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            vm.extra_roots.push(it);
            let mut out = vec![];
            let r = loop {
                match vm.iter_next(it) {
                    Ok(Some(x)) => out.push(x),
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                }
            };
            vm.extra_roots.pop();
            r?;
            out
        }
    };
    if items.len() == 1 && str_obj(items[0]).is_some() {
        return Ok(items[0]);
    }
    let mut total = sep.s.len() * items.len().saturating_sub(1);
    for (i, &it) in items.iter().enumerate() {
        match str_obj(it) {
            Some(x) => total += x.s.len(),
            None => {
                let tn = vm.type_name(it);
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    let mut out = String::with_capacity(total);
    for (i, &it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        out.push_str(&str_obj(it).expect("checked").s);
    }
    Ok(vm.new_string(out))
}

fn split_whitespace(text: &str, max: i64) -> Vec<&str> {
    let mut out = vec![];
    let mut rest = text;
    let mut n = if max < 0 { i64::MAX } else { max };
    while n > 0 {
        rest = rest.trim_start_matches(py_isspace);
        if rest.is_empty() {
            return out;
        }
        let end = rest.find(py_isspace).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        n -= 1;
    }
    let rest = rest.trim_start_matches(py_isspace);
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

fn rsplit_whitespace(text: &str, max: i64) -> Vec<&str> {
    let mut out = vec![];
    let mut rest = text;
    let mut n = if max < 0 { i64::MAX } else { max };
    while n > 0 {
        rest = rest.trim_end_matches(py_isspace);
        if rest.is_empty() {
            out.reverse();
            return out;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| py_isspace(c))
            .map(|(b, c)| b + c.len_utf8())
            .unwrap_or(0);
        out.push(&rest[start..]);
        rest = &rest[..start];
        n -= 1;
    }
    let rest = rest.trim_end_matches(py_isspace);
    if !rest.is_empty() {
        out.push(rest);
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, a: &[Value], k: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let so = recv(vm, a, name)?;
    let args = clinic(vm, a, k, name, &["sep", "maxsplit"], 0, 2)?;
    let sep = match args[0] {
        Some(v) if !v.is_none() => match str_obj(v) {
            Some(s) => Some(s),
            None => {
                let tn = vm.type_name(v);
                return Err(PyErr::type_error(format!("must be str or None, not {tn}")));
            }
        },
        _ => None,
    };
    let max = match args[1] {
        Some(m) => arg_index(vm, m)?,
        None => -1,
    };
    let text: &str = &so.s;
    let parts: Vec<&str> = match sep {
        None => {
            if right {
                rsplit_whitespace(text, max)
            } else {
                split_whitespace(text, max)
            }
        }
        Some(sp) => {
            let sp: &str = &sp.s;
            if sp.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            match (right, max < 0) {
                (false, true) => text.split(sp).collect(),
                (false, false) => text.splitn(max as usize + 1, sp).collect(),
                (true, true) => {
                    let mut v: Vec<&str> = text.rsplit(sp).collect();
                    v.reverse();
                    v
                }
                (true, false) => {
                    let mut v: Vec<&str> = text.rsplitn(max as usize + 1, sp).collect();
                    v.reverse();
                    v
                }
            }
        }
    };
    let vals: Vec<Value> = parts
        .into_iter()
        .map(|p| {
            if p.len() == text.len() {
                a[0]
            } else {
                vm.new_str(p)
            }
        })
        .collect();
    Ok(vm.new_list(vals))
}

fn str_split(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    split_impl(vm, a, k, false)
}

fn str_rsplit(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    split_impl(vm, a, k, true)
}

fn strip_impl(vm: &mut Vm, a: &[Value], k: Kw, which: u8, name: &str) -> PyResult<Value> {
    let so = recv(vm, a, name)?;
    posargs(a, k, "str", name, 0, 1)?;
    let chars: Option<&str> = match a.get(1) {
        Some(&v) if !v.is_none() => match str_obj(v) {
            Some(c) => Some(&c.s),
            None => return Err(PyErr::type_error(format!("{name} arg must be None or str"))),
        },
        _ => None,
    };
    let text: &str = &so.s;
    let r = match chars {
        None => match which {
            0 => text.trim_matches(py_isspace),
            1 => text.trim_start_matches(py_isspace),
            _ => text.trim_end_matches(py_isspace),
        },
        Some(cs) => {
            let pred = |c: char| cs.contains(c);
            match which {
                0 => text.trim_matches(pred),
                1 => text.trim_start_matches(pred),
                _ => text.trim_end_matches(pred),
            }
        }
    };
    if r.len() == text.len() {
        return Ok(a[0]);
    }
    Ok(vm.new_str(r))
}

fn str_strip(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    strip_impl(vm, a, k, 0, "strip")
}

fn str_lstrip(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    strip_impl(vm, a, k, 1, "lstrip")
}

fn str_rstrip(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    strip_impl(vm, a, k, 2, "rstrip")
}

fn str_splitlines(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let so = recv(vm, a, "splitlines")?;
    let args = clinic(vm, a, k, "splitlines", &["keepends"], 0, 1)?;
    let keep = match args[0] {
        Some(v) => arg_index(vm, v)? != 0,
        None => false,
    };
    let text: &str = &so.s;
    let mut out = vec![];
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = b + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(&text[start..if keep { end } else { b }]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    let vals: Vec<Value> = out
        .into_iter()
        .map(|p| {
            if p.len() == text.len() {
                a[0]
            } else {
                vm.new_str(p)
            }
        })
        .collect();
    Ok(vm.new_list(vals))
}

fn partition_impl(vm: &mut Vm, a: &[Value], k: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let so = recv(vm, a, name)?;
    onearg(a, k, "str", name)?;
    let sep = str_param(vm, a[1], "")?;
    if sep.s.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let text: &str = &so.s;
    let found = if right {
        text.rfind(&*sep.s)
    } else {
        text.find(&*sep.s)
    };
    let empty = vm.new_str("");
    let parts = match found {
        Some(p) => {
            let x = vm.new_str(&text[..p]);
            let y = vm.new_str(&text[p + sep.s.len()..]);
            vec![x, a[1], y]
        }
        None if right => vec![empty, empty, a[0]],
        None => vec![a[0], empty, empty],
    };
    Ok(vm.new_tuple(parts))
}

fn str_partition(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    partition_impl(vm, a, k, false)
}

fn str_rpartition(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    partition_impl(vm, a, k, true)
}

// ---- searching -------------------------------------------------------------------------

/// The receiver, the substring argument and the adjusted `(start, end)` of the
/// find-like methods (`find`, `count`, `index`, ...).
fn find_args<'a>(
    vm: &mut Vm,
    a: &[Value],
    k: Kw,
    name: &str,
) -> PyResult<(&'a StrObj, Value, i64, i64)> {
    let so = recv(vm, a, name)?;
    oldargs(a, k, "str", name, 1, 3)?;
    let start = match a.get(2) {
        Some(&v) => slice_index(vm, v, true)?,
        None => None,
    };
    let end = match a.get(3) {
        Some(&v) => slice_index(vm, v, true)?,
        None => None,
    };
    let (start, end) = adjust_indices(start, end, so.nchars);
    Ok((so, a[1], start, end))
}

/// Finds `sub` in `so[start:end]` (character indices); the character index.
fn find_in(so: &StrObj, sub: &StrObj, start: i64, end: i64, right: bool) -> Option<i64> {
    let sublen = sub.nchars as i64;
    if end - start < sublen {
        return None;
    }
    if sublen == 0 {
        return Some(if right { end } else { start });
    }
    let (b0, b1) = (byte_at(so, start as usize), byte_at(so, end as usize));
    let hay = &so.s[b0..b1];
    let found = if right {
        hay.rfind(&*sub.s)
    } else {
        hay.find(&*sub.s)
    }?;
    Some(start + char_count(&hay[..found], so.is_ascii()) as i64)
}

fn find_impl(vm: &mut Vm, a: &[Value], k: Kw, name: &str, right: bool) -> PyResult<Option<i64>> {
    let (so, sub, start, end) = find_args(vm, a, k, name)?;
    let sub = str_param(vm, sub, "")?;
    Ok(find_in(so, sub, start, end, right))
}

fn str_find(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let r = find_impl(vm, a, k, "find", false)?;
    Ok(vm.int_value(r.unwrap_or(-1)))
}

fn str_rfind(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let r = find_impl(vm, a, k, "rfind", true)?;
    Ok(vm.int_value(r.unwrap_or(-1)))
}

fn str_index(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    match find_impl(vm, a, k, "index", false)? {
        Some(i) => Ok(vm.int_value(i)),
        None => Err(PyErr::value_error("substring not found")),
    }
}

fn str_rindex(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    match find_impl(vm, a, k, "rindex", true)? {
        Some(i) => Ok(vm.int_value(i)),
        None => Err(PyErr::value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let (so, sub, start, end) = find_args(vm, a, k, "count")?;
    let sub = str_param(vm, sub, "")?;
    let sublen = sub.nchars as i64;
    let c = if end - start < sublen {
        0
    } else if sublen == 0 {
        end - start + 1
    } else {
        let (b0, b1) = (byte_at(so, start as usize), byte_at(so, end as usize));
        so.s[b0..b1].matches(&*sub.s).count() as i64
    };
    Ok(vm.int_value(c))
}

fn affix_impl(vm: &mut Vm, a: &[Value], k: Kw, end_side: bool) -> PyResult<Value> {
    let name = if end_side { "endswith" } else { "startswith" };
    let (so, prefix, start, end) = find_args(vm, a, k, name)?;
    let check = |sub: &StrObj| -> bool {
        let sublen = sub.nchars as i64;
        if end - start < sublen {
            return false;
        }
        let (b0, b1) = (byte_at(so, start as usize), byte_at(so, end as usize));
        let hay = &so.s[b0..b1];
        if end_side {
            hay.ends_with(&*sub.s)
        } else {
            hay.starts_with(&*sub.s)
        }
    };
    if let Some(ObjData::Tuple(t)) = prefix.as_obj().map(|o| &o.data) {
        for &x in t.iter() {
            let Some(sub) = str_obj(x) else {
                let tn = vm.type_name(x);
                return Err(PyErr::type_error(format!(
                    "tuple for {name} must only contain str, not {tn}"
                )));
            };
            if check(sub) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match str_obj(prefix) {
        Some(sub) => Ok(Value::from_bool(check(sub))),
        None => {
            let tn = vm.type_name(prefix);
            Err(PyErr::type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn str_startswith(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    affix_impl(vm, a, k, false)
}

fn str_endswith(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    affix_impl(vm, a, k, true)
}

fn str_replace(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let so = recv(vm, a, "replace")?;
    posargs(a, k, "str", "replace", 2, 3)?;
    let old = str_param(vm, a[1], "replace() argument 1 ")?;
    let new = str_param(vm, a[2], "replace() argument 2 ")?;
    let count = match a.get(3) {
        Some(&c) => arg_index(vm, c)?,
        None => -1,
    };
    if count == 0 || (!old.s.is_empty() && !so.s.contains(&*old.s)) {
        return Ok(a[0]);
    }
    let r = if count < 0 {
        so.s.replace(&*old.s, &new.s)
    } else {
        so.s.replacen(&*old.s, &new.s, count as usize)
    };
    Ok(result(vm, a[0], &so.s, r))
}

fn affix_remove(vm: &mut Vm, a: &[Value], k: Kw, suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let so = recv(vm, a, name)?;
    onearg(a, k, "str", name)?;
    let fix = match str_obj(a[1]) {
        Some(f) => f,
        None => {
            let tn = if a[1].is_none() {
                "None".into()
            } else {
                vm.type_name(a[1])
            };
            return Err(PyErr::type_error(format!(
                "{name}() argument must be str, not {tn}"
            )));
        }
    };
    let text: &str = &so.s;
    let r = if suffix {
        text.strip_suffix(&*fix.s)
    } else {
        text.strip_prefix(&*fix.s)
    };
    match r {
        Some(r) if r.len() != text.len() => Ok(vm.new_str(r)),
        _ => Ok(a[0]),
    }
}

fn str_removeprefix(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    affix_remove(vm, a, k, false)
}

fn str_removesuffix(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    affix_remove(vm, a, k, true)
}

// ---- case mapping ------------------------------------------------------------------------

fn case_method(
    vm: &mut Vm,
    a: &[Value],
    k: Kw,
    name: &str,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let so = recv(vm, a, name)?;
    noargs(a, k, "str", name)?;
    let r = f(&so.s);
    Ok(result(vm, a[0], &so.s, r))
}

fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup_special(ut::CASEFOLD_SPECIAL, c) {
            Some(f) => out.push_str(f),
            None => push_mapped(&mut out, c, c.to_lowercase()),
        }
    }
    out
}

fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn str_upper(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    case_method(vm, a, k, "upper", upper)
}

fn str_lower(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    case_method(vm, a, k, "lower", lower)
}

fn str_casefold(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    case_method(vm, a, k, "casefold", casefold)
}

fn str_title(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    case_method(vm, a, k, "title", title)
}

fn str_capitalize(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    case_method(vm, a, k, "capitalize", capitalize)
}

fn str_swapcase(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    case_method(vm, a, k, "swapcase", swapcase)
}

// ---- predicates ------------------------------------------------------------------------

fn predicate(vm: &mut Vm, a: &[Value], k: Kw, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let so = recv(vm, a, name)?;
    noargs(a, k, "str", name)?;
    Ok(Value::from_bool(f(&so.s)))
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        cased = cased || is_upper(c);
    }
    cased
}

fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        cased = cased || is_lower(c);
    }
    cased
}

fn istitle(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if in_table(ut::ID_START, c) => it.all(|c| in_table(ut::ID_CONTINUE, c)),
        _ => false,
    }
}

macro_rules! preds {
    ($($fname:ident, $name:literal, $f:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
                predicate(vm, a, k, $name, $f)
            }
        )*
    };
}

preds! {
    str_isdecimal, "isdecimal", |s| all_nonempty(s, is_decimal);
    str_isdigit, "isdigit", |s| all_nonempty(s, |c| in_table(ut::DIGIT, c));
    str_isnumeric, "isnumeric", |s| all_nonempty(s, |c| in_table(ut::NUMERIC, c));
    str_isalpha, "isalpha", |s| all_nonempty(s, |c| in_table(ut::ALPHA, c));
    str_isalnum, "isalnum", |s| all_nonempty(s, |c| in_table(ut::ALPHA, c) || in_table(ut::NUMERIC, c));
    str_isspace, "isspace", |s| all_nonempty(s, py_isspace);
    str_isupper, "isupper", isupper;
    str_islower, "islower", islower;
    str_istitle, "istitle", istitle;
    str_isidentifier, "isidentifier", isidentifier;
    str_isprintable, "isprintable", |s| s.chars().all(is_printable);
    str_isascii, "isascii", |s| s.is_ascii();
}

// ---- padding -----------------------------------------------------------------------------

fn fill_char(vm: &Vm, v: Value) -> PyResult<char> {
    match str_obj(v) {
        Some(f) if f.nchars == 1 => Ok(f.s.chars().next().unwrap_or(' ')),
        Some(_) => Err(PyErr::type_error(
            "The fill character must be exactly one character long",
        )),
        None => {
            let tn = vm.type_name(v);
            Err(PyErr::type_error(format!(
                "The fill character must be a unicode character, not {tn}"
            )))
        }
    }
}

fn pad_impl(vm: &mut Vm, a: &[Value], k: Kw, name: &str) -> PyResult<Value> {
    let so = recv(vm, a, name)?;
    posargs(a, k, "str", name, 1, 2)?;
    let width = arg_index(vm, a[1])?;
    let fill = match a.get(2) {
        Some(&f) => fill_char(vm, f)?,
        None => ' ',
    };
    let len = so.nchars as i64;
    if width <= len {
        return Ok(a[0]);
    }
    let marg = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = String::new();
    // A width of 10**12 is a MemoryError (as in CPython), not memory exhaustion.
    let bytes = (marg as usize).saturating_mul(fill.len_utf8());
    super::limits::reserve_bytes(&mut out, bytes.saturating_add(so.s.len()))?;
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(&so.s);
    out.extend(std::iter::repeat_n(fill, (marg - left) as usize));
    Ok(vm.new_string(out))
}

fn str_ljust(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    pad_impl(vm, a, k, "ljust")
}

fn str_rjust(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    pad_impl(vm, a, k, "rjust")
}

fn str_center(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    pad_impl(vm, a, k, "center")
}

fn str_zfill(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let so = recv(vm, a, "zfill")?;
    onearg(a, k, "str", "zfill")?;
    let width = arg_index(vm, a[1])?;
    let len = so.nchars as i64;
    if width <= len {
        return Ok(a[0]);
    }
    let fill = (width - len) as usize;
    let text: &str = &so.s;
    let mut out = String::new();
    super::limits::reserve_bytes(&mut out, text.len().saturating_add(fill))?;
    let rest = match text.as_bytes().first() {
        Some(b'+' | b'-') => {
            out.push_str(&text[..1]);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(vm.new_string(out))
}

fn str_expandtabs(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let so = recv(vm, a, "expandtabs")?;
    let args = clinic(vm, a, k, "expandtabs", &["tabsize"], 0, 1)?;
    let tabsize = match args[0] {
        Some(v) => arg_index(vm, v)?,
        None => 8,
    };
    if !so.s.contains('\t') {
        return Ok(a[0]);
    }
    let mut out = String::with_capacity(so.s.len());
    let mut col: i64 = 0;
    for c in so.s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(vm.new_string(out))
}

// ---- translate ---------------------------------------------------------------------------

fn str_translate(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let so = recv(vm, a, "translate")?;
    onearg(a, k, "str", "translate")?;
    let table = a[1];
    let mut out = String::with_capacity(so.s.len());
    for c in so.s.chars() {
        let key = Value::from_small_int(c as i64);
        let r = match vm.get_item(table, key) {
            Ok(r) => r,
            Err(e) if vm.is_exc_kind(&e, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(s) = str_obj(r) {
            out.push_str(&s.s);
            continue;
        }
        match as_int(r) {
            Some(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => {
                    if (0..0x110000).contains(&i) {
                        // A lone surrogate: not representable here.
                        out.push('\u{FFFD}');
                    } else {
                        return Err(PyErr::value_error(
                            "character mapping must be in range(0x110000)",
                        ));
                    }
                }
            },
            None => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(result(vm, a[0], &so.s, out))
}

fn as_int(v: Value) -> Option<i64> {
    match super::ops::as_intref(v)? {
        super::ops::IntRef::Small(i) => Some(i),
        super::ops::IntRef::Big(_) => Some(i64::MAX),
    }
}

/// `str.maketrans(x[, y[, z]])`; the receiver is the class.
pub fn str_maketrans(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    posargs(a, k, "str", "maketrans", 1, 3)?;
    let d = vm.new_dict(Default::default());
    vm.extra_roots.push(d);
    let r = maketrans_into(vm, d, &a[1..]);
    vm.extra_roots.pop();
    r.map(|_| d)
}

fn maketrans_into(vm: &mut Vm, d: Value, args: &[Value]) -> PyResult<()> {
    if args.len() == 1 {
        let x = args[0];
        let Some(ObjData::Dict(src)) = x.as_obj().map(|o| &o.data) else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let items: Vec<(Value, Value)> = src.get().iter().collect();
        for (key, v) in items {
            let key = if let Some(s) = str_obj(key) {
                if s.nchars != 1 {
                    return Err(PyErr::value_error(
                        "string keys in translate table must be of length 1",
                    ));
                }
                Value::from_small_int(s.s.chars().next().unwrap_or('\0') as i64)
            } else if super::ops::is_intlike(key) {
                key
            } else {
                return Err(PyErr::type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(());
    }
    let Some(x) = str_obj(args[0]) else {
        return Err(PyErr::type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = str_param(vm, args[1], "maketrans() argument 2 ")?;
    if x.nchars != y.nchars {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let z = match args.get(2) {
        Some(&z) => Some(str_param(vm, z, "maketrans() argument 3 ")?),
        None => None,
    };
    for (cx, cy) in x.s.chars().zip(y.s.chars()) {
        let (kx, vy) = (
            Value::from_small_int(cx as i64),
            Value::from_small_int(cy as i64),
        );
        vm.dict_set(d, kx, vy)?;
    }
    if let Some(z) = z {
        for c in z.s.chars() {
            vm.dict_set(d, Value::from_small_int(c as i64), Value::NONE)?;
        }
    }
    Ok(())
}

// ---- format ------------------------------------------------------------------------------

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

enum Kwargs<'a> {
    None,
    Slice(Kw<'a>),
    Map(Value),
}

struct Formatter<'a> {
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    kwargs: Kwargs<'a>,
    auto: AutoState,
    next_auto: usize,
}

fn verr(msg: &str) -> PyErr {
    PyErr::value_error(msg)
}

/// `get_integer`: the decimal value of a field name part, `None` if it is not
/// all digits.
fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize))
            .filter(|&x| x <= isize::MAX as usize)
            .ok_or_else(|| verr("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

impl Formatter<'_> {
    fn build(&mut self, vm: &mut Vm, chars: &[char], depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(verr("Max string recursion exceeded"));
        }
        let len = chars.len();
        let mut out = String::with_capacity(len);
        let mut pos = 0;
        while pos < len {
            // Literal text up to the next brace.
            let start = pos;
            let mut c = '\0';
            let mut markup = false;
            while pos < len {
                c = chars[pos];
                pos += 1;
                if c == '{' || c == '}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= len;
            let mut lit_len = pos - start;
            if c == '}' && markup && (at_end || chars[pos] != '}') {
                return Err(verr("Single '}' encountered in format string"));
            }
            if at_end && c == '{' && markup {
                return Err(verr("Single '{' encountered in format string"));
            }
            if !at_end && markup {
                if chars[pos] == c {
                    pos += 1;
                    markup = false;
                } else {
                    lit_len -= 1;
                }
            }
            out.extend(&chars[start..start + lit_len]);
            if !markup {
                continue;
            }
            // The replacement field.
            let (name, conv, spec, expand) = parse_field(chars, &mut pos)?;
            let mut obj = self.field_object(vm, name)?;
            if let Some(cv) = conv {
                obj = convert(vm, obj, cv)?;
            }
            let spec_s: String = if expand {
                self.build(vm, spec, depth - 1)?
            } else {
                spec.iter().collect()
            };
            if spec_s.is_empty() {
                if let Some(s) = str_obj(obj) {
                    out.push_str(&s.s);
                    continue;
                }
            }
            out.push_str(&vm.format_to_string(obj, &spec_s)?);
        }
        Ok(out)
    }

    fn field_object(&mut self, vm: &mut Vm, name: &[char]) -> PyResult<Value> {
        let first_len = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let (first, rest) = name.split_at(first_len);
        let mut idx = get_integer(first)?;
        let empty = first.is_empty();
        let numeric = empty || idx.is_some();
        if self.auto == AutoState::Init && numeric {
            self.auto = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if numeric {
            if self.auto == AutoState::Manual && empty {
                return Err(verr(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.auto == AutoState::Auto && !empty {
                return Err(verr(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        if empty {
            idx = Some(self.next_auto);
            self.next_auto += 1;
        }
        let mut obj = match idx {
            None => {
                let key: String = first.iter().collect();
                match self.kwargs {
                    Kwargs::None => {
                        let kv = vm.new_string(key);
                        return Err(vm.key_error(kv));
                    }
                    Kwargs::Slice(kw) => {
                        match kw
                            .iter()
                            .find(|(kn, _)| vm.str_contents(*kn) == Some(key.as_str()))
                        {
                            Some(&(_, v)) => v,
                            None => {
                                let kv = vm.new_string(key);
                                return Err(vm.key_error(kv));
                            }
                        }
                    }
                    Kwargs::Map(m) => {
                        let kv = vm.new_string(key);
                        vm.get_item(m, kv)?
                    }
                }
            }
            Some(i) => match self.args {
                None => return Err(verr("Format string contains positional fields")),
                Some(args) => match args.get(i) {
                    Some(&v) => v,
                    None => {
                        return Err(PyErr::new(
                            ExcKind::IndexError,
                            format!("Replacement index {i} out of range for positional args tuple"),
                        ))
                    }
                },
            },
        };
        // `.attr` and `[key]` parts.
        let mut p = 0;
        while p < rest.len() {
            let c = rest[p];
            p += 1;
            let (is_attr, part) = match c {
                '.' => {
                    let s = p;
                    while p < rest.len() && rest[p] != '.' && rest[p] != '[' {
                        p += 1;
                    }
                    (true, &rest[s..p])
                }
                '[' => {
                    let s = p;
                    while p < rest.len() && rest[p] != ']' {
                        p += 1;
                    }
                    if p >= rest.len() {
                        return Err(verr("Missing ']' in format string"));
                    }
                    p += 1;
                    (false, &rest[s..p - 1])
                }
                _ => {
                    return Err(verr(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ))
                }
            };
            if part.is_empty() {
                return Err(verr("Empty attribute in format string"));
            }
            let part_s: String = part.iter().collect();
            obj = if is_attr {
                vm.get_attr(obj, &part_s)?
            } else {
                match get_integer(part)? {
                    Some(i) => {
                        let key = vm.int_value(i as i64);
                        vm.get_item(obj, key)?
                    }
                    None => {
                        let key = vm.new_string(part_s);
                        vm.get_item(obj, key)?
                    }
                }
            };
        }
        Ok(obj)
    }
}

type Field<'c> = (&'c [char], Option<char>, &'c [char], bool);

/// CPython's `parse_field`: after a `{`, the field name, the conversion, the
/// format spec and whether the spec has nested fields.
fn parse_field<'c>(chars: &'c [char], pos: &mut usize) -> PyResult<Field<'c>> {
    let len = chars.len();
    let fstart = *pos;
    let mut c = '\0';
    while *pos < len {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(verr("unexpected '{' in field name")),
            '[' => {
                while *pos < len && chars[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = &chars[fstart..*pos - 1];
    if c == '!' || c == ':' {
        let mut conv = None;
        if c == '!' {
            if *pos >= len {
                return Err(verr("end of string while looking for conversion specifier"));
            }
            conv = Some(chars[*pos]);
            *pos += 1;
            if *pos < len {
                let c2 = chars[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok((name, conv, &[], false));
                }
                if c2 != ':' {
                    return Err(verr("expected ':' after conversion specifier"));
                }
            }
        }
        let sstart = *pos;
        let mut count = 1;
        let mut expand = false;
        while *pos < len {
            let c2 = chars[*pos];
            *pos += 1;
            if c2 == '{' {
                expand = true;
                count += 1;
            } else if c2 == '}' {
                count -= 1;
                if count == 0 {
                    return Ok((name, conv, &chars[sstart..*pos - 1], expand));
                }
            }
        }
        return Err(verr("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(verr("expected '}' before end of string"));
    }
    Ok((name, None, &[], false))
}

fn convert(vm: &mut Vm, v: Value, conv: char) -> PyResult<Value> {
    let s = match conv {
        'r' => vm.repr_of(v)?,
        's' => vm.str_of(v)?,
        'a' => {
            let r = vm.repr_of(v)?;
            super::builtins::ascii_escape(&r)
        }
        c => {
            let cp = c as u32;
            return Err(verr(&if cp > 32 && cp < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{cp:x}")
            }));
        }
    };
    Ok(vm.new_string(s))
}

fn str_format(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let so = recv(vm, a, "format")?;
    if !so.s.contains(['{', '}']) {
        return Ok(a[0]);
    }
    let chars: Vec<char> = so.s.chars().collect();
    let mut f = Formatter {
        args: Some(&a[1..]),
        kwargs: if k.is_empty() {
            Kwargs::None
        } else {
            Kwargs::Slice(k)
        },
        auto: AutoState::Init,
        next_auto: 0,
    };
    let r = f.build(vm, &chars, 2)?;
    Ok(vm.new_string(r))
}

fn str_format_map(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let so = recv(vm, a, "format_map")?;
    onearg(a, k, "str", "format_map")?;
    let chars: Vec<char> = so.s.chars().collect();
    let mut f = Formatter {
        args: None,
        kwargs: Kwargs::Map(a[1]),
        auto: AutoState::Init,
        next_auto: 0,
    };
    let r = f.build(vm, &chars, 2)?;
    Ok(vm.new_string(r))
}

// ---- dunder helpers ------------------------------------------------------------------------

fn str_len(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let so = recv(vm, a, "__len__")?;
    noargs(a, k, "str", "__len__")?;
    Ok(vm.int_value(so.nchars as i64))
}

fn str_contains(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    recv(vm, a, "__contains__")?;
    onearg(a, k, "str", "__contains__")?;
    Ok(Value::from_bool(vm.contains(a[0], a[1])?))
}

/// The methods installed in `str`'s class dict.
pub fn methods() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("join", str_join as NativeFn),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("replace", str_replace),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("translate", str_translate),
        ("format", str_format),
        ("format_map", str_format_map),
        ("__len__", str_len),
        ("__contains__", str_contains),
    ]
}

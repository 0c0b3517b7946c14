//! Methods of the built-in types (`list.append`, `dict.get`, `str.join`, ...),
//! registered in the class dicts. `args[0]` is always the receiver.

use super::error::ExcKind;
use super::object::*;
use super::ops::index_of;
use super::value::Value;
use crate::interp::Vm;

type Kw<'a> = &'a [(Value, Value)];

fn list_of<'a>(v: Value) -> &'a Mut<Vec<Value>> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::List(l)) => l,
        Some(ObjData::Instance(i)) if !i.payload.is_empty() => list_of(i.payload),
        _ => panic!("list method on a non-list"),
    }
}

fn want(args: &[Value], name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.len() - 1;
    if n < min || n > max {
        if min == max && min == 0 {
            return Err(PyErr::type_error(format!(
                "{name}() takes no arguments ({n} given)"
            )));
        }
        if min == max && min == 1 {
            return Err(PyErr::type_error(format!(
                "{name}() takes exactly one argument ({n} given)"
            )));
        }
        if n < min {
            return Err(PyErr::type_error(format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )));
        }
        return Err(PyErr::type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn self_check(vm: &Vm, args: &[Value], cls: Value, what: &str, meth: &str) -> PyResult<()> {
    match args.first() {
        Some(&s) if vm.is_instance_of(s, cls) => Ok(()),
        Some(&s) => {
            let tn = vm.type_name(s);
            Err(PyErr::type_error(format!(
                "descriptor '{meth}' for '{what}' objects doesn't apply to a '{tn}' object"
            )))
        }
        None => Err(PyErr::type_error(format!(
            "unbound method {what}.{meth}() needs an argument"
        ))),
    }
}

// ---- list ---------------------------------------------------------------------------

fn list_append(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "append")?;
    want(a, "list.append", 1, 1)?;
    list_of(a[0]).get_mut().push(a[1]);
    vm.heap.note_growth(8);
    Ok(Value::NONE)
}

fn list_extend(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "extend")?;
    want(a, "list.extend", 1, 1)?;
    let items = vm.collect_iterable(a[1])?;
    vm.heap.note_growth(items.len() * 8);
    list_of(a[0]).get_mut().extend(items);
    Ok(Value::NONE)
}

fn list_pop(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "pop")?;
    want(a, "pop", 0, 1)?;
    let l = list_of(a[0]).get_mut();
    if l.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let i = if a.len() > 1 {
        index_of(vm, a[1], "list")?
    } else {
        -1
    };
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

fn list_insert(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "insert")?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "insert expected 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let i = index_of(vm, a[1], "list")?;
    let l = list_of(a[0]).get_mut();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, a[2]);
    Ok(Value::NONE)
}

fn list_remove(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "remove")?;
    want(a, "list.remove", 1, 1)?;
    let items = list_of(a[0]).get().clone();
    for (i, x) in items.into_iter().enumerate() {
        if vm.eq(x, a[1])? {
            let l = list_of(a[0]).get_mut();
            if i < l.len() {
                l.remove(i);
            }
            return Ok(Value::NONE);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn seq_index(vm: &mut Vm, items: Vec<Value>, a: &[Value], what: &str) -> PyResult<Value> {
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = if a.len() > 2 {
        norm(index_of(vm, a[2], "slice")?)
    } else {
        0
    };
    let stop = if a.len() > 3 {
        norm(index_of(vm, a[3], "slice")?)
    } else {
        n
    };
    for i in start..stop {
        if vm.eq(items[i as usize], a[1])? {
            return Ok(vm.int_value(i));
        }
    }
    if what == "list" {
        let r = vm.repr_of(a[1])?;
        return Err(PyErr::value_error(format!("{r} is not in list")));
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn list_index(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "index")?;
    want(a, "index", 1, 3)?;
    let items = list_of(a[0]).get().clone();
    seq_index(vm, items, a, "list")
}

fn seq_count(vm: &mut Vm, items: Vec<Value>, x: Value) -> PyResult<Value> {
    let mut c = 0;
    for it in items {
        if vm.eq(it, x)? {
            c += 1;
        }
    }
    Ok(vm.int_value(c))
}

fn list_count(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "count")?;
    want(a, "list.count", 1, 1)?;
    let items = list_of(a[0]).get().clone();
    seq_count(vm, items, a[1])
}

fn list_sort(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "sort")?;
    if a.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for &(n, v) in k {
        match vm.str_contents(n) {
            Some("key") => key = Some(v).filter(|v| !v.is_none()),
            Some("reverse") => reverse = vm.truthy(v)?,
            Some(other) => {
                let other = other.to_string();
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
            None => {}
        }
    }
    // Sort a copy; the list looks empty meanwhile, as in CPython.
    let mut items = std::mem::take(list_of(a[0]).get_mut());
    let r = super::builtins::sort_values(vm, &mut items, key, reverse);
    let l = list_of(a[0]).get_mut();
    let modified = !l.is_empty();
    *l = items;
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

fn list_reverse(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "reverse")?;
    want(a, "reverse", 0, 0)?;
    list_of(a[0]).get_mut().reverse();
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "copy")?;
    want(a, "copy", 0, 0)?;
    let items = list_of(a[0]).get().clone();
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.list, "list", "clear")?;
    want(a, "clear", 0, 0)?;
    list_of(a[0]).get_mut().clear();
    Ok(Value::NONE)
}

// ---- tuple --------------------------------------------------------------------------

fn tuple_index(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.tuple, "tuple", "index")?;
    want(a, "index", 1, 3)?;
    let items = vm.tuple_items(a[0]).to_vec();
    seq_index(vm, items, a, "tuple")
}

fn tuple_count(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.tuple, "tuple", "count")?;
    want(a, "tuple.count", 1, 1)?;
    let items = vm.tuple_items(a[0]).to_vec();
    seq_count(vm, items, a[1])
}

// ---- dict ---------------------------------------------------------------------------

fn dict_get(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "get")?;
    want(a, "get", 1, 2)?;
    Ok(vm
        .dict_get(a[0], a[1])?
        .unwrap_or(if a.len() > 2 { a[2] } else { Value::NONE }))
}

fn dict_keys(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "keys")?;
    want(a, "keys", 0, 0)?;
    let len = vm.dict_of(a[0]).get().len();
    Ok(vm.new_iter(IterState::DictKeys {
        dict: a[0],
        idx: 0,
        len,
    }))
}

fn dict_values(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "values")?;
    want(a, "values", 0, 0)?;
    let len = vm.dict_of(a[0]).get().len();
    Ok(vm.new_iter(IterState::DictValues {
        dict: a[0],
        idx: 0,
        len,
    }))
}

fn dict_items(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "items")?;
    want(a, "items", 0, 0)?;
    let len = vm.dict_of(a[0]).get().len();
    Ok(vm.new_iter(IterState::DictItems {
        dict: a[0],
        idx: 0,
        len,
    }))
}

fn dict_pop(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "pop")?;
    want(a, "pop", 1, 2)?;
    match vm.dict_remove(a[0], a[1])? {
        Some(v) => Ok(v),
        None => {
            if a.len() > 2 {
                Ok(a[2])
            } else {
                Err(vm.key_error(a[1]))
            }
        }
    }
}

fn dict_setdefault(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "setdefault")?;
    want(a, "setdefault", 1, 2)?;
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
    self_check(vm, a, vm.types.dict, "dict", "update")?;
    want(a, "update", 0, 1)?;
    if a.len() > 1 {
        vm.dict_update_from(a[0], a[1], false)?;
    }
    for &(key, v) in k {
        vm.dict_set(a[0], key, v)?;
    }
    Ok(Value::NONE)
}

fn dict_copy(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "copy")?;
    let d = vm.dict_of(a[0]).get().clone();
    Ok(vm.new_dict(d))
}

fn dict_clear(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "clear")?;
    vm.dict_of(a[0]).get_mut().clear();
    Ok(Value::NONE)
}

fn dict_popitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.dict, "dict", "popitem")?;
    match vm.dict_of(a[0]).get_mut().pop_last() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

// ---- str ----------------------------------------------------------------------------

fn s<'a>(vm: &Vm, v: Value) -> &'a str {
    vm.str_contents(v).unwrap_or("")
}

fn str_arg<'a>(vm: &Vm, v: Value, meth: &str, pos: usize) -> PyResult<&'a str> {
    match vm.str_contents(v) {
        Some(x) => Ok(x),
        None => {
            let tn = vm.type_name(v);
            let _ = pos;
            Err(PyErr::type_error(
                format!("{meth} arg must be None or str, not {tn}")
                    .replace("arg must be None or str", "() argument must be str"),
            )
            .or_plain(tn, meth))
        }
    }
}

trait OrPlain {
    fn or_plain(self, tn: std::rc::Rc<str>, meth: &str) -> Self;
}
impl OrPlain for PyErr {
    fn or_plain(self, tn: std::rc::Rc<str>, meth: &str) -> Self {
        PyErr::type_error(format!("must be str, not {tn}")).keep_if(meth)
    }
}
trait KeepIf {
    fn keep_if(self, meth: &str) -> Self;
}
impl KeepIf for PyErr {
    fn keep_if(self, _meth: &str) -> Self {
        self
    }
}

fn str_join(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "join")?;
    want(a, "str.join", 1, 1)?;
    let sep = s(vm, a[0]).to_string();
    let items = vm.collect_iterable(a[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_contents(*it) {
            Some(x) => out.push_str(x),
            None => {
                let tn = vm.type_name(*it);
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    Ok(vm.new_string(out))
}

fn str_split_impl(vm: &mut Vm, a: &[Value], k: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    self_check(vm, a, vm.types.str_, "str", name)?;
    let mut sep = a.get(1).copied();
    let mut maxsplit = a.get(2).copied();
    for &(n, v) in k {
        match vm.str_contents(n) {
            Some("sep") => sep = Some(v),
            Some("maxsplit") => maxsplit = Some(v),
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() got an unexpected keyword argument"
                )))
            }
        }
    }
    let text = s(vm, a[0]).to_string();
    let max = match maxsplit {
        Some(m) => index_of(vm, m, "int")?,
        None => -1,
    };
    let parts: Vec<String> = match sep.filter(|v| !v.is_none()) {
        None => {
            let mut words: Vec<String> = vec![];
            if right {
                let mut rest = text.trim_end();
                let mut n = 0;
                while !rest.is_empty() {
                    if max >= 0 && n >= max {
                        words.push(rest.to_string());
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(p) => {
                            let w = &rest[p..];
                            let ws = w.chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            words.push(rest[p + ws..].to_string());
                            rest = rest[..p].trim_end();
                        }
                        None => {
                            words.push(rest.to_string());
                            break;
                        }
                    }
                    n += 1;
                }
                words.reverse();
            } else {
                let mut rest = text.trim_start();
                let mut n = 0;
                while !rest.is_empty() {
                    if max >= 0 && n >= max {
                        words.push(rest.to_string());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(p) => {
                            words.push(rest[..p].to_string());
                            rest = rest[p..].trim_start();
                        }
                        None => {
                            words.push(rest.to_string());
                            break;
                        }
                    }
                    n += 1;
                }
            }
            words
        }
        Some(sv) => {
            let sp = str_arg(vm, sv, name, 1)?.to_string();
            if sp.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if right {
                let mut v: Vec<String> = if max < 0 {
                    text.rsplit(sp.as_str()).map(String::from).collect()
                } else {
                    text.rsplitn(max as usize + 1, sp.as_str())
                        .map(String::from)
                        .collect()
                };
                v.reverse();
                v
            } else if max < 0 {
                text.split(sp.as_str()).map(String::from).collect()
            } else {
                text.splitn(max as usize + 1, sp.as_str())
                    .map(String::from)
                    .collect()
            }
        }
    };
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(vals))
}

fn str_split(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    str_split_impl(vm, a, k, false)
}
fn str_rsplit(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    str_split_impl(vm, a, k, true)
}

fn strip_impl(vm: &mut Vm, a: &[Value], which: u8, name: &str) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", name)?;
    want(a, name, 0, 1)?;
    let text = s(vm, a[0]);
    let chars: Option<Vec<char>> = match a.get(1) {
        Some(v) if !v.is_none() => Some(str_arg(vm, *v, name, 1)?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    let r = match which {
        0 => text.trim_matches(pred),
        1 => text.trim_start_matches(pred),
        _ => text.trim_end_matches(pred),
    };
    let r = r.to_string();
    Ok(vm.new_string(r))
}

fn str_strip(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    strip_impl(vm, a, 0, "strip")
}
fn str_lstrip(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    strip_impl(vm, a, 1, "lstrip")
}
fn str_rstrip(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    strip_impl(vm, a, 2, "rstrip")
}

fn str_replace(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "replace")?;
    want(a, "replace", 2, 3)?;
    let text = s(vm, a[0]);
    let old = str_arg(vm, a[1], "replace", 1)?;
    let new = str_arg(vm, a[2], "replace", 2)?;
    let count = if a.len() > 3 {
        index_of(vm, a[3], "int")?
    } else {
        -1
    };
    let r = if count < 0 {
        text.replace(old, new)
    } else {
        text.replacen(old, new, count as usize)
    };
    Ok(vm.new_string(r))
}

fn affix_impl(vm: &mut Vm, a: &[Value], start: bool) -> PyResult<Value> {
    let name = if start { "startswith" } else { "endswith" };
    self_check(vm, a, vm.types.str_, "str", name)?;
    want(a, name, 1, 3)?;
    let text = s(vm, a[0]);
    let cands: Vec<Value> = match a[1].as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => vec![a[1]],
    };
    for c in cands {
        let Some(p) = vm.str_contents(c) else {
            let tn = vm.type_name(c);
            return Err(PyErr::type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )));
        };
        let ok = if start {
            text.starts_with(p)
        } else {
            text.ends_with(p)
        };
        if ok {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn str_startswith(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    affix_impl(vm, a, true)
}
fn str_endswith(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    affix_impl(vm, a, false)
}

fn str_upper(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "upper")?;
    let r = s(vm, a[0]).to_uppercase();
    Ok(vm.new_string(r))
}
fn str_lower(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "lower")?;
    let r = s(vm, a[0]).to_lowercase();
    Ok(vm.new_string(r))
}

fn char_index_of_byte(text: &str, b: usize) -> i64 {
    text[..b].chars().count() as i64
}

fn find_impl(vm: &mut Vm, a: &[Value], right: bool, name: &str) -> PyResult<Option<i64>> {
    self_check(vm, a, vm.types.str_, "str", name)?;
    want(a, name, 1, 3)?;
    let text = s(vm, a[0]);
    let sub = str_arg(vm, a[1], name, 1)?;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match a.get(2) {
        Some(v) if !v.is_none() => norm(index_of(vm, *v, "slice")?),
        _ => 0,
    };
    let end = match a.get(3) {
        Some(v) if !v.is_none() => norm(index_of(vm, *v, "slice")?),
        _ => n,
    };
    if start > end {
        return Ok(None);
    }
    let bstart = chars.get(start as usize).map(|c| c.0).unwrap_or(text.len());
    let bend = chars.get(end as usize).map(|c| c.0).unwrap_or(text.len());
    let hay = &text[bstart..bend];
    let found = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|b| char_index_of_byte(text, bstart + b)))
}

fn str_find(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let r = find_impl(vm, a, false, "find")?;
    Ok(vm.int_value(r.unwrap_or(-1)))
}
fn str_rfind(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let r = find_impl(vm, a, true, "rfind")?;
    Ok(vm.int_value(r.unwrap_or(-1)))
}
fn str_index(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    match find_impl(vm, a, false, "index")? {
        Some(i) => Ok(vm.int_value(i)),
        None => Err(PyErr::value_error("substring not found")),
    }
}
fn str_rindex(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    match find_impl(vm, a, true, "rindex")? {
        Some(i) => Ok(vm.int_value(i)),
        None => Err(PyErr::value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "count")?;
    want(a, "count", 1, 3)?;
    let text = s(vm, a[0]);
    let sub = str_arg(vm, a[1], "count", 1)?;
    let c = if sub.is_empty() {
        text.chars().count() + 1
    } else {
        text.matches(sub).count()
    };
    Ok(vm.int_value(c as i64))
}

fn str_isdigit(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "isdigit")?;
    let t = s(vm, a[0]);
    Ok(Value::from_bool(
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c.is_numeric()),
    ))
}
fn str_isalpha(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "isalpha")?;
    let t = s(vm, a[0]);
    Ok(Value::from_bool(
        !t.is_empty() && t.chars().all(char::is_alphabetic),
    ))
}
fn str_isspace(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "isspace")?;
    let t = s(vm, a[0]);
    Ok(Value::from_bool(
        !t.is_empty() && t.chars().all(char::is_whitespace),
    ))
}
fn str_isalnum(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "isalnum")?;
    let t = s(vm, a[0]);
    Ok(Value::from_bool(
        !t.is_empty() && t.chars().all(char::is_alphanumeric),
    ))
}

fn str_format(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.str_, "str", "format")?;
    let text = s(vm, a[0]).to_string();
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut auto = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut j = i + 1;
            let mut depth = 1;
            while j < chars.len() {
                if chars[j] == '{' {
                    depth += 1;
                } else if chars[j] == '}' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(PyErr::value_error(
                    "Single '{' encountered in format string",
                ));
            }
            let field: String = chars[i + 1..j].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    name_conv[p + 1..].chars().next(),
                ),
                None => (name_conv, None),
            };
            let first: String = name
                .chars()
                .take_while(|c| *c != '.' && *c != '[')
                .collect();
            let rest = &name[first.len()..];
            let mut v = if first.is_empty() {
                let v = a.get(1 + auto).copied().ok_or_else(|| {
                    PyErr::new(
                        ExcKind::IndexError,
                        format!("Replacement index {auto} out of range for positional args tuple"),
                    )
                })?;
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                a.get(1 + n).copied().ok_or_else(|| {
                    PyErr::new(
                        ExcKind::IndexError,
                        format!("Replacement index {n} out of range for positional args tuple"),
                    )
                })?
            } else {
                match k
                    .iter()
                    .find(|(kn, _)| vm.str_contents(*kn) == Some(first.as_str()))
                {
                    Some(&(_, v)) => v,
                    None => {
                        let key = vm.new_string(first.clone());
                        return Err(vm.key_error(key));
                    }
                }
            };
            // Attribute and index lookups: `{0.x}`, `{0[1]}`.
            let mut r = rest;
            while !r.is_empty() {
                if let Some(stripped) = r.strip_prefix('.') {
                    let end = stripped.find(['.', '[']).unwrap_or(stripped.len());
                    v = vm.get_attr(v, &stripped[..end])?;
                    r = &stripped[end..];
                } else if let Some(stripped) = r.strip_prefix('[') {
                    let end = stripped.find(']').unwrap_or(stripped.len());
                    let key_s = &stripped[..end];
                    let key = match key_s.parse::<i64>() {
                        Ok(n) => Value::from_small_int(n),
                        Err(_) => vm.new_str(key_s),
                    };
                    v = vm.get_item(v, key)?;
                    r = stripped.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => {
                    let s = vm.repr_of(v)?;
                    vm.new_string(s)
                }
                Some('s') => {
                    let s = vm.str_of(v)?;
                    vm.new_string(s)
                }
                Some('a') => {
                    let s = vm.repr_of(v)?;
                    vm.new_string(super::builtins::ascii_escape(&s))
                }
                _ => v,
            };
            // Nested fields in the spec.
            let spec = if spec.contains('{') {
                let sv = vm.new_string(spec);
                let mut args2 = vec![sv];
                args2.extend_from_slice(&a[1..]);
                let r = str_format(vm, &args2, k)?;
                s(vm, r).to_string()
            } else {
                spec
            };
            out.push_str(&vm.format_to_string(v, &spec)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.new_string(out))
}

// ---- set ----------------------------------------------------------------------------

fn set_add(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.set, "set", "add")?;
    want(a, "set.add", 1, 1)?;
    vm.set_add(a[0], a[1])?;
    Ok(Value::NONE)
}

fn set_remove(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.set, "set", "remove")?;
    want(a, "set.remove", 1, 1)?;
    if !vm.set_discard(a[0], a[1])? {
        return Err(vm.key_error(a[1]));
    }
    Ok(Value::NONE)
}

fn set_discard(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.set, "set", "discard")?;
    want(a, "set.discard", 1, 1)?;
    vm.set_discard(a[0], a[1])?;
    Ok(Value::NONE)
}

fn set_pop(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.set, "set", "pop")?;
    match a[0].as_obj().map(|o| &o.data) {
        Some(ObjData::Set(s)) => s
            .get_mut()
            .pop()
            .ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set")),
        _ => Ok(Value::NONE),
    }
}

fn set_op(vm: &mut Vm, a: &[Value], op: crate::compile::bytecode::BinOp) -> PyResult<Value> {
    let mut acc = a[0];
    if a.len() == 1 {
        let items = vm.set_items(acc);
        return vm.set_from_values(&items);
    }
    for &other in &a[1..] {
        let o = match other.as_obj().map(|o| &o.data) {
            Some(ObjData::Set(_) | ObjData::FrozenSet(_)) => other,
            _ => {
                let items = vm.collect_iterable(other)?;
                vm.set_from_values(&items)?
            }
        };
        acc = vm.set_binary(op, acc, o)?;
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    set_op(vm, a, crate::compile::bytecode::BinOp::BitOr)
}
fn set_intersection(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    set_op(vm, a, crate::compile::bytecode::BinOp::BitAnd)
}
fn set_difference(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    set_op(vm, a, crate::compile::bytecode::BinOp::Sub)
}
fn set_symdiff(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want(a, "symmetric_difference", 1, 1)?;
    set_op(vm, a, crate::compile::bytecode::BinOp::BitXor)
}

fn set_issubset(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want(a, "issubset", 1, 1)?;
    for x in vm.set_items(a[0]) {
        if !vm.contains(a[1], x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_issuperset(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want(a, "issuperset", 1, 1)?;
    let items = vm.collect_iterable(a[1])?;
    for x in items {
        if !vm.set_contains(a[0], x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_update(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    self_check(vm, a, vm.types.set, "set", "update")?;
    for &o in &a[1..] {
        let items = vm.collect_iterable(o)?;
        for x in items {
            vm.set_add(a[0], x)?;
        }
    }
    Ok(Value::NONE)
}

fn set_copy(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let items = vm.set_items(a[0]);
    vm.set_from_values(&items)
}

fn set_clear(_vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if let Some(ObjData::Set(s)) = a[0].as_obj().map(|o| &o.data) {
        s.get_mut().clear();
    }
    Ok(Value::NONE)
}

// ---- generator ------------------------------------------------------------------------

fn gen_send(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want(a, "send", 1, 1)?;
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
    want(a, "throw", 1, 3)?;
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
    let t = (
        vm.types.list,
        vm.types.tuple,
        vm.types.dict,
        vm.types.str_,
        vm.types.set,
        vm.types.frozenset,
    );
    let groups: Vec<(Value, Vec<(&'static str, NativeFn)>)> = vec![
        (
            t.0,
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
            t.1,
            vec![("index", tuple_index as NativeFn), ("count", tuple_count)],
        ),
        (
            t.2,
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
            ],
        ),
        (
            t.3,
            vec![
                ("join", str_join as NativeFn),
                ("split", str_split),
                ("rsplit", str_rsplit),
                ("strip", str_strip),
                ("lstrip", str_lstrip),
                ("rstrip", str_rstrip),
                ("replace", str_replace),
                ("startswith", str_startswith),
                ("endswith", str_endswith),
                ("upper", str_upper),
                ("lower", str_lower),
                ("find", str_find),
                ("rfind", str_rfind),
                ("index", str_index),
                ("rindex", str_rindex),
                ("count", str_count),
                ("isdigit", str_isdigit),
                ("isalpha", str_isalpha),
                ("isspace", str_isspace),
                ("isalnum", str_isalnum),
                ("format", str_format),
            ],
        ),
        (
            t.4,
            vec![
                ("add", set_add as NativeFn),
                ("remove", set_remove),
                ("discard", set_discard),
                ("pop", set_pop),
                ("union", set_union),
                ("intersection", set_intersection),
                ("difference", set_difference),
                ("symmetric_difference", set_symdiff),
                ("issubset", set_issubset),
                ("issuperset", set_issuperset),
                ("update", set_update),
                ("copy", set_copy),
                ("clear", set_clear),
            ],
        ),
        (
            t.5,
            vec![
                ("union", set_union as NativeFn),
                ("intersection", set_intersection),
                ("difference", set_difference),
                ("symmetric_difference", set_symdiff),
                ("issubset", set_issubset),
                ("issuperset", set_issuperset),
                ("copy", set_copy),
            ],
        ),
    ];
    for (cls, methods) in groups {
        for (name, f) in methods {
            let v = vm.native(name, f);
            vm.set_class_attr(cls, name, v);
        }
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

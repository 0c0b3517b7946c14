//! Items and iteration: subscripts and slices, dict and set operations keyed by
//! Python hash and equality, the iterator protocol, unpacking.

use std::rc::Rc;

use num_traits::ToPrimitive;

use super::dict::DictObj;
use super::error::ExcKind;
use super::object::*;
use super::ops::{as_intref, index_of, IntRef};
use super::set::SetObj;
use super::value::Value;
use crate::compile::bytecode::BinOp;
use crate::interp::Vm;

/// A slice's parts as `PySlice_Unpack` gives them: each bound converted with
/// `__index__` (big ints clamped), `None` for a missing bound; the step is never 0.
pub type SliceParts = (Option<i64>, Option<i64>, i64);

/// `PySlice_Unpack`: converts the bounds (may run `__index__`, so callers convert
/// before borrowing a mutable payload).
pub fn slice_unpack(vm: &mut Vm, s: (Value, Value, Value)) -> PyResult<SliceParts> {
    use super::methods::slice_index;
    let step = match slice_index(vm, s.2, true)? {
        None => 1,
        Some(0) => return Err(PyErr::value_error("slice step cannot be zero")),
        // -i64::MAX keeps `-step` representable (CPython clamps to -PY_SSIZE_T_MAX).
        Some(st) => st.max(-i64::MAX),
    };
    let start = slice_index(vm, s.0, true)?;
    let stop = slice_index(vm, s.1, true)?;
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: (start, stop, step, length) for a sequence of `len` items.
pub fn slice_adjust(p: SliceParts, len: i64) -> (i64, i64, i64, i64) {
    let (start, stop, step) = p;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let conv = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => i.saturating_add(len).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = conv(start, if step < 0 { upper } else { lower });
    let stop = conv(stop, if step < 0 { lower } else { upper });
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    (start, stop, step, n)
}

/// Python's slice.indices(): (start, stop, step, length).
pub fn slice_indices(
    vm: &mut Vm,
    s: (Value, Value, Value),
    len: i64,
) -> PyResult<(i64, i64, i64, i64)> {
    let p = slice_unpack(vm, s)?;
    Ok(slice_adjust(p, len))
}

fn range_len_i64(r: &RangeObj) -> PyResult<i64> {
    i64::try_from(r.len()).map_err(|_| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

fn slice_parts(v: Value) -> Option<(Value, Value, Value)> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Slice(a, b, c)) => Some((*a, *b, *c)),
        _ => None,
    }
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

impl Vm {
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Some(o) = obj.as_obj() else {
            return self.getitem_fallback(obj, key);
        };
        match &o.data {
            ObjData::List(l) => {
                if let Some(s) = slice_parts(key) {
                    let p = slice_unpack(self, s)?;
                    let items = l.get();
                    let (start, _, step, n) = slice_adjust(p, items.len() as i64);
                    let out: Vec<Value> =
                        (0..n).map(|k| items[(start + k * step) as usize]).collect();
                    return Ok(self.new_list(out));
                }
                let i = index_of(self, key, "list")?;
                let items = l.get();
                match norm_index(i, items.len()) {
                    Some(j) => Ok(items[j]),
                    None => Err(PyErr::new(ExcKind::IndexError, "list index out of range")),
                }
            }
            ObjData::Tuple(t) => {
                if let Some(s) = slice_parts(key) {
                    let (start, _, step, n) = slice_indices(self, s, t.len() as i64)?;
                    let out: Vec<Value> = (0..n).map(|k| t[(start + k * step) as usize]).collect();
                    return Ok(self.new_tuple(out));
                }
                let i = index_of(self, key, "tuple")?;
                match norm_index(i, t.len()) {
                    Some(j) => Ok(t[j]),
                    None => Err(PyErr::new(ExcKind::IndexError, "tuple index out of range")),
                }
            }
            ObjData::Str(s) => {
                if let Some(sl) = slice_parts(key) {
                    let (start, _, step, n) = slice_indices(self, sl, s.nchars as i64)?;
                    let out: String = if s.is_ascii() {
                        let b = s.s.as_bytes();
                        (0..n)
                            .map(|k| b[(start + k * step) as usize] as char)
                            .collect()
                    } else {
                        let chars: Vec<char> = s.s.chars().collect();
                        (0..n).map(|k| chars[(start + k * step) as usize]).collect()
                    };
                    return Ok(self.new_string(out));
                }
                let i = index_of(self, key, "string")?;
                match norm_index(i, s.nchars) {
                    Some(j) => {
                        if s.is_ascii() {
                            let c = s.s.as_bytes()[j] as char;
                            Ok(self.new_string(c.to_string()))
                        } else {
                            let c = s.s.chars().nth(j).unwrap_or(' ');
                            Ok(self.new_string(c.to_string()))
                        }
                    }
                    None => Err(PyErr::new(ExcKind::IndexError, "string index out of range")),
                }
            }
            ObjData::Range(r) => {
                let r = **r;
                if let Some(sl) = slice_parts(key) {
                    let len = range_len_i64(&r)?;
                    let (start, stop, step, _) = slice_indices(self, sl, len)?;
                    let new_start = r.item(start as i128);
                    let new_step = r.step * step as i128;
                    let new_stop = r.item(stop as i128);
                    return Ok(self.heap.alloc(ObjData::Range(Box::new(RangeObj {
                        start: new_start,
                        stop: new_stop,
                        step: new_step,
                    }))));
                }
                let i = index_of(self, key, "range")? as i128;
                let len = r.len();
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(PyErr::new(
                        ExcKind::IndexError,
                        "range object index out of range",
                    ));
                }
                Ok(self.int_from_i128(r.item(j)))
            }
            ObjData::Dict(_) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key)),
            },
            _ => self.getitem_fallback(obj, key),
        }
    }

    fn getitem_fallback(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Some(ObjData::Instance(_)) = obj.as_obj().map(|o| &o.data) {
            if let Some(f) = self.user_special(obj, "__getitem__") {
                return self.call_value(f, &[obj, key], &[]);
            }
            if let Some(p) = self.payload_of(obj) {
                if matches!(p.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
                    if let Some(v) = self.dict_get(p, key)? {
                        return Ok(v);
                    }
                    // dict subclasses may supply missing keys.
                    if let Some(m) = self.user_special(obj, "__missing__") {
                        return self.call_value(m, &[obj, key], &[]);
                    }
                    return Err(self.key_error(key));
                }
                return self.get_item(p, key);
            }
        }
        if let Some(ObjData::Class(c)) = obj.as_obj().map(|o| &o.data) {
            let meta = c.meta.get();
            if !meta.is_none() {
                if let Some(f) = self.user_special_on_class(meta, "__getitem__") {
                    return self.call_value(f, &[obj, key], &[]);
                }
            }
            if let Some(f) = self.class_lookup(obj, "__class_getitem__") {
                let f = match f.as_obj().map(|o| &o.data) {
                    Some(ObjData::Instance(d)) => {
                        d.attrs.get().get("__func__").copied().unwrap_or(f)
                    }
                    _ => f,
                };
                return self.call_value(f, &[obj, key], &[]);
            }
            // `list[int]` and friends in annotations.
            return Ok(obj);
        }
        let tn = self.type_name(obj);
        Err(PyErr::type_error(format!(
            "'{tn}' object is not subscriptable"
        )))
    }

    pub fn set_item(&mut self, obj: Value, key: Value, val: Value) -> PyResult<()> {
        match obj.as_obj().map(|o| &o.data) {
            Some(ObjData::List(l)) => {
                if let Some(s) = slice_parts(key) {
                    let p = slice_unpack(self, s)?;
                    let new_items = self.collect_iterable(val)?;
                    let items = l.get_mut();
                    let (start, stop, step, n) = slice_adjust(p, items.len() as i64);
                    if step == 1 {
                        let stop = stop.max(start);
                        items.splice(start as usize..stop as usize, new_items);
                    } else {
                        if new_items.len() as i64 != n {
                            return Err(PyErr::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new_items.len(),
                                n
                            )));
                        }
                        for (k, v) in new_items.into_iter().enumerate() {
                            items[(start + k as i64 * step) as usize] = v;
                        }
                    }
                    return Ok(());
                }
                let i = index_of(self, key, "list")?;
                let items = l.get_mut();
                match norm_index(i, items.len()) {
                    Some(j) => {
                        items[j] = val;
                        Ok(())
                    }
                    None => Err(PyErr::new(
                        ExcKind::IndexError,
                        "list assignment index out of range",
                    )),
                }
            }
            Some(ObjData::Dict(_)) => self.dict_set(obj, key, val),
            Some(ObjData::Instance(_)) => {
                if let Some(f) = self.user_special(obj, "__setitem__") {
                    self.call_value(f, &[obj, key, val], &[])?;
                    return Ok(());
                }
                if let Some(p) = self.payload_of(obj) {
                    return self.set_item(p, key, val);
                }
                let tn = self.type_name(obj);
                Err(PyErr::type_error(format!(
                    "'{tn}' object does not support item assignment"
                )))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(PyErr::type_error(format!(
                    "'{tn}' object does not support item assignment"
                )))
            }
        }
    }

    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        match obj.as_obj().map(|o| &o.data) {
            Some(ObjData::List(l)) => {
                if let Some(s) = slice_parts(key) {
                    let p = slice_unpack(self, s)?;
                    let items = l.get_mut();
                    let (start, _, step, n) = slice_adjust(p, items.len() as i64);
                    let mut idx: Vec<usize> = (0..n).map(|k| (start + k * step) as usize).collect();
                    idx.sort_unstable();
                    for (removed, i) in idx.into_iter().enumerate() {
                        items.remove(i - removed);
                    }
                    return Ok(());
                }
                let i = index_of(self, key, "list")?;
                let items = l.get_mut();
                match norm_index(i, items.len()) {
                    Some(j) => {
                        items.remove(j);
                        Ok(())
                    }
                    None => Err(PyErr::new(
                        ExcKind::IndexError,
                        "list assignment index out of range",
                    )),
                }
            }
            Some(ObjData::Dict(_)) => match self.dict_remove(obj, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            },
            Some(ObjData::Instance(_)) => {
                if let Some(f) = self.user_special(obj, "__delitem__") {
                    self.call_value(f, &[obj, key], &[])?;
                    return Ok(());
                }
                if let Some(p) = self.payload_of(obj) {
                    return self.del_item(p, key);
                }
                let tn = self.type_name(obj);
                Err(PyErr::type_error(format!(
                    "'{tn}' object doesn't support item deletion"
                )))
            }
            _ => {
                let tn = self.type_name(obj);
                Err(PyErr::type_error(format!(
                    "'{tn}' object doesn't support item deletion"
                )))
            }
        }
    }

    // ---- dicts ------------------------------------------------------------------

    /// Equality for a key lookup, with user `__eq__` allowed (errors are kept).
    fn key_matcher(&mut self, key: Value) -> impl FnMut(&mut Vm, Value) -> PyResult<bool> {
        move |vm: &mut Vm, k: Value| match vm.pure_eq(k, key) {
            Some(b) => Ok(b),
            None => vm.eq(k, key),
        }
    }

    fn dict_find(&mut self, d: &DictObj, hash: i64, key: Value) -> PyResult<Option<usize>> {
        // Pure keys compare inside the table; others are compared outside it.
        let mut needs_user = false;
        let found = d.find(hash, &mut |k| match self.pure_eq(k, key) {
            Some(b) => b,
            None => {
                needs_user = true;
                false
            }
        });
        if found.is_some() || !needs_user {
            return Ok(found);
        }
        let candidates: Vec<(usize, Value)> = (0..d.len())
            .filter(|&i| d.hash_at(i) == hash)
            .filter_map(|i| d.entry_at(i).map(|(k, _)| (i, k)))
            .collect();
        let mut m = self.key_matcher(key);
        for (i, k) in candidates {
            if m(self, k)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    pub fn dict_of<'a>(&self, d: Value) -> &'a Mut<DictObj> {
        match d.as_obj().map(|o| &o.data) {
            Some(ObjData::Dict(x)) => x,
            Some(ObjData::Instance(i)) if !i.payload.is_empty() => self.dict_of(i.payload),
            _ => panic!("dict_of on a non-dict"),
        }
    }

    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash_of(key)?;
        let dict = self.dict_of(d);
        let i = self.dict_find(dict.get(), h, key)?;
        Ok(i.and_then(|i| dict.get().entry_at(i)).map(|(_, v)| v))
    }

    pub fn dict_set(&mut self, d: Value, key: Value, val: Value) -> PyResult<()> {
        let h = self.hash_of(key)?;
        let dict = self.dict_of(d);
        match self.dict_find(dict.get(), h, key)? {
            Some(i) => dict.get_mut().set_value_at(i, val),
            None => {
                dict.get_mut().insert(h, key, val, &mut |_| false);
                self.heap.note_growth(32);
            }
        }
        if let Some(owner) = dict.get().owner {
            self.owner_attr_changed(owner, key, Some(val));
        }
        Ok(())
    }

    /// Applies a store (`Some`) or deletion (`None`) made through an instance's
    /// `__dict__` to the instance's attributes. Keys that are not strings have
    /// no attribute to mirror.
    pub(crate) fn owner_attr_changed(&mut self, owner: Value, key: Value, val: Option<Value>) {
        let Some(name) = self.str_contents(key) else {
            return;
        };
        if let Some(ObjData::Instance(inst)) = owner.as_obj().map(|o| &o.data) {
            let attrs = inst.attrs.get_mut();
            match val {
                Some(v) => attrs.insert(Rc::from(name), v),
                None => {
                    attrs.shift_remove(name);
                }
            }
        }
    }

    pub fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash_of(key)?;
        let dict = self.dict_of(d);
        match self.dict_find(dict.get(), h, key)? {
            Some(i) => {
                let (k, _) = dict.get().entry_at(i).expect("entry");
                let removed = dict.get_mut().remove(h, &mut |x| x == k).map(|(_, v)| v);
                if let Some(owner) = dict.get().owner {
                    self.owner_attr_changed(owner, k, None);
                }
                Ok(removed)
            }
            None => Ok(None),
        }
    }

    /// `d.update(src)` / `{**src}`: a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: Value, src: Value, mapping_only: bool) -> PyResult<()> {
        if let Some(ObjData::Dict(s)) = src.as_obj().map(|o| &o.data) {
            let items: Vec<(Value, Value)> = s.get().iter().collect();
            for (k, v) in items {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if mapping_only || self.lookup_special(src, "keys").is_some() {
            if let Some(keys_f) = self.get_attr_opt(src, "keys")? {
                let keys = self.call_value(keys_f, &[], &[])?;
                let keys = self.collect_iterable(keys)?;
                for k in keys {
                    let v = self.get_item(src, k)?;
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
            let tn = self.type_name(src);
            return Err(PyErr::type_error(format!("'{tn}' object is not a mapping")));
        }
        let items = self.collect_iterable(src)?;
        for (n, item) in items.into_iter().enumerate() {
            let pair = match self.collect_iterable(item) {
                Ok(p) => p,
                Err(_) => {
                    let tn = self.type_name(item);
                    return Err(PyErr::type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    ))
                    .or_type(tn));
                }
            };
            if pair.len() != 2 {
                return Err(PyErr::value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    pair.len()
                )));
            }
            self.dict_set(d, pair[0], pair[1])?;
        }
        Ok(())
    }

    pub fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (da, db) = (self.dict_of(a), self.dict_of(b));
        if da.get().len() != db.get().len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = da.get().iter().collect();
        for (k, v) in items {
            match self.dict_get(b, k)? {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---- sets -----------------------------------------------------------------------

    fn set_payload<'a>(&self, s: Value) -> Option<&'a SetObj> {
        match s.as_obj().map(|o| &o.data) {
            Some(ObjData::Set(x)) => Some(x.get()),
            Some(ObjData::FrozenSet(x)) => Some(x),
            _ => None,
        }
    }

    /// Finds the stored key equal to `item` (hash `h`), running user `__eq__`
    /// outside the table when a pure comparison cannot decide.
    fn set_find(&mut self, s: Value, h: i64, item: Value) -> PyResult<Option<Value>> {
        let Some(set) = self.set_payload(s) else {
            return Ok(None);
        };
        let mut needs_user = false;
        let mut found = None;
        {
            let vm: &Vm = self;
            let mut eq = |stored: &Value, probe: &Value| -> Result<bool, ()> {
                match vm.pure_eq(*stored, *probe) {
                    Some(b) => {
                        if b {
                            found = Some(*stored);
                        }
                        Ok(b)
                    }
                    None => {
                        needs_user = true;
                        Ok(false)
                    }
                }
            };
            let _ = set.table.contains(h, &item, &mut eq);
        }
        if found.is_some() || !needs_user {
            return Ok(found);
        }
        let candidates: Vec<Value> = set
            .iter_hashed()
            .filter(|(hh, _)| *hh == h)
            .map(|(_, k)| k)
            .collect();
        for k in candidates {
            if self.eq(k, item)? {
                return Ok(Some(k));
            }
        }
        Ok(None)
    }

    pub fn set_contains(&mut self, s: Value, item: Value) -> PyResult<bool> {
        let h = self.hash_of(item)?;
        Ok(self.set_find(s, h, item)?.is_some())
    }

    pub fn set_add(&mut self, s: Value, item: Value) -> PyResult<()> {
        let h = self.hash_of(item)?;
        if self.set_find(s, h, item)?.is_some() {
            return Ok(());
        }
        if let Some(ObjData::Set(x)) = s.as_obj().map(|o| &o.data) {
            // Known absent: no comparison can succeed.
            x.get_mut().insert(h, item, &mut |_, _| Ok(false));
            self.heap.note_growth(24);
        }
        Ok(())
    }

    pub fn set_discard(&mut self, s: Value, item: Value) -> PyResult<bool> {
        let h = self.hash_of(item)?;
        let Some(stored) = self.set_find(s, h, item)? else {
            return Ok(false);
        };
        if let Some(ObjData::Set(x)) = s.as_obj().map(|o| &o.data) {
            return Ok(x.get_mut().remove(h, stored, &mut |a, b| Ok(a == b)));
        }
        Ok(false)
    }

    pub fn set_from_values(&mut self, items: &[Value]) -> PyResult<Value> {
        let s = self.new_set(SetObj::new());
        for &it in items {
            self.set_add(s, it)?;
        }
        Ok(s)
    }

    /// A set display of constants, laid out as CPython's compiler builds it.
    pub fn constant_set(&mut self, items: &[Value]) -> PyResult<Value> {
        let mut hashed = Vec::with_capacity(items.len());
        for &it in items {
            hashed.push((self.hash_of(it)?, it));
        }
        let vm: &Vm = self;
        let mut eq =
            |a: &Value, b: &Value| -> Result<bool, ()> { Ok(vm.pure_eq(*a, *b).unwrap_or(a == b)) };
        let table =
            super::settable::SetTable::constant_set_display(&hashed, &mut eq).unwrap_or_default();
        Ok(self.new_set(SetObj::from_table(table)))
    }

    pub fn set_items(&self, s: Value) -> Vec<Value> {
        self.set_payload(s)
            .map(|x| x.iter().collect())
            .unwrap_or_default()
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on two sets (see `methods::set_operator`).
    pub fn set_binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        super::methods::set_operator(self, op, a, b)
    }

    /// `a |= b`, `a &= b`, `a -= b`, `a ^= b` on a set, with CPython's table effects.
    pub fn set_inplace(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<()> {
        super::methods::set_inplace_operator(self, op, a, b)
    }

    pub fn set_compare(
        &mut self,
        op: crate::compile::bytecode::CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        use crate::compile::bytecode::CmpOp;
        let (xa, xb) = (self.set_items(a), self.set_items(b));
        let mut a_in_b = true;
        for v in &xa {
            if !self.set_contains(b, *v)? {
                a_in_b = false;
                break;
            }
        }
        let mut b_in_a = true;
        for v in &xb {
            if !self.set_contains(a, *v)? {
                b_in_a = false;
                break;
            }
        }
        let r = match op {
            CmpOp::Eq => a_in_b && b_in_a,
            CmpOp::Ne => !(a_in_b && b_in_a),
            CmpOp::Le => a_in_b,
            CmpOp::Lt => a_in_b && !b_in_a,
            CmpOp::Ge => b_in_a,
            CmpOp::Gt => b_in_a && !a_in_b,
            _ => false,
        };
        Ok(Value::from_bool(r))
    }

    // ---- iteration --------------------------------------------------------------

    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let Some(o) = v.as_obj() else {
            let tn = self.type_name(v);
            return Err(PyErr::type_error(format!("'{tn}' object is not iterable")));
        };
        let st = match &o.data {
            ObjData::Range(r) => match r.as_i64() {
                Some((cur, stop, step)) => IterState::Range { cur, stop, step },
                None => IterState::Seq { seq: v, idx: 0 },
            },
            ObjData::List(_) | ObjData::Tuple(_) => IterState::Seq { seq: v, idx: 0 },
            ObjData::Str(_) => IterState::Str { s: v, byte_idx: 0 },
            ObjData::Dict(d) => IterState::DictKeys {
                dict: v,
                idx: 0,
                len: d.get().len(),
            },
            ObjData::Set(s) => IterState::Set {
                set: v,
                idx: 0,
                len: s.get().len(),
            },
            ObjData::FrozenSet(s) => IterState::Set {
                set: v,
                idx: 0,
                len: s.len(),
            },
            ObjData::DictView(kind, d) => {
                let (dict, len) = (*d, self.dict_of(*d).get().len());
                match kind {
                    ViewKind::Keys => IterState::DictKeys { dict, idx: 0, len },
                    ViewKind::Values => IterState::DictValues { dict, idx: 0, len },
                    ViewKind::Items => IterState::DictItems { dict, idx: 0, len },
                }
            }
            ObjData::Iter(_) | ObjData::Generator(_) => return Ok(v),
            ObjData::Class(c) if !c.meta.get().is_none() => {
                if let Some(f) = self.user_special_on_class(c.meta.get(), "__iter__") {
                    return self.call_value(f, &[v], &[]);
                }
                let tn = self.type_name(v);
                return Err(PyErr::type_error(format!("'{tn}' object is not iterable")));
            }
            ObjData::Instance(_) => {
                if self.user_special(v, "__iter__").is_none() {
                    if let Some(p) = self.payload_of(v) {
                        return self.get_iter(p);
                    }
                }
                if let Some(f) = self.lookup_special(v, "__iter__") {
                    let it = self.call_value(f, &[v], &[])?;
                    if self.lookup_special(it, "__next__").is_none()
                        && !matches!(it.as_obj().map(|o| &o.data), Some(ObjData::Iter(_)))
                    {
                        let tn = self.type_name(it);
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{tn}'"
                        )));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    return Ok(self.new_iter(IterState::Seq { seq: v, idx: 0 }));
                }
                let tn = self.type_name(v);
                return Err(PyErr::type_error(format!("'{tn}' object is not iterable")));
            }
            _ => {
                let tn = self.type_name(v);
                return Err(PyErr::type_error(format!("'{tn}' object is not iterable")));
            }
        };
        Ok(self.new_iter(st))
    }

    /// The next item, or None when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if let Some(ObjData::Generator(_)) = it.as_obj().map(|o| &o.data) {
            return self.resume_generator(it, Value::NONE);
        }
        let Some(ObjData::Iter(st)) = it.as_obj().map(|o| &o.data) else {
            if let Some(f) = self.lookup_special(it, "__next__") {
                return match self.call_value(f, &[it], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        if self.is_stop_iteration(&e) {
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                };
            }
            let tn = self.type_name(it);
            return Err(PyErr::type_error(format!(
                "'{tn}' object is not an iterator"
            )));
        };
        let state = st.get_mut();
        match state {
            IterState::Range { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur = c + *step;
                    Ok(Some(self.int_value(c)))
                } else {
                    Ok(None)
                }
            }
            IterState::Seq { seq, idx } => {
                let (seq, i) = (*seq, *idx);
                match seq.as_obj().map(|o| &o.data) {
                    Some(ObjData::List(l)) => {
                        let items = l.get();
                        if i < items.len() {
                            *idx += 1;
                            Ok(Some(items[i]))
                        } else {
                            *state = IterState::Exhausted;
                            Ok(None)
                        }
                    }
                    Some(ObjData::Tuple(t)) => {
                        if i < t.len() {
                            *idx += 1;
                            Ok(Some(t[i]))
                        } else {
                            *state = IterState::Exhausted;
                            Ok(None)
                        }
                    }
                    _ => {
                        // Old-style iteration through __getitem__.
                        *idx += 1;
                        let k = self.int_value(i as i64);
                        match self.get_item(seq, k) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) => {
                                if self.is_exc_kind(&e, ExcKind::IndexError)
                                    || self.is_stop_iteration(&e)
                                {
                                    Ok(None)
                                } else {
                                    Err(e)
                                }
                            }
                        }
                    }
                }
            }
            IterState::Str { s, byte_idx } => {
                let text = self.str_contents(*s).unwrap_or("");
                match text[*byte_idx..].chars().next() {
                    Some(c) => {
                        *byte_idx += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Ok(Some(self.new_str(c.encode_utf8(&mut buf))))
                    }
                    None => Ok(None),
                }
            }
            IterState::DictKeys { dict, idx, len }
            | IterState::DictValues { dict, idx, len }
            | IterState::DictItems { dict, idx, len } => {
                let d = self.dict_of(*dict).get();
                if d.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                match d.entry_at(*idx) {
                    Some((k, v)) => {
                        *idx += 1;
                        Ok(Some(match state {
                            IterState::DictKeys { .. } => k,
                            IterState::DictValues { .. } => v,
                            _ => self.new_tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, idx, len } => {
                let Some(s) = self.set_payload(*set) else {
                    return Ok(None);
                };
                if s.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "Set changed size during iteration",
                    ));
                }
                match s.next_from(*idx) {
                    Some((next, v)) => {
                        *idx = next;
                        Ok(Some(v))
                    }
                    None => Ok(None),
                }
            }
            IterState::Reversed { seq, idx } => {
                if *idx == 0 {
                    return Ok(None);
                }
                *idx -= 1;
                let (seq, i) = (*seq, *idx);
                match seq.as_obj().map(|o| &o.data) {
                    Some(ObjData::List(l)) => Ok(l.get().get(i).copied()),
                    _ => {
                        let k = self.int_value(i as i64);
                        self.get_item(seq, k).map(Some)
                    }
                }
            }
            IterState::Enumerate { it: inner, n } => {
                let (inner, cur) = (*inner, *n);
                match self.iter_next(inner)? {
                    Some(v) => {
                        let next = self.binary_op(BinOp::Add, cur, Value::from_small_int(1))?;
                        if let Some(ObjData::Iter(st)) = it.as_obj().map(|o| &o.data) {
                            if let IterState::Enumerate { n, .. } = st.get_mut() {
                                *n = next;
                            }
                        }
                        Ok(Some(self.new_tuple(vec![cur, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (pos, &i) in its.iter().enumerate() {
                    match self.iter_next(i)? {
                        Some(v) => out.push(v),
                        None if strict => return zip_strict_end(self, &its, pos),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.new_tuple(out)))
            }
            IterState::Map { func, its } => {
                let (func, its) = (*func, its.clone());
                let mut args = Vec::with_capacity(its.len());
                for i in its {
                    match self.iter_next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value(func, &args, &[]).map(Some)
            }
            IterState::Filter { func, it: inner } => {
                let (func, inner) = (*func, *inner);
                loop {
                    let Some(v) = self.iter_next(inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.truthy(v)?
                    } else {
                        let r = self.call_value(func, &[v], &[])?;
                        self.truthy(r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                let v = self.call_value(func, &[], &[])?;
                if self.eq(v, sentinel)? {
                    if let Some(ObjData::Iter(st)) = it.as_obj().map(|o| &o.data) {
                        *st.get_mut() = IterState::Exhausted;
                    }
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            IterState::Exhausted => Ok(None),
        }
    }

    pub fn is_exc_kind(&mut self, e: &PyErr, kind: ExcKind) -> bool {
        match e {
            PyErr::Native(n) => {
                let c = self.exc_class(n.kind);
                self.is_subclass(c, self.exc_class(kind))
            }
            PyErr::Raised(v) => self.is_instance_of(*v, self.exc_class(kind)),
        }
    }

    /// `StopIteration.value`: its first argument, or None.
    pub fn stop_iteration_value(&mut self, exc: Value) -> Value {
        let args = self
            .exc_state(exc)
            .map(|s| s.get().args)
            .unwrap_or(Value::NONE);
        self.tuple_items(args)
            .first()
            .copied()
            .unwrap_or(Value::NONE)
    }

    pub fn is_stop_iteration(&mut self, e: &PyErr) -> bool {
        self.is_exc_kind(e, ExcKind::StopIteration)
    }

    /// All items of an iterable (lists and tuples without going through iterators).
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::List(l)) => return Ok(l.get().clone()),
            Some(ObjData::Tuple(t)) => return Ok(t.to_vec()),
            _ => {}
        }
        let mut out = vec![];
        if let Some(ObjData::Range(r)) = v.as_obj().map(|o| &o.data) {
            // Reserve the whole length up front, as CPython's length hint does: an
            // absurd range is a MemoryError at once, not memory exhaustion (or an
            // abort when growing the vector finally fails).
            let len = range_len_i64(r)?;
            super::limits::reserve_items(&mut out, len as usize)?;
        }
        let it = self.get_iter(v)?;
        self.extra_roots.push(it);
        let r = (|| {
            while let Some(x) = self.iter_next(it)? {
                out.push(x);
            }
            Ok(())
        })();
        self.extra_roots.pop();
        r.map(|_| out)
    }

    pub fn unpack(
        &mut self,
        v: Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = match self.collect_iterable(v) {
            Ok(i) => i,
            Err(e) => {
                if self.is_exc_kind(&e, ExcKind::TypeError) && !self.is_iterable(v) {
                    let tn = self.type_name(v);
                    return Err(PyErr::type_error(format!(
                        "cannot unpack non-iterable {tn} object"
                    )));
                }
                return Err(e);
            }
        };
        match after {
            None => {
                if items.len() == before {
                    Ok(items)
                } else if items.len() > before {
                    Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {before})"
                    )))
                } else {
                    Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )))
                }
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out = items[..before].to_vec();
                let mid = items[before..items.len() - after].to_vec();
                let l = self.new_list(mid);
                out.push(l);
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    fn is_iterable(&self, v: Value) -> bool {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Instance(_)) => {
                self.lookup_special(v, "__iter__").is_some()
                    || self.lookup_special(v, "__getitem__").is_some()
            }
            Some(
                ObjData::List(_)
                | ObjData::Tuple(_)
                | ObjData::Str(_)
                | ObjData::Dict(_)
                | ObjData::Set(_)
                | ObjData::FrozenSet(_)
                | ObjData::Range(_)
                | ObjData::Iter(_)
                | ObjData::Generator(_)
                | ObjData::DictView(..),
            ) => true,
            _ => false,
        }
    }

    /// `len(v)`.
    pub fn len_of(&mut self, v: Value) -> PyResult<usize> {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Str(s)) => Ok(s.nchars),
            Some(ObjData::List(l)) => Ok(l.get().len()),
            Some(ObjData::Tuple(t)) => Ok(t.len()),
            Some(ObjData::Dict(d)) => Ok(d.get().len()),
            Some(ObjData::Set(s)) => Ok(s.get().len()),
            Some(ObjData::FrozenSet(s)) => Ok(s.len()),
            Some(ObjData::Range(r)) => Ok(range_len_i64(r)? as usize),
            Some(ObjData::Class(c)) if !c.meta.get().is_none() => {
                match self.user_special_on_class(c.meta.get(), "__len__") {
                    Some(f) => {
                        let r = self.call_value(f, &[v], &[])?;
                        Ok(super::ops::index_of(self, r, "len")?.max(0) as usize)
                    }
                    None => {
                        let tn = self.type_name(v);
                        Err(PyErr::type_error(format!(
                            "object of type '{tn}' has no len()"
                        )))
                    }
                }
            }
            Some(ObjData::DictView(_, d)) => Ok(self.dict_of(*d).get().len()),
            Some(ObjData::Instance(_)) => {
                if self.user_special(v, "__len__").is_none() {
                    if let Some(p) = self.payload_of(v) {
                        return self.len_of(p);
                    }
                }
                if let Some(f) = self.lookup_special(v, "__len__") {
                    let r = self.call_value(f, &[v], &[])?;
                    return match as_intref(r) {
                        Some(IntRef::Small(n)) if n >= 0 => Ok(n as usize),
                        Some(IntRef::Small(_)) => {
                            Err(PyErr::value_error("__len__() should return >= 0"))
                        }
                        Some(IntRef::Big(b)) => Err(PyErr::new(
                            ExcKind::OverflowError,
                            if b.to_i64().is_none() {
                                "cannot fit 'int' into an index-sized integer"
                            } else {
                                ""
                            },
                        )),
                        None => {
                            let tn = self.type_name(r);
                            Err(PyErr::type_error(format!(
                                "'{tn}' object cannot be interpreted as an integer"
                            )))
                        }
                    };
                }
                let tn = self.type_name(v);
                Err(PyErr::type_error(format!(
                    "object of type '{tn}' has no len()"
                )))
            }
            _ => {
                let tn = self.type_name(v);
                Err(PyErr::type_error(format!(
                    "object of type '{tn}' has no len()"
                )))
            }
        }
    }
}

trait OrType {
    fn or_type(self, tn: std::rc::Rc<str>) -> Self;
}
impl OrType for PyErr {
    fn or_type(self, _tn: std::rc::Rc<str>) -> Self {
        self
    }
}

/// The end of a strict `zip`: input `pos` ran out first. Fine when every input
/// ends at the same step; otherwise CPython's ValueError naming the odd one.
fn zip_strict_end(vm: &mut Vm, its: &[Value], pos: usize) -> PyResult<Option<Value>> {
    let plural = |i: usize| if i == 1 { " " } else { "s 1-" };
    if pos > 0 {
        return Err(PyErr::value_error(format!(
            "zip() argument {} is shorter than argument{}{}",
            pos + 1,
            plural(pos),
            pos
        )));
    }
    for (i, &it) in its.iter().enumerate().skip(1) {
        if vm.iter_next(it)?.is_some() {
            return Err(PyErr::value_error(format!(
                "zip() argument {} is longer than argument{}{}",
                i + 1,
                plural(i),
                i
            )));
        }
    }
    Ok(None)
}

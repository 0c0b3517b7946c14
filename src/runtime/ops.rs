//! Operator semantics shared by the interpreter and (later) the JIT's generic
//! helpers: arithmetic, comparison, truth, hashing, `repr`/`str`, items, attributes
//! and iteration, with CPython's results and error messages.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::error::ExcKind;
use super::numfmt;
use super::object::*;
use super::strrepr::str_repr;
use super::value::Value;
use crate::compile::bytecode::{BinOp, CmpOp, UnOp};
use crate::interp::Vm;

/// Items (32 GiB of values) past which a list or tuple repetition is a MemoryError
/// before anything is allocated, as CPython's would fail in malloc.
const MAX_REPEAT_ITEMS: usize = 1 << 32;

/// An int operand, borrowed: inline or big.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(*i as f64),
            IntRef::Big(b) => super::intops::int_to_f64(b).map_err(PyErr::from),
        }
    }
}

/// The int inside an int, a bool, or an instance of a subclass of int.
pub fn as_intref<'a>(v: Value) -> Option<IntRef<'a>> {
    plain_intref(v).or_else(|| match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Instance(i)) if !i.payload.is_empty() => as_intref(i.payload),
        _ => None,
    })
}

/// An int, bool or big int (not an instance of an int subclass).
fn plain_intref<'a>(v: Value) -> Option<IntRef<'a>> {
    if v.is_int() {
        Some(IntRef::Small(v.as_int()))
    } else if v.is_bool() {
        Some(IntRef::Small(v.as_bool() as i64))
    } else {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::BigInt(b)) => Some(IntRef::Big(b)),
            _ => None,
        }
    }
}

/// The int as an i128, when it fits.
fn intref_i128(i: &IntRef) -> Option<i128> {
    match i {
        IntRef::Small(x) => Some(*x as i128),
        IntRef::Big(b) => b.to_i128(),
    }
}

fn is_instance(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Instance(_)))
}

pub fn is_intlike(v: Value) -> bool {
    v.is_int() || v.is_bool() || matches!(v.as_obj().map(|o| &o.data), Some(ObjData::BigInt(_)))
}

impl Vm {
    // ---- small accessors ------------------------------------------------------------

    pub fn str_contents<'a>(&self, v: Value) -> Option<&'a str> {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Str(s)) => Some(&s.s),
            _ => None,
        }
    }

    pub fn tuple_items<'a>(&self, v: Value) -> &'a [Value] {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Tuple(t)) => t,
            _ => &[],
        }
    }

    pub fn int_of(&mut self, r: IntRef) -> Value {
        match r {
            IntRef::Small(i) => self.int_value(i),
            IntRef::Big(b) => self.bigint_value(b.clone()),
        }
    }

    // ---- arithmetic -------------------------------------------------------------------

    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        // Instances (subclasses of int included) go through their special methods
        // first; the built-in payload is the fallback there.
        let (name, rname, _) = op.dunder();
        if (is_instance(a) && self.user_special(a, name).is_some())
            || (is_instance(b) && self.user_special(b, rname).is_some())
        {
            return self.binary_dunder(op, a, b, false);
        }
        if let Some(v) = self.numeric_binary(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.sequence_binary(op, a, b)? {
            return Ok(v);
        }
        self.binary_dunder(op, a, b, false)
    }

    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        // Lists extend in place; sets and dicts update in place.
        match (op, a.as_obj().map(|o| &o.data)) {
            (BinOp::Add, Some(ObjData::List(l))) => {
                let items = self.collect_iterable(b)?;
                l.get_mut().extend(items);
                return Ok(a);
            }
            (BinOp::Mul, Some(ObjData::List(l))) => {
                let n = self.repeat_count(b)?;
                let cur = l.get().clone();
                if cur.len().saturating_mul(n) > MAX_REPEAT_ITEMS {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                // `repeat` doubles: an empty list times 2**62 is instant.
                *l.get_mut() = cur.repeat(n);
                return Ok(a);
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Some(ObjData::Set(_))) => {
                if matches!(
                    b.as_obj().map(|o| &o.data),
                    Some(ObjData::Set(_) | ObjData::FrozenSet(_))
                ) {
                    self.set_inplace(op, a, b)?;
                    return Ok(a);
                }
            }
            (BinOp::BitOr, Some(ObjData::Dict(_))) => {
                if matches!(b.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
                    self.dict_update_from(a, b, false)?;
                    return Ok(a);
                }
            }
            _ => {}
        }
        if let Some(v) = self.numeric_binary(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.sequence_binary(op, a, b)? {
            return Ok(v);
        }
        self.binary_dunder(op, a, b, true)
    }

    fn binary_dunder(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        let (name, rname, iname) = op.dunder();
        if inplace {
            if let Some(f) = self.lookup_special(a, iname) {
                let r = self.call_value(f, &[a, b], &[])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let user_a = matches!(a.as_obj().map(|o| &o.data), Some(ObjData::Instance(_)));
        let user_b = matches!(b.as_obj().map(|o| &o.data), Some(ObjData::Instance(_)));
        // A subclass's reflected method goes first.
        if user_b && ta != tb && self.is_subclass(tb, ta) {
            if let Some(f) = self.lookup_special(b, rname) {
                let r = self.call_value(f, &[b, a], &[])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        if user_a {
            if let Some(f) = self.lookup_special(a, name) {
                let r = self.call_value(f, &[a, b], &[])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        if user_b && ta != tb {
            if let Some(f) = self.lookup_special(b, rname) {
                let r = self.call_value(f, &[b, a], &[])?;
                if r != self.not_implemented {
                    return Ok(r);
                }
            }
        }
        // `int | None` in annotations: a union of types.
        if op == BinOp::BitOr && !inplace && self.is_union_operand(a) && self.is_union_operand(b) {
            return Ok(super::descriptors::make_union(self, a, b));
        }
        // Subclasses of built-in types fall back to their built-in payload.
        let (pa, pb) = (self.payload_of(a), self.payload_of(b));
        if pa.is_some() || pb.is_some() {
            let (x, y) = (pa.unwrap_or(a), pb.unwrap_or(b));
            let r = if inplace {
                self.inplace_op(op, x, y)
            } else {
                self.binary_op(op, x, y)
            };
            match r {
                // In-place on a mutable payload: the result is the instance itself.
                Ok(v) if inplace && pa.is_some() && Some(v) == pa => return Ok(a),
                Ok(v) => return Ok(v),
                // The error names the operands' own types, below.
                Err(e) if self.is_exc_kind(&e, ExcKind::TypeError) => {}
                Err(e) => return Err(e),
            }
        }
        let sym = if inplace {
            match op {
                BinOp::Pow => "**=".to_string(),
                _ => format!("{}=", op.symbol()),
            }
        } else {
            op.symbol().to_string()
        };
        let (na, nb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && (self.str_contents(a).is_some()) {
            return Err(PyErr::type_error(format!(
                "can only concatenate str (not \"{nb}\") to str"
            )));
        }
        if op == BinOp::Add && matches!(a.as_obj().map(|o| &o.data), Some(ObjData::List(_))) {
            return Err(PyErr::type_error(format!(
                "can only concatenate list (not \"{nb}\") to list"
            )));
        }
        if op == BinOp::Add && matches!(a.as_obj().map(|o| &o.data), Some(ObjData::Tuple(_))) {
            return Err(PyErr::type_error(format!(
                "can only concatenate tuple (not \"{nb}\") to tuple"
            )));
        }
        if op == BinOp::Mul && (self.is_sequence(a) || self.is_sequence(b)) {
            let other = if self.is_sequence(a) {
                nb.clone()
            } else {
                na.clone()
            };
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            )));
        }
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
        )))
    }

    fn is_sequence(&self, v: Value) -> bool {
        matches!(
            v.as_obj().map(|o| &o.data),
            Some(ObjData::List(_) | ObjData::Tuple(_) | ObjData::Str(_))
        )
    }

    /// An int, or an instance whose class defines `__index__` (a repeat count).
    fn index_like(&self, v: Value) -> bool {
        is_intlike(v) || (is_instance(v) && self.user_special(v, "__index__").is_some())
    }

    fn repeat_count(&mut self, b: Value) -> PyResult<usize> {
        let b = if is_intlike(b) {
            b
        } else if let Some(p) = self.payload_of(b).filter(|p| is_intlike(*p)) {
            p
        } else {
            match super::methods::call_index(self, b)? {
                Some(r) => r,
                None => {
                    let tn = self.type_name(b);
                    return Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{tn}'"
                    )));
                }
            }
        };
        match as_intref(b) {
            Some(IntRef::Small(n)) => Ok(n.max(0) as usize),
            // CPython converts to Py_ssize_t: anything that fits is a count (too
            // big to allocate is then a MemoryError), anything else overflows.
            Some(IntRef::Big(n)) => match i64::try_from(n) {
                Ok(n) => Ok(n.max(0) as usize),
                Err(_) => Err(PyErr::new(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )),
            },
            None => Ok(0),
        }
    }

    pub(crate) fn sequence_binary(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        let (da, db) = (a.as_obj().map(|o| &o.data), b.as_obj().map(|o| &o.data));
        match (op, da, db) {
            (BinOp::Add, Some(ObjData::Str(x)), Some(ObjData::Str(y))) => {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                Ok(Some(self.new_string(s)))
            }
            (BinOp::Add, Some(ObjData::List(x)), Some(ObjData::List(y))) => {
                let mut v = x.get().clone();
                v.extend_from_slice(y.get());
                Ok(Some(self.new_list(v)))
            }
            (BinOp::Add, Some(ObjData::Tuple(x)), Some(ObjData::Tuple(y))) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Ok(Some(self.new_tuple(v)))
            }
            (BinOp::Mul, Some(ObjData::Str(_) | ObjData::List(_) | ObjData::Tuple(_)), _)
                if self.index_like(b) =>
            {
                let n = self.repeat_count(b)?;
                Ok(Some(self.repeat(a, n)?))
            }
            (BinOp::Mul, _, Some(ObjData::Str(_) | ObjData::List(_) | ObjData::Tuple(_)))
                if self.index_like(a) =>
            {
                let n = self.repeat_count(a)?;
                Ok(Some(self.repeat(b, n)?))
            }
            (BinOp::Mod, Some(ObjData::Str(x)), _) => {
                let s = x.s.clone();
                Ok(Some(super::builtins::percent_format(self, &s, b)?))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Some(ObjData::Set(_) | ObjData::FrozenSet(_)),
                Some(ObjData::Set(_) | ObjData::FrozenSet(_)),
            ) => Ok(Some(self.set_binary(op, a, b)?)),
            (BinOp::BitOr, Some(ObjData::Dict(x)), Some(ObjData::Dict(_))) => {
                let d = self.new_dict(x.get().clone());
                self.dict_update_from(d, b, false)?;
                Ok(Some(d))
            }
            _ if super::methods::is_set_view(a) || super::methods::is_set_view(b) => {
                super::methods::view_binary(self, op, a, b)
            }
            _ => Ok(None),
        }
    }

    fn repeat(&mut self, seq: Value, n: usize) -> PyResult<Value> {
        match seq.as_obj().map(|o| &o.data) {
            Some(ObjData::Str(s)) => {
                if s.s.len().saturating_mul(n) > (1 << 34) {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                let r = s.s.repeat(n);
                Ok(self.new_string(r))
            }
            Some(ObjData::List(l)) => {
                let items = l.get();
                if items.len().saturating_mul(n) > MAX_REPEAT_ITEMS {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                // `repeat` doubles: an empty list times 2**62 is instant.
                let out = items.repeat(n);
                Ok(self.new_list(out))
            }
            Some(ObjData::Tuple(t)) => {
                if t.len().saturating_mul(n) > MAX_REPEAT_ITEMS {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                let out = t.repeat(n);
                Ok(self.new_tuple(out))
            }
            _ => Ok(seq),
        }
    }

    /// Arithmetic on ints (inline and big), bools and floats; `None` if either
    /// operand is not a number.
    pub fn numeric_binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let af = a.is_float();
        let bf = b.is_float();
        if (af || bf)
            && matches!(
                op,
                BinOp::LShift
                    | BinOp::RShift
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::MatMul
            )
        {
            return Ok(None);
        }
        if af || bf {
            let x = if af {
                a.as_f64()
            } else {
                match as_intref(a) {
                    Some(i) => i.to_f64()?,
                    None => return Ok(None),
                }
            };
            let y = if bf {
                b.as_f64()
            } else {
                match as_intref(b) {
                    Some(i) => i.to_f64()?,
                    None => return Ok(None),
                }
            };
            return Ok(Some(Value::from_f64(float_binary(op, x, y)?)));
        }
        let (Some(x), Some(y)) = (as_intref(a), as_intref(b)) else {
            return Ok(None);
        };
        if a.is_bool() && b.is_bool() && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor)
        {
            let (p, q) = (a.as_bool(), b.as_bool());
            return Ok(Some(Value::from_bool(match op {
                BinOp::BitAnd => p & q,
                BinOp::BitOr => p | q,
                _ => p ^ q,
            })));
        }
        if let (IntRef::Small(x), IntRef::Small(y)) = (&x, &y) {
            if let Some(v) = self.small_int_binary(op, *x, *y)? {
                return Ok(Some(v));
            }
        }
        // Both fit in 96 bits (big ints of modest size): exact in 128-bit
        // arithmetic, without big-int temporaries.
        const LIM: i128 = 1 << 96;
        if let (Some(p), Some(q)) = (intref_i128(&x), intref_i128(&y)) {
            let r = match op {
                _ if !(-LIM..LIM).contains(&p) || !(-LIM..LIM).contains(&q) => None,
                BinOp::Add => Some(p + q),
                BinOp::Sub => Some(p - q),
                BinOp::Mul => p.checked_mul(q),
                BinOp::FloorDiv if q != 0 => {
                    let d = p / q;
                    Some(if p % q != 0 && ((p < 0) != (q < 0)) {
                        d - 1
                    } else {
                        d
                    })
                }
                BinOp::Mod if q != 0 => {
                    let m = p % q;
                    Some(if m != 0 && ((m < 0) != (q < 0)) {
                        m + q
                    } else {
                        m
                    })
                }
                BinOp::BitAnd => Some(p & q),
                BinOp::BitOr => Some(p | q),
                BinOp::BitXor => Some(p ^ q),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Some(self.int_from_i128(r)));
            }
        }
        let (xb, yb) = (x.to_big(), y.to_big());
        let r = match op {
            BinOp::Add => xb + yb,
            BinOp::Sub => xb - yb,
            BinOp::Mul => xb * yb,
            BinOp::TrueDiv => {
                return Ok(Some(Value::from_f64(super::intops::true_div_int(
                    &xb, &yb,
                )?)))
            }
            BinOp::FloorDiv => {
                if yb.is_zero() {
                    return Err(PyErr::new(
                        ExcKind::ZeroDivisionError,
                        "integer division or modulo by zero",
                    ));
                }
                xb.div_floor(&yb)
            }
            BinOp::Mod => {
                if yb.is_zero() {
                    return Err(PyErr::new(
                        ExcKind::ZeroDivisionError,
                        "integer modulo by zero",
                    ));
                }
                xb.mod_floor(&yb)
            }
            BinOp::Pow => {
                return match super::intops::pow_int(&xb, &yb)? {
                    super::intops::IntOrFloat::Int(i) => Ok(Some(self.bigint_value(i))),
                    super::intops::IntOrFloat::Float(f) => Ok(Some(Value::from_f64(f))),
                }
            }
            BinOp::LShift => super::intops::shl(&xb, &yb)?,
            BinOp::RShift => super::intops::shr(&xb, &yb)?,
            BinOp::BitAnd => xb & yb,
            BinOp::BitOr => xb | yb,
            BinOp::BitXor => xb ^ yb,
            BinOp::MatMul => return Ok(None),
        };
        let v = self.bigint_value(r);
        // bool & bool etc. stay bools.
        if a.is_bool() && b.is_bool() && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor)
        {
            return Ok(Some(Value::from_bool(v.as_int() != 0)));
        }
        Ok(Some(v))
    }

    fn small_int_binary(&mut self, op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
        let r: Option<i64> = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(PyErr::new(ExcKind::ZeroDivisionError, "division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Some(Value::from_f64(x as f64 / y as f64)));
                }
                return Ok(None);
            }
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(PyErr::new(
                        ExcKind::ZeroDivisionError,
                        "integer division or modulo by zero",
                    ));
                }
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(PyErr::new(
                        ExcKind::ZeroDivisionError,
                        "integer modulo by zero",
                    ));
                }
                x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
            }
            BinOp::Pow => {
                if y < 0 {
                    return Ok(None);
                }
                if y > u32::MAX as i64 {
                    return Ok(None);
                }
                x.checked_pow(y as u32)
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (62 - y.min(62))) {
                    Some(x << y)
                } else if x == 0 {
                    Some(0)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::MatMul => return Ok(None),
        };
        Ok(r.map(|r| self.int_value(r)))
    }

    pub fn unary_op(&mut self, op: UnOp, x: Value) -> PyResult<Value> {
        // A Python-level special method on an instance comes first (int subclasses).
        if is_instance(x) {
            let name = match op {
                UnOp::Neg => "__neg__",
                UnOp::Pos => "__pos__",
                UnOp::Invert => "__invert__",
                UnOp::Not => "",
            };
            if !name.is_empty() {
                if let Some(f) = self.user_special(x, name) {
                    return self.call_value(f, &[x], &[]);
                }
            }
        }
        match op {
            UnOp::Not => Ok(Value::from_bool(!self.truthy(x)?)),
            UnOp::Neg => {
                if x.is_float() {
                    return Ok(Value::from_f64(-x.as_f64()));
                }
                if let Some(i) = as_intref(x) {
                    return Ok(match i {
                        IntRef::Small(v) => self.int_value(-v),
                        IntRef::Big(b) => self.bigint_value(-b.clone()),
                    });
                }
                self.unary_dunder(x, "__neg__", "unary -")
            }
            UnOp::Pos => {
                if x.is_float() {
                    return Ok(x);
                }
                if let Some(i) = as_intref(x) {
                    return Ok(self.int_of(i));
                }
                self.unary_dunder(x, "__pos__", "unary +")
            }
            UnOp::Invert => {
                if let Some(i) = as_intref(x) {
                    return Ok(match i {
                        IntRef::Small(v) => self.int_value(!v),
                        IntRef::Big(b) => self.bigint_value(!b.clone()),
                    });
                }
                self.unary_dunder(x, "__invert__", "unary ~")
            }
        }
    }

    fn unary_dunder(&mut self, x: Value, name: &str, desc: &str) -> PyResult<Value> {
        if let Some(f) = self.lookup_special(x, name) {
            if matches!(x.as_obj().map(|o| &o.data), Some(ObjData::Instance(_))) {
                return self.call_value(f, &[x], &[]);
            }
        }
        let tn = self.type_name(x);
        Err(PyErr::type_error(format!(
            "bad operand type for {desc}: '{tn}'"
        )))
    }

    // ---- truth, equality, ordering ------------------------------------------------

    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v.is_bool() {
            return Ok(v.as_bool());
        }
        if v.is_int() {
            return Ok(v.as_int() != 0);
        }
        if v.is_float() {
            return Ok(v.as_f64() != 0.0);
        }
        if v.is_none() {
            return Ok(false);
        }
        let Some(o) = v.as_obj() else { return Ok(true) };
        Ok(match &o.data {
            ObjData::Str(s) => !s.s.is_empty(),
            ObjData::BigInt(b) => !b.is_zero(),
            ObjData::List(l) => !l.get().is_empty(),
            ObjData::Tuple(t) => !t.is_empty(),
            ObjData::Dict(d) => !d.get().is_empty(),
            ObjData::Set(s) => !s.get().is_empty(),
            ObjData::FrozenSet(s) => !s.is_empty(),
            ObjData::Range(r) => !r.is_empty(),
            ObjData::DictView(_, d) => !self.dict_of(*d).get().is_empty(),
            ObjData::Instance(_) => {
                if let Some(f) = self.user_special(v, "__bool__") {
                    let r = self.call_value(f, &[v], &[])?;
                    if !r.is_bool() {
                        let tn = self.type_name(r);
                        return Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {tn}"
                        )));
                    }
                    r.as_bool()
                } else if let Some(f) = self.user_special(v, "__len__") {
                    let r = self.call_value(f, &[v], &[])?;
                    self.truthy(r)?
                } else if let Some(p) = self.payload_of(v) {
                    self.truthy(p)?
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    /// `a == b` as a bool (identity first, as containers do).
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        let r = self.compare_op(CmpOp::Eq, a, b)?;
        self.truthy(r)
    }

    /// Equality of two values, never running user code (None if user code would be needed).
    pub fn pure_eq(&self, a: Value, b: Value) -> Option<bool> {
        if a == b {
            return Some(true);
        }
        if let (Some(x), Some(y)) = (num_key(a), num_key(b)) {
            return Some(x == y);
        }
        let (da, db) = (a.as_obj().map(|o| &o.data), b.as_obj().map(|o| &o.data));
        match (da, db) {
            (Some(ObjData::Str(x)), Some(ObjData::Str(y))) => Some(x.s == y.s),
            (Some(ObjData::Tuple(x)), Some(ObjData::Tuple(y))) => {
                if x.len() != y.len() {
                    return Some(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.pure_eq(*p, *q)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Some(ObjData::Instance(_)), _) | (_, Some(ObjData::Instance(_))) => {
                if self.lookup_special(a, "__eq__").is_some()
                    || self.lookup_special(b, "__eq__").is_some()
                {
                    let oe = self.types.object;
                    let ua = self
                        .class_lookup(self.type_of(a), "__eq__")
                        .map(|f| !self.is_native(f))
                        .unwrap_or(false);
                    let ub = self
                        .class_lookup(self.type_of(b), "__eq__")
                        .map(|f| !self.is_native(f))
                        .unwrap_or(false);
                    let _ = oe;
                    if ua || ub {
                        return None;
                    }
                }
                Some(false)
            }
            (Some(ObjData::FrozenSet(_)), Some(ObjData::FrozenSet(_))) => None,
            (Some(ObjData::BoundMethod(r1, f1)), Some(ObjData::BoundMethod(r2, f2))) => {
                Some(r1 == r2 && f1 == f2)
            }
            _ => {
                if num_key(a).is_some() || num_key(b).is_some() {
                    return Some(false);
                }
                None
            }
        }
    }

    /// Whether the class attribute `name` that `v` sees comes from `object` itself.
    fn defined_on_object(&self, v: Value, name: &str) -> bool {
        let cls = self.type_of(v);
        for k in self.mro_of(cls) {
            if let Some(kc) = super::types::class_of(k) {
                if kc.dict.get().contains_key(name) {
                    return k == self.types.object;
                }
            }
        }
        false
    }

    fn is_union_operand(&self, v: Value) -> bool {
        v.is_none()
            || matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Class(_)))
            || matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Instance(i)) if i.class.get() == self.union_class)
    }

    /// A special method defined in Python on the value's class (natives excluded:
    /// for subclasses of built-in types those act on the payload instead).
    pub fn user_special(&self, v: Value, name: &str) -> Option<Value> {
        self.lookup_special(v, name).filter(|&f| !self.is_native(f))
    }

    fn is_native(&self, f: Value) -> bool {
        matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Native(_)))
    }

    pub fn compare_op(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::from_bool(self.is_same(a, b))),
            CmpOp::IsNot => return Ok(Value::from_bool(!self.is_same(a, b))),
            CmpOp::In => return Ok(Value::from_bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::from_bool(!self.contains(b, a)?)),
            _ => {}
        }
        // Ints (inline, bool or big; not subclass instances) without copying.
        if let (Some(x), Some(y)) = (plain_intref(a), plain_intref(b)) {
            let ord = match (intref_i128(&x), intref_i128(&y)) {
                (Some(p), Some(q)) => p.cmp(&q),
                _ => x.to_big().cmp(&y.to_big()),
            };
            return Ok(Value::from_bool(ord_matches(op, Some(ord))));
        }
        // Numbers.
        if let (Some(x), Some(y)) = (num_key(a), num_key(b)) {
            let ord = x.partial_cmp(&y);
            return Ok(Value::from_bool(ord_matches(op, ord)));
        }
        let (da, db) = (a.as_obj().map(|o| &o.data), b.as_obj().map(|o| &o.data));
        match (da, db) {
            (Some(ObjData::Str(x)), Some(ObjData::Str(y))) => {
                return Ok(Value::from_bool(ord_matches(op, Some(x.s.cmp(&y.s)))));
            }
            (Some(ObjData::List(x)), Some(ObjData::List(y))) => {
                let (x, y) = (x.get().clone(), y.get().clone());
                return self.compare_seq(op, &x, &y);
            }
            (Some(ObjData::Tuple(x)), Some(ObjData::Tuple(y))) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                return self.compare_seq(op, &x, &y);
            }
            (Some(ObjData::Dict(_)), Some(ObjData::Dict(_)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let e = self.dict_eq(a, b)?;
                return Ok(Value::from_bool(e == (op == CmpOp::Eq)));
            }
            (
                Some(ObjData::Set(_) | ObjData::FrozenSet(_)),
                Some(ObjData::Set(_) | ObjData::FrozenSet(_)),
            ) => {
                return self.set_compare(op, a, b);
            }
            (Some(ObjData::Slice(a0, a1, a2)), Some(ObjData::Slice(b0, b1, b2)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let (x, y) = ([*a0, *a1, *a2], [*b0, *b1, *b2]);
                let x = self.new_tuple(x.to_vec());
                let y = self.new_tuple(y.to_vec());
                return self.compare_op(op, x, y);
            }
            (Some(ObjData::BoundMethod(r1, f1)), Some(ObjData::BoundMethod(r2, f2)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let same = r1 == r2 && f1 == f2;
                return Ok(Value::from_bool(same == (op == CmpOp::Eq)));
            }
            (Some(ObjData::Native(n1)), Some(ObjData::Native(n2)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) && !n1.receiver.is_empty() =>
            {
                let same = n1.receiver == n2.receiver && n1.func as usize == n2.func as usize;
                return Ok(Value::from_bool(same == (op == CmpOp::Eq)));
            }
            (Some(ObjData::Range(x)), Some(ObjData::Range(y)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let same = (x.is_empty() && y.is_empty())
                    || (x.len() == y.len()
                        && x.start == y.start
                        && (x.len() == 1 || x.step == y.step));
                return Ok(Value::from_bool(same == (op == CmpOp::Eq)));
            }
            _ if super::methods::is_set_view(a) || super::methods::is_set_view(b) => {
                if let Some(r) = super::methods::view_compare(self, op, a, b)? {
                    return Ok(r);
                }
            }
            _ => {}
        }
        // User classes: rich comparison with reflection.
        let (name, reflected) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            _ => unreachable!("handled above"),
        };
        let ua = matches!(da, Some(ObjData::Instance(_)));
        let ub = matches!(db, Some(ObjData::Instance(_)));
        if ub
            && self.type_of(a) != self.type_of(b)
            && self.is_subclass(self.type_of(b), self.type_of(a))
        {
            if let Some(f) = self.lookup_special(b, reflected) {
                if !self.is_native(f) {
                    let r = self.call_value(f, &[b, a], &[])?;
                    if r != self.not_implemented {
                        return Ok(r);
                    }
                }
            }
        }
        if ua {
            if let Some(f) = self.lookup_special(a, name) {
                if !self.is_native(f) {
                    let r = self.call_value(f, &[a, b], &[])?;
                    if r != self.not_implemented {
                        return Ok(r);
                    }
                }
            }
        }
        if ub {
            if let Some(f) = self.lookup_special(b, reflected) {
                if !self.is_native(f) {
                    let r = self.call_value(f, &[b, a], &[])?;
                    if r != self.not_implemented {
                        return Ok(r);
                    }
                }
            }
        }
        // The default `__ne__` inverts `__eq__`, tried on each side in turn.
        if op == CmpOp::Ne {
            for (x, y, user) in [(a, b, ua), (b, a, ub)] {
                if !user {
                    continue;
                }
                if let Some(f) = self.lookup_special(x, "__eq__") {
                    if !self.is_native(f) {
                        let r = self.call_value(f, &[x, y], &[])?;
                        if r != self.not_implemented {
                            let t = self.truthy(r)?;
                            return Ok(Value::from_bool(!t));
                        }
                    }
                }
            }
        }
        let (pa, pb) = (self.payload_of(a), self.payload_of(b));
        if pa.is_some() || pb.is_some() {
            match self.compare_op(op, pa.unwrap_or(a), pb.unwrap_or(b)) {
                Ok(v) => return Ok(v),
                Err(e) if self.is_exc_kind(&e, ExcKind::TypeError) => {}
                Err(e) => return Err(e),
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::from_bool(self.is_same(a, b))),
            CmpOp::Ne => Ok(Value::from_bool(!self.is_same(a, b))),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(PyErr::type_error(format!(
                    "'{}' not supported between instances of '{na}' and '{nb}'",
                    op.symbol()
                )))
            }
        }
    }

    pub fn is_same(&self, a: Value, b: Value) -> bool {
        a == b
    }

    fn compare_seq(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(*p, *q)? {
                return match op {
                    CmpOp::Eq => Ok(Value::FALSE),
                    CmpOp::Ne => Ok(Value::TRUE),
                    _ => self.compare_op(op, *p, *q),
                };
            }
        }
        Ok(Value::from_bool(ord_matches(
            op,
            Some(x.len().cmp(&y.len())),
        )))
    }

    /// Total order for sorting: `a < b` with CPython's errors.
    pub fn less_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is_int() && b.is_int() {
            return Ok(a.as_int() < b.as_int());
        }
        let r = self.compare_op(CmpOp::Lt, a, b)?;
        self.truthy(r)
    }

    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let Some(o) = container.as_obj() else {
            let tn = self.type_name(container);
            return Err(PyErr::type_error(format!(
                "argument of type '{tn}' is not iterable"
            )));
        };
        match &o.data {
            ObjData::Str(s) => match self.str_contents(item) {
                Some(sub) => Ok(s.s.contains(sub)),
                None => {
                    let tn = self.type_name(item);
                    Err(PyErr::type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    )))
                }
            },
            ObjData::List(l) => {
                let items = l.get().clone();
                for x in items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            ObjData::Tuple(t) => {
                for &x in t.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            ObjData::Dict(_) => Ok(self.dict_get(container, item)?.is_some()),
            ObjData::Set(_) | ObjData::FrozenSet(_) => self.set_contains(container, item),
            ObjData::DictView(..) => super::methods::view_contains(self, container, item),
            ObjData::Range(r) => {
                let r = **r;
                match num_key(item) {
                    Some(NumKey::Int(i)) => Ok(range_contains(&r, i as i128)),
                    Some(NumKey::Big(b)) => Ok(b.to_i128().is_some_and(|i| range_contains(&r, i))),
                    _ => {
                        for i in 0..r.len() {
                            let v = self.int_from_i128(r.item(i));
                            if self.eq(v, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                }
            }
            ObjData::Class(c) if !c.meta.get().is_none() => {
                if let Some(f) = self.user_special_on_class(c.meta.get(), "__contains__") {
                    let r = self.call_value(f, &[container, item], &[])?;
                    return self.truthy(r);
                }
                let it = self.get_iter(container)?;
                while let Some(x) = self.iter_next(it)? {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if self.user_special(container, "__contains__").is_none() {
                    if let Some(p) = self.payload_of(container) {
                        return self.contains(p, item);
                    }
                }
                if let Some(f) = self.lookup_special(container, "__contains__") {
                    let r = self.call_value(f, &[container, item], &[])?;
                    return self.truthy(r);
                }
                if self.lookup_special(container, "__iter__").is_some()
                    || self.lookup_special(container, "__getitem__").is_some()
                    || matches!(o.data, ObjData::Iter(_) | ObjData::Generator(_))
                {
                    let it = self.get_iter(container)?;
                    while let Some(x) = self.iter_next(it)? {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                let tn = self.type_name(container);
                Err(PyErr::type_error(format!(
                    "argument of type '{tn}' is not iterable"
                )))
            }
        }
    }

    // ---- hashing -----------------------------------------------------------------

    pub fn hash_of(&mut self, v: Value) -> PyResult<i64> {
        use super::hash;
        if v.is_int() {
            return Ok(hash::hash_i64(v.as_int()));
        }
        if v.is_bool() {
            return Ok(v.as_bool() as i64);
        }
        if v.is_float() {
            return Ok(hash::hash_f64(v.as_f64(), (v.bits() >> 4) as i64));
        }
        if v.is_none() {
            return Ok(0xFCA86420 >> 4);
        }
        let Some(o) = v.as_obj() else { return Ok(0) };
        match &o.data {
            ObjData::Str(s) => {
                let h = s.hash.get();
                if h != 0 {
                    return Ok(h);
                }
                let h = hash::str_hash(&s.s);
                s.hash.set(h);
                Ok(h)
            }
            ObjData::BigInt(b) => Ok(hash::hash_bigint(b)),
            ObjData::Tuple(t) => {
                let items = t.to_vec();
                let mut hs = Vec::with_capacity(items.len());
                for x in items {
                    hs.push(self.hash_of(x)?);
                }
                let n = hs.len();
                Ok(hash::tuple_hash(hs.into_iter(), n))
            }
            ObjData::FrozenSet(s) => {
                let hs: Vec<i64> = s.iter_hashed().map(|(h, _)| h).collect();
                let n = hs.len();
                Ok(hash::frozenset_hash(hs.into_iter(), n))
            }
            ObjData::List(_)
            | ObjData::Dict(_)
            | ObjData::Set(_)
            | ObjData::DictView(ViewKind::Keys | ViewKind::Items, _) => {
                let tn = self.type_name(v);
                Err(PyErr::type_error(format!("unhashable type: '{tn}'")))
            }
            ObjData::Instance(_) => {
                if let Some(f) = self.lookup_special(v, "__hash__") {
                    if f.is_none() {
                        let tn = self.type_name(v);
                        return Err(PyErr::type_error(format!("unhashable type: '{tn}'")));
                    }
                    if !self.is_native(f) {
                        let r = self.call_value(f, &[v], &[])?;
                        return match as_intref(r) {
                            Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                            // CPython keeps a result that fits in Py_ssize_t, else hashes the int.
                            Some(IntRef::Big(b)) => Ok(b.to_i64().map_or_else(
                                || hash::hash_bigint(b),
                                |i| if i == -1 { -2 } else { i },
                            )),
                            None => Err(PyErr::type_error(
                                "__hash__ method should return an integer",
                            )),
                        };
                    }
                }
                if self
                    .lookup_special(v, "__eq__")
                    .map(|f| !self.is_native(f))
                    .unwrap_or(false)
                {
                    let tn = self.type_name(v);
                    return Err(PyErr::type_error(format!("unhashable type: '{tn}'")));
                }
                if let Some(p) = self.payload_of(v) {
                    return self.hash_of(p).map_err(|_| {
                        let tn = self.type_name(v);
                        PyErr::type_error(format!("unhashable type: '{tn}'"))
                    });
                }
                Ok(identity_hash(v))
            }
            ObjData::BoundMethod(recv, f) => Ok(identity_hash(*recv) ^ identity_hash(*f)),
            _ => Ok(identity_hash(v)),
        }
    }

    // ---- repr and str -----------------------------------------------------------

    pub fn repr_of(&mut self, v: Value) -> PyResult<String> {
        let mut depth_guard = ReprGuard::enter(self, v)?;
        let r = self.repr_inner(v, &mut depth_guard);
        depth_guard.leave(self);
        r
    }

    fn repr_inner(&mut self, v: Value, _g: &mut ReprGuard) -> PyResult<String> {
        if v.is_int() {
            return Ok(v.as_int().to_string());
        }
        if v.is_float() {
            return Ok(numfmt::float_repr(v.as_f64()));
        }
        if v.is_bool() {
            return Ok(if v.as_bool() { "True" } else { "False" }.into());
        }
        if v.is_none() {
            return Ok("None".into());
        }
        if v == self.ellipsis_val {
            return Ok("Ellipsis".into());
        }
        if v == self.not_implemented {
            return Ok("NotImplemented".into());
        }
        let Some(o) = v.as_obj() else {
            return Ok("<?>".into());
        };
        match &o.data {
            ObjData::Str(s) => Ok(str_repr(&s.s)),
            ObjData::BigInt(b) => Ok(super::intops::int_to_decimal_string(
                b,
                self.int_max_str_digits,
            )?),
            ObjData::List(l) => {
                if self.repr_active_count(v) > 1 {
                    return Ok("[...]".into());
                }
                let items = l.get().clone();
                let parts = self.repr_items(&items)?;
                Ok(format!("[{}]", parts.join(", ")))
            }
            ObjData::Tuple(t) => {
                if self.repr_active_count(v) > 1 {
                    return Ok("(...)".into());
                }
                let items = t.to_vec();
                let parts = self.repr_items(&items)?;
                if parts.len() == 1 {
                    Ok(format!("({},)", parts[0]))
                } else {
                    Ok(format!("({})", parts.join(", ")))
                }
            }
            ObjData::Dict(d) => {
                if self.repr_active_count(v) > 1 {
                    return Ok("{...}".into());
                }
                let items: Vec<(Value, Value)> = d.get().iter().collect();
                let mut parts = Vec::with_capacity(items.len());
                for (k, x) in items {
                    parts.push(format!("{}: {}", self.repr_of(k)?, self.repr_of(x)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }
            ObjData::Set(s) => {
                let items: Vec<Value> = s.get().iter().collect();
                if items.is_empty() {
                    return Ok("set()".into());
                }
                if self.repr_active_count(v) > 1 {
                    return Ok("set(...)".into());
                }
                let parts = self.repr_items(&items)?;
                Ok(format!("{{{}}}", parts.join(", ")))
            }
            ObjData::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().collect();
                if items.is_empty() {
                    return Ok("frozenset()".into());
                }
                let parts = self.repr_items(&items)?;
                Ok(format!("frozenset({{{}}})", parts.join(", ")))
            }
            ObjData::Range(r) => {
                if r.step == 1 {
                    Ok(format!("range({}, {})", r.start, r.stop))
                } else {
                    Ok(format!("range({}, {}, {})", r.start, r.stop, r.step))
                }
            }
            ObjData::Slice(a, b, c) => {
                let (a, b, c) = (*a, *b, *c);
                Ok(format!(
                    "slice({}, {}, {})",
                    self.repr_of(a)?,
                    self.repr_of(b)?,
                    self.repr_of(c)?
                ))
            }
            ObjData::Function(f) => Ok(format!("<function {} at {:#x}>", f.qualname, identity(v))),
            ObjData::Native(n) => {
                if n.receiver.is_empty() {
                    Ok(format!("<built-in function {}>", n.name))
                } else {
                    let tn = self.type_name(n.receiver);
                    Ok(format!(
                        "<built-in method {} of {} object at {:#x}>",
                        n.name,
                        tn,
                        identity(n.receiver)
                    ))
                }
            }
            ObjData::BoundMethod(recv, f) => {
                let (recv, f) = (*recv, *f);
                let fname = match f.as_obj().map(|o| &o.data) {
                    Some(ObjData::Function(fo)) => fo.qualname.to_string(),
                    _ => "?".into(),
                };
                let r = self.repr_of(recv)?;
                Ok(format!("<bound method {fname} of {r}>"))
            }
            ObjData::Code(c) => Ok(format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                identity(v),
                c.filename,
                c.first_line
            )),
            ObjData::Cell(_) => Ok(format!("<cell at {:#x}>", identity(v))),
            ObjData::Class(c) => {
                let meta = c.meta.get();
                if !meta.is_none() {
                    if let Some(f) = self.user_special_on_class(meta, "__repr__") {
                        let r = self.call_value(f, &[v], &[])?;
                        return Ok(self.str_contents(r).unwrap_or("").to_string());
                    }
                }
                if &**c.module_name.get() == "builtins" {
                    Ok(format!("<class '{}'>", c.qualname.get()))
                } else {
                    Ok(format!(
                        "<class '{}.{}'>",
                        c.module_name.get(),
                        c.qualname.get()
                    ))
                }
            }
            ObjData::Module(m) => Ok(format!("<module '{}'>", m.name)),
            ObjData::Generator(g) => {
                let q = match g.get().func.as_obj().map(|o| &o.data) {
                    Some(ObjData::Function(f)) => f.qualname.to_string(),
                    _ => "?".into(),
                };
                Ok(format!("<generator object {q} at {:#x}>", identity(v)))
            }
            ObjData::Iter(_) => {
                let tn = self.type_name(v);
                Ok(format!("<{} object at {:#x}>", tn, identity(v)))
            }
            ObjData::DictView(..) => super::methods::view_repr(self, v),
            ObjData::Instance(i) => {
                if let Some(f) = self.lookup_special(v, "__repr__") {
                    if !self.is_native(f) || !self.defined_on_object(v, "__repr__") {
                        let r = self.call_value(f, &[v], &[])?;
                        return match self.str_contents(r) {
                            Some(s) => Ok(s.to_string()),
                            None => {
                                let tn = self.type_name(r);
                                Err(PyErr::type_error(format!(
                                    "__repr__ returned non-string (type {tn})"
                                )))
                            }
                        };
                    }
                }
                if let Some(st) = &i.exc {
                    let args = st.get().args;
                    let items = self.tuple_items(args).to_vec();
                    let name = self.type_name(v);
                    let parts = self.repr_items(&items)?;
                    return Ok(format!("{name}({})", parts.join(", ")));
                }
                if !i.payload.is_empty() {
                    return self.repr_of(i.payload);
                }
                let cls = i.class.get();
                let (module, qual) = match cls.as_obj().map(|o| &o.data) {
                    Some(ObjData::Class(c)) => {
                        (c.module_name.get().clone(), c.qualname.get().clone())
                    }
                    _ => (Rc::from("__main__"), Rc::from("?")),
                };
                Ok(format!("<{module}.{qual} object at {:#x}>", identity(v)))
            }
        }
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<Vec<String>> {
        let mut parts = Vec::with_capacity(items.len());
        for &x in items {
            parts.push(self.repr_of(x)?);
        }
        Ok(parts)
    }

    fn repr_active_count(&self, v: Value) -> usize {
        self.extra_roots.iter().filter(|&&x| x == v).count()
    }

    pub fn str_of(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.str_contents(v) {
            return Ok(s.to_string());
        }
        if let Some(ObjData::Instance(i)) = v.as_obj().map(|o| &o.data) {
            if let Some(f) = self.lookup_special(v, "__str__") {
                if !self.is_native(f) || !self.defined_on_object(v, "__str__") {
                    let r = self.call_value(f, &[v], &[])?;
                    return match self.str_contents(r) {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            let tn = self.type_name(r);
                            Err(PyErr::type_error(format!(
                                "__str__ returned non-string (type {tn})"
                            )))
                        }
                    };
                }
            }
            if let Some(st) = &i.exc {
                let args = st.get().args;
                let items = self.tuple_items(args).to_vec();
                let is_key_error = self.is_instance_of(v, self.exc_class(ExcKind::KeyError));
                return match items.len() {
                    0 => Ok(String::new()),
                    1 if is_key_error => self.repr_of(items[0]),
                    1 => self.str_of(items[0]),
                    _ => self.repr_of(args),
                };
            }
            if self.user_special(v, "__repr__").is_none() {
                if let Some(p) = self.payload_of(v) {
                    return self.str_of(p);
                }
            }
            if self
                .lookup_special(v, "__repr__")
                .map(|f| !self.is_native(f))
                .unwrap_or(false)
            {
                return self.repr_of(v);
            }
        }
        self.repr_of(v)
    }

    /// `format(value, spec)` for f-strings and `format()`.
    pub fn format_value(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        let spec_s = if spec.is_empty() {
            ""
        } else {
            self.str_contents(spec).unwrap_or("")
        };
        if spec_s.is_empty() && self.str_contents(v).is_some() {
            return Ok(v);
        }
        let spec_owned = spec_s.to_string();
        let s = self.format_to_string(v, &spec_owned)?;
        Ok(self.new_string(s))
    }

    pub fn format_to_string(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Some(ObjData::Instance(_)) = v.as_obj().map(|o| &o.data) {
            if let Some(f) = self.lookup_special(v, "__format__") {
                if !self.is_native(f) || !self.defined_on_object(v, "__format__") {
                    let sv = self.new_str(spec);
                    let r = self.call_value(f, &[v, sv], &[])?;
                    return Ok(self.str_contents(r).unwrap_or("").to_string());
                }
            }
            if spec.is_empty() {
                return self.str_of(v);
            }
            let tn = self.type_name(v);
            return Err(PyErr::type_error(format!(
                "unsupported format string passed to {tn}.__format__"
            )));
        }
        if spec.is_empty() {
            return self.str_of(v);
        }
        if v.is_float() {
            let fs = numfmt::parse_format_spec_for(spec, "float")?;
            return Ok(numfmt::format_float(v.as_f64(), &fs)?);
        }
        // A bool with a non-empty spec formats as its int (int.__format__).
        if let Some(i) = as_intref(v) {
            // bool formats as int once a spec is given (`format(True, "5")`).
            let tname = if v.is_bool() { "bool" } else { "int" };
            let fs = numfmt::parse_format_spec_for(spec, tname)?;
            return Ok(numfmt::format_int(&i.to_big(), &fs)?);
        }
        if let Some(s) = self.str_contents(v) {
            let fs = numfmt::parse_format_spec_for(spec, "str")?;
            return Ok(numfmt::format_str(s, &fs)?);
        }
        let tn = self.type_name(v);
        Err(PyErr::type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )))
    }
}

/// Pointer-derived identity, as `id()` shows it.
pub fn identity(v: Value) -> u64 {
    if v.is_obj() {
        v.bits() & crate::runtime::value::PAYLOAD_MASK
    } else {
        v.bits()
    }
}

fn identity_hash(v: Value) -> i64 {
    let p = identity(v);
    p.rotate_right(4) as i64
}

/// Guards recursive containers in `repr` (`[[...]]`) by keeping the containers
/// being printed on `extra_roots`.
struct ReprGuard {
    pushed: bool,
}

impl ReprGuard {
    fn enter(vm: &mut Vm, v: Value) -> PyResult<ReprGuard> {
        let container = matches!(
            v.as_obj().map(|o| &o.data),
            Some(ObjData::List(_) | ObjData::Tuple(_) | ObjData::Dict(_) | ObjData::Set(_))
        );
        if container {
            if vm.extra_roots.len() > 20000 {
                return Err(PyErr::new(
                    ExcKind::RecursionError,
                    "maximum recursion depth exceeded while getting the repr of an object",
                ));
            }
            vm.extra_roots.push(v);
        }
        Ok(ReprGuard { pushed: container })
    }
    fn leave(self, vm: &mut Vm) {
        if self.pushed {
            vm.extra_roots.pop();
        }
    }
}

/// A number as a comparable key: ints exactly, floats as floats.
#[derive(Debug)]
pub enum NumKey {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

pub fn num_key(v: Value) -> Option<NumKey> {
    if v.is_int() {
        Some(NumKey::Int(v.as_int()))
    } else if v.is_float() {
        Some(NumKey::Float(v.as_f64()))
    } else if v.is_bool() {
        Some(NumKey::Int(v.as_bool() as i64))
    } else {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::BigInt(b)) => Some(NumKey::Big(b.clone())),
            _ => None,
        }
    }
}

impl PartialEq for NumKey {
    fn eq(&self, other: &Self) -> bool {
        self.partial_cmp(other) == Some(Ordering::Equal)
    }
}

impl PartialOrd for NumKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        use NumKey::*;
        match (self, other) {
            (Int(a), Int(b)) => Some(a.cmp(b)),
            (Float(a), Float(b)) => a.partial_cmp(b),
            (Int(a), Big(b)) => Some(BigInt::from(*a).cmp(b)),
            (Big(a), Int(b)) => Some(a.cmp(&BigInt::from(*b))),
            (Big(a), Big(b)) => Some(a.cmp(b)),
            (Int(a), Float(b)) => super::intops::cmp_int_float(&BigInt::from(*a), *b),
            (Big(a), Float(b)) => super::intops::cmp_int_float(a, *b),
            (Float(a), Int(b)) => {
                super::intops::cmp_int_float(&BigInt::from(*b), *a).map(|o| o.reverse())
            }
            (Float(a), Big(b)) => super::intops::cmp_int_float(b, *a).map(|o| o.reverse()),
        }
    }
}

fn ord_matches(op: CmpOp, ord: Option<Ordering>) -> bool {
    match ord {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            _ => false,
        },
    }
}

pub(crate) fn range_contains(r: &RangeObj, i: i128) -> bool {
    if r.step > 0 {
        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
    } else {
        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
    }
}

pub fn float_binary(op: BinOp, x: f64, y: f64) -> PyResult<f64> {
    use super::intops;
    Ok(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            x / y
        }
        BinOp::FloorDiv => intops::float_floordiv(x, y)?,
        BinOp::Mod => intops::float_mod(x, y)?,
        BinOp::Pow => intops::float_pow(x, y)?,
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )))
        }
    })
}

/// Converts an index value to i64 (`PyNumber_AsSsize_t` with `IndexError`, as
/// sequence subscripts do): ints and bools, or an instance's `__index__`.
pub fn index_of(vm: &mut Vm, orig: Value, what: &str) -> PyResult<i64> {
    let v = orig;
    let v = if as_intref(v).is_some() {
        v
    } else {
        match super::methods::call_index(vm, v)? {
            Some(r) => r,
            None => {
                let tn = vm.type_name(v);
                return Err(PyErr::type_error(format!(
                    "{what} indices must be integers or slices, not {tn}"
                )));
            }
        }
    };
    match as_intref(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => b.to_i64().ok_or_else(|| {
            let tn = vm.type_name(orig);
            PyErr::new(
                ExcKind::IndexError,
                format!("cannot fit '{tn}' into an index-sized integer"),
            )
        }),
        None => Ok(0),
    }
}

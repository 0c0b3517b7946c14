//! The value representation: one NaN-boxed 64-bit word.
//!
//! Layout (bits 63..48 of the word decide the kind):
//! - below `0xFFF9 << 48`: an `f64` stored as itself (a NaN whose bits would reach
//!   the tagged space becomes `CANONICAL_NAN`; other NaN payloads are kept, which
//!   gives each `float('nan')` its own identity);
//! - `0xFFF9`: a small int, 48-bit two's-complement payload;
//! - `0xFFFA`: a bool, payload 0 or 1;
//! - `0xFFFB`: `None`;
//! - `0xFFFC`: a pointer to a heap `Obj` (48-bit address);
//! - `0xFFFD`: `EMPTY`, the marker of an unbound local or missing value. It never
//!   reaches Python code.
//!
//! The JIT depends on this layout: a type test is one shift and one compare.

use super::object::Obj;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

pub const TAG_SHIFT: u32 = 48;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_BOOL: u64 = 0xFFFA;
pub const TAG_NONE: u64 = 0xFFFB;
pub const TAG_OBJ: u64 = 0xFFFC;
pub const TAG_EMPTY: u64 = 0xFFFD;
pub const FIRST_TAGGED: u64 = TAG_INT << TAG_SHIFT;
pub const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// The range of ints stored inline; anything outside is a heap big int.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    pub const NONE: Value = Value(TAG_NONE << TAG_SHIFT);
    pub const TRUE: Value = Value((TAG_BOOL << TAG_SHIFT) | 1);
    pub const FALSE: Value = Value(TAG_BOOL << TAG_SHIFT);
    pub const EMPTY: Value = Value(TAG_EMPTY << TAG_SHIFT);

    #[inline(always)]
    pub fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    /// A float. NaNs keep their payload (so distinct NaN objects stay distinct for
    /// `is`), except those whose bits would fall in the tagged space.
    #[inline(always)]
    pub fn from_f64(x: f64) -> Value {
        let bits = x.to_bits();
        if bits >= FIRST_TAGGED {
            Value(CANONICAL_NAN)
        } else {
            Value(bits)
        }
    }

    /// A small int; the caller guarantees `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub fn from_small_int(i: i64) -> Value {
        debug_assert!(fits_small(i));
        Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }

    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline(always)]
    pub fn from_obj(p: *const Obj) -> Value {
        Value((TAG_OBJ << TAG_SHIFT) | (p as u64 & PAYLOAD_MASK))
    }

    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0 < FIRST_TAGGED
    }
    #[inline(always)]
    pub fn is_int(self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }
    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.tag() == TAG_OBJ
    }
    #[inline(always)]
    pub fn is_empty(self) -> bool {
        self.0 == Value::EMPTY.0
    }

    #[inline(always)]
    pub fn as_f64(self) -> f64 {
        f64::from_bits(self.0)
    }
    /// The payload of a small int (sign-extended from 48 bits).
    #[inline(always)]
    pub fn as_int(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn as_bool(self) -> bool {
        self.0 & 1 == 1
    }
    #[inline(always)]
    pub fn obj_ptr(self) -> *mut Obj {
        (self.0 & PAYLOAD_MASK) as *mut Obj
    }

    /// The heap object this value points to, if it is one.
    #[inline(always)]
    pub fn as_obj<'a>(self) -> Option<&'a Obj> {
        if self.is_obj() {
            // SAFETY: object values are only made by `Heap::alloc` from live boxes, and
            // the collector frees an object only when no root reaches it, so a value
            // that the program can still see points to a live `Obj`.
            Some(unsafe { &*self.obj_ptr() })
        } else {
            None
        }
    }

    /// The raw bits, for identity (`is`, `id()`).
    #[inline(always)]
    pub fn bits(self) -> u64 {
        self.0
    }
}

#[inline(always)]
pub fn fits_small(i: i64) -> bool {
    (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_f64())
        } else if self.is_int() {
            write!(f, "Int({})", self.as_int())
        } else if self.is_bool() {
            write!(f, "Bool({})", self.as_bool())
        } else if self.is_none() {
            write!(f, "None")
        } else if self.is_empty() {
            write!(f, "Empty")
        } else {
            write!(f, "Obj({:#x})", self.0 & PAYLOAD_MASK)
        }
    }
}

/// The VM's one register stack. Its storage never moves, so the JIT can address
/// register `i` of a frame as `[base + 8*i]`.
///
/// Invariant (enforced by `Vm::push_frame`, which checks `base + nregs <= len`):
/// every register index the interpreter uses lies inside the storage, because the
/// compiler bounds register operands by the code object's `nregs`.
pub struct RegisterStack {
    slots: Box<[Value]>,
}

impl RegisterStack {
    pub fn new(len: usize) -> Self {
        // Zeroed memory comes from the allocator untouched (calloc), so a large
        // stack costs nothing until used. Zero bits are the float 0.0, a valid Value.
        let words: Box<[u64]> = vec![0u64; len].into_boxed_slice();
        let raw = Box::into_raw(words) as *mut [Value];
        // SAFETY: `Value` is `repr(transparent)` over `u64`, so the slice layouts are
        // identical and every bit pattern is a valid `Value`.
        let slots = unsafe { Box::from_raw(raw) };
        RegisterStack { slots }
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.slots.len()
    }
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        debug_assert!(i < self.slots.len());
        // SAFETY: see the type's invariant: `i` is `base + reg` with
        // `base + nregs <= len` checked when the frame was pushed.
        unsafe { *self.slots.get_unchecked(i) }
    }
    #[inline(always)]
    pub fn set(&mut self, i: usize, v: Value) {
        debug_assert!(i < self.slots.len());
        // SAFETY: as in `get`.
        unsafe { *self.slots.get_unchecked_mut(i) = v }
    }
    pub fn slice(&self, from: usize, to: usize) -> &[Value] {
        &self.slots[from..to]
    }
    /// Copies `src` into the registers starting at `at`.
    pub fn copy_in(&mut self, at: usize, src: &[Value]) {
        self.slots[at..at + src.len()].copy_from_slice(src);
    }
    pub fn fill(&mut self, from: usize, to: usize, v: Value) {
        self.slots[from..to].fill(v);
    }
    pub fn base_ptr(&mut self) -> *mut Value {
        self.slots.as_mut_ptr()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip_at_the_boundaries() {
        for i in [
            0,
            1,
            -1,
            42,
            -42,
            SMALL_INT_MAX,
            SMALL_INT_MIN,
            1 << 40,
            -(1 << 40),
        ] {
            let v = Value::from_small_int(i);
            assert!(v.is_int() && !v.is_float() && !v.is_obj());
            assert_eq!(v.as_int(), i);
        }
        assert!(!fits_small(SMALL_INT_MAX + 1));
        assert!(!fits_small(SMALL_INT_MIN - 1));
    }

    #[test]
    fn floats_stay_floats() {
        for x in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            1e308,
        ] {
            let v = Value::from_f64(x);
            assert!(v.is_float());
            assert_eq!(v.as_f64().to_bits(), x.to_bits());
        }
        let nan = Value::from_f64(f64::NAN);
        assert!(nan.is_float() && nan.as_f64().is_nan());
        let neg_nan = Value::from_f64(-f64::NAN);
        assert!(neg_nan.is_float());
    }

    #[test]
    fn singletons_are_distinct() {
        let all = [Value::NONE, Value::TRUE, Value::FALSE, Value::EMPTY];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_int());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert!(Value::TRUE.as_bool() && !Value::FALSE.as_bool());
    }
}

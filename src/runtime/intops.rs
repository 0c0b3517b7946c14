//! Integer and float arithmetic with CPython 3.11's exact semantics.
//!
//! Everything here is a pure function that never panics: errors come back as
//! [`RtError`]s carrying the exception class and the message CPython 3.11 prints.
//!
//! The interpreter keeps small ints inline as `i64`; the `*_i64` functions are the
//! fast paths for that representation. They return `Ok(None)` (or `None`) when the
//! exact result does not fit an `i64`, in which case the caller redoes the operation
//! with the `BigInt` version.
//!
//! Mixed int/float arithmetic (`+ - * / // % **` with one float operand) converts the
//! int with [`int_to_f64`] (which raises `OverflowError: int too large to convert to
//! float`) and then uses the float operation; comparisons between ints and floats are
//! exact instead and go through [`cmp_int_float`] / [`cmp_i64_float`].

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use crate::runtime::error::{ExcKind, RtError, RtResult};
use crate::runtime::strrepr::str_repr;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// `sys.int_info.str_digits_check_threshold`: conversions of at most this many
/// digits are never limited (and `sys.set_int_max_str_digits` rejects smaller limits
/// other than 0).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// The largest int (in bits) that `**` and `<<` will build. Anything that would
/// certainly be larger raises `MemoryError` at once instead of exhausting memory or
/// running for hours (CPython would eventually fail the allocation, or hang).
/// 2**32 bits is a 512 MiB number.
pub const MAX_INT_BITS: u64 = 1 << 32;

/// The result of `int ** int`: an int, or a float when the exponent is negative.
#[derive(Debug, Clone, PartialEq)]
pub enum IntOrFloat {
    Int(BigInt),
    Float(f64),
}

/// A bare `MemoryError` (CPython's has an empty message).
pub fn memory_error() -> RtError {
    RtError::new(ExcKind::MemoryError, "")
}

fn int_div_zero() -> RtError {
    RtError::zero_division("integer division or modulo by zero")
}

fn int_mod_zero() -> RtError {
    RtError::zero_division("integer modulo by zero")
}

fn negative_shift() -> RtError {
    RtError::value_error("negative shift count")
}

fn int_too_large_for_float() -> RtError {
    RtError::overflow("int too large to convert to float")
}

// ------------------------------------------------------------------ division

/// `a // b` (floor division). `ZeroDivisionError: integer division or modulo by zero`.
pub fn floordiv(a: &BigInt, b: &BigInt) -> RtResult<BigInt> {
    if b.is_zero() {
        return Err(int_div_zero());
    }
    Ok(a.div_floor(b))
}

/// `a % b`: the result has the sign of `b`. `ZeroDivisionError: integer modulo by zero`.
pub fn modulo(a: &BigInt, b: &BigInt) -> RtResult<BigInt> {
    if b.is_zero() {
        return Err(int_mod_zero());
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`. `ZeroDivisionError: integer division or modulo by zero`.
pub fn divmod(a: &BigInt, b: &BigInt) -> RtResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(int_div_zero());
    }
    Ok(a.div_mod_floor(b))
}

/// `a // b` for inline ints; `Ok(None)` only for `i64::MIN // -1` (= 2**63).
pub fn floordiv_i64(a: i64, b: i64) -> RtResult<Option<i64>> {
    if b == 0 {
        return Err(int_div_zero());
    }
    if a == i64::MIN && b == -1 {
        return Ok(None);
    }
    let (q, r) = (a / b, a % b);
    Ok(Some(if r != 0 && ((r < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }))
}

/// `a % b` for inline ints (always fits: `|a % b| < |b|`).
pub fn mod_i64(a: i64, b: i64) -> RtResult<i64> {
    if b == 0 {
        return Err(int_mod_zero());
    }
    let r = a.wrapping_rem(b); // i64::MIN % -1 == 0
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// `divmod(a, b)` for inline ints; `Ok(None)` only for `divmod(i64::MIN, -1)`.
pub fn divmod_i64(a: i64, b: i64) -> RtResult<Option<(i64, i64)>> {
    if b == 0 {
        return Err(int_div_zero());
    }
    match floordiv_i64(a, b)? {
        Some(q) => Ok(Some((q, mod_i64(a, b)?))),
        None => Ok(None),
    }
}

// ------------------------------------------------------------------ powers

/// `base ** exp`. A negative exponent converts both operands to float and returns
/// `float_pow(base, exp)` as CPython does (so `0 ** -1` raises
/// `ZeroDivisionError: 0.0 cannot be raised to a negative power`, and operands too big
/// for a float raise `OverflowError: int too large to convert to float`). A result
/// that would certainly exceed [`MAX_INT_BITS`] raises `MemoryError`.
pub fn pow_int(base: &BigInt, exp: &BigInt) -> RtResult<IntOrFloat> {
    if exp.is_negative() {
        let b = int_to_f64(base)?;
        let e = int_to_f64(exp)?;
        return float_pow(b, e).map(IntOrFloat::Float);
    }
    if exp.is_zero() {
        return Ok(IntOrFloat::Int(BigInt::one()));
    }
    if base.is_zero() || base.is_one() {
        return Ok(IntOrFloat::Int(base.clone()));
    }
    if *base == BigInt::from(-1) {
        let v = if exp.is_odd() { -1 } else { 1 };
        return Ok(IntOrFloat::Int(BigInt::from(v)));
    }
    // |base| >= 2 from here: the result has more than `exp` bits.
    let e = exp.to_u64().ok_or_else(memory_error)?;
    // Results that fit in 127 bits: no big-int multiplications.
    if let (Some(b), Ok(e32)) = (base.to_i64(), u32::try_from(e)) {
        if let Some(r) = (b as i128).checked_pow(e32) {
            return Ok(IntOrFloat::Int(BigInt::from(r)));
        }
    }
    let min_bits = (base.bits() - 1).saturating_mul(e);
    if min_bits >= MAX_INT_BITS {
        return Err(memory_error());
    }
    Ok(IntOrFloat::Int(Pow::pow(base, e)))
}

/// `base ** exp` for inline ints when the exact result fits: `None` for a negative
/// exponent (float result) or an overflow (use [`pow_int`]).
pub fn pow_i64(base: i64, exp: i64) -> Option<i64> {
    if exp < 0 {
        return None;
    }
    match base {
        0 => return Some(if exp == 0 { 1 } else { 0 }),
        1 => return Some(1),
        -1 => return Some(if exp % 2 == 0 { 1 } else { -1 }),
        _ => {}
    }
    let e = u32::try_from(exp).ok()?;
    base.checked_pow(e)
}

/// Three-argument `pow(base, exp, modulus)`. A negative exponent uses the modular
/// inverse of `base`; the result is in `[0, modulus)` for a positive modulus and in
/// `(modulus, 0]` for a negative one. Errors: `ValueError: pow() 3rd argument cannot
/// be 0`, `ValueError: base is not invertible for the given modulus`.
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> RtResult<BigInt> {
    if modulus.is_zero() {
        return Err(RtError::value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let reduced = base.mod_floor(&m);
    let (b, e) = if exp.is_negative() {
        let inv = reduced
            .modinv(&m)
            .ok_or_else(|| RtError::value_error("base is not invertible for the given modulus"))?;
        (inv, -exp)
    } else {
        (reduced, exp.clone())
    };
    let r = b.modpow(&e, &m);
    Ok(if modulus.is_negative() && !r.is_zero() {
        r - m
    } else {
        r
    })
}

// ------------------------------------------------------------------ shifts and bits

/// `a << n`. `ValueError: negative shift count`; `0 << n` is 0 for any `n >= 0`.
/// Huge shifts fail as in CPython 3.11 on a 64-bit machine: a count whose result
/// cannot even be sized (`1 << 10**30`) raises `OverflowError: too many digits in
/// integer`, and any other result beyond [`MAX_INT_BITS`] raises a bare `MemoryError`
/// (CPython's allocation fails, e.g. for `1 << 2**62`).
pub fn shl(a: &BigInt, n: &BigInt) -> RtResult<BigInt> {
    if n.is_negative() {
        return Err(negative_shift());
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    // CPython stores 30-bit digits; `_PyLong_New` refuses more than MAX_LONG_DIGITS,
    // and a word shift beyond PY_SSIZE_T_MAX / 4 is clipped to it.
    const SHIFT: u64 = 30;
    const CLIP: u64 = (i64::MAX as u64) / 4;
    const MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;
    let (word, rem) = match n.to_u64() {
        Some(k) if k / SHIFT < CLIP => (k / SHIFT, k % SHIFT),
        Some(_) => (CLIP, 0),
        None => {
            let (w, r) = n.div_rem(&BigInt::from(SHIFT));
            match w.to_u64() {
                Some(w) if w < CLIP => (w, r.to_u64().unwrap_or(0)),
                _ => (CLIP, 0),
            }
        }
    };
    let old_size = a.bits().div_ceil(SHIFT);
    let new_size = old_size + word + u64::from(rem != 0);
    if new_size > MAX_LONG_DIGITS {
        return Err(RtError::overflow("too many digits in integer"));
    }
    let bits = word.saturating_mul(SHIFT).saturating_add(rem); // == n unless clipped
    if a.bits().saturating_add(bits) > MAX_INT_BITS {
        return Err(memory_error());
    }
    Ok(a << bits)
}

/// `a >> n`, flooring (so negative numbers never shift to 0 but to -1).
/// `ValueError: negative shift count`.
pub fn shr(a: &BigInt, n: &BigInt) -> RtResult<BigInt> {
    if n.is_negative() {
        return Err(negative_shift());
    }
    match n.to_u64() {
        Some(k) if k < a.bits() => Ok(a >> k),
        _ => Ok(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

/// `a << n` for inline ints; `Ok(None)` when the result does not fit an `i64`.
pub fn shl_i64(a: i64, n: i64) -> RtResult<Option<i64>> {
    if n < 0 {
        return Err(negative_shift());
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n >= 64 {
        return Ok(None);
    }
    let r = a << n;
    Ok(if r >> n == a { Some(r) } else { None })
}

/// `a >> n` for inline ints (always fits).
pub fn shr_i64(a: i64, n: i64) -> RtResult<i64> {
    if n < 0 {
        return Err(negative_shift());
    }
    Ok(if n >= 64 { a >> 63 } else { a >> n })
}

/// `a & b` on Python's infinite two's complement (num-bigint agrees; tested).
pub fn bit_and(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}

/// `a | b` on Python's infinite two's complement.
pub fn bit_or(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}

/// `a ^ b` on Python's infinite two's complement.
pub fn bit_xor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `~a` == `-(a + 1)`.
pub fn invert(a: &BigInt) -> BigInt {
    !a
}

/// `int.bit_length()`: bits of `abs(a)`, 0 for 0.
pub fn int_bit_length(a: &BigInt) -> u64 {
    a.bits()
}

/// `int.bit_count()`: number of ones in `abs(a)`.
pub fn int_bit_count(a: &BigInt) -> u64 {
    a.magnitude().count_ones()
}

// ------------------------------------------------------------------ int <-> float

/// `2.0 ** k` for `-1074 <= k <= 1023`, exactly.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// `float(a)`, correctly rounded (round-half-even).
/// `OverflowError: int too large to convert to float`.
pub fn int_to_f64(a: &BigInt) -> RtResult<f64> {
    if let Some(v) = a.to_i64() {
        return Ok(v as f64); // Rust's int->float cast rounds to nearest, ties to even
    }
    let mag = a.magnitude();
    let n = mag.bits(); // >= 64 here
                        // Keep the top 55 bits (53 + a rounding bit + a sticky bit).
    let shift = n - 55;
    let top = (mag >> shift).to_u64().unwrap_or(0);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
    let mut q = top | u64::from(sticky);
    let low = q & 3;
    q >>= 2;
    if low > 2 || (low == 2 && q & 1 == 1) {
        q += 1;
    }
    let mut e = shift + 2; // value = q * 2**e, 2**52 <= q <= 2**53
    if q == 1 << 53 {
        q >>= 1;
        e += 1;
    }
    if e + 52 > 1023 {
        return Err(int_too_large_for_float());
    }
    let x = f64::from_bits(((e + 52 + 1023) << 52) | (q & ((1 << 52) - 1)));
    Ok(if a.is_negative() { -x } else { x })
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`
/// (`(10**400) / (10**399) == 10.0`). Errors: `ZeroDivisionError: division by zero`,
/// `OverflowError: integer division result too large for a float`.
/// A zero result carries the sign of the true quotient (`0 / -5 == -0.0`).
pub fn true_div_int(a: &BigInt, b: &BigInt) -> RtResult<f64> {
    if b.is_zero() {
        return Err(RtError::zero_division("division by zero"));
    }
    let negative = a.is_negative() != b.is_negative();
    let signed = |x: f64| if negative { -x } else { x };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let (na, nb) = (ma.bits(), mb.bits());
    if na <= 53 && nb <= 53 {
        // Both exact as doubles: IEEE division is correctly rounded.
        let x = ma.to_u64().unwrap_or(0) as f64 / mb.to_u64().unwrap_or(1) as f64;
        return Ok(signed(x));
    }
    let too_large = || RtError::overflow("integer division result too large for a float");
    let diff = na as i64 - nb as i64; // 2**(diff-1) < a/b < 2**(diff+1)
    if diff > 1025 {
        return Err(too_large());
    }
    if diff < -1080 {
        return Ok(signed(0.0));
    }
    // q = floor(|a| * 2**s / |b|) has 56 or 57 bits; `sticky` records a nonzero rest.
    let s = 56 - diff;
    let (num, mut sticky) = if s >= 0 {
        (ma << (s as u64), false)
    } else {
        let k = (-s) as u64;
        let dropped = ma.trailing_zeros().is_some_and(|tz| tz < k);
        (ma >> k, dropped)
    };
    let (q, r): (BigUint, BigUint) = num.div_rem(mb);
    sticky |= !r.is_zero();
    let q = q.to_u64().unwrap_or(0);
    let nq = i64::from(64 - q.leading_zeros());
    let e = nq - 1 - s; // 2**e <= |a/b| < 2**(e+1)
    let lsb = (e - 52).max(-1074); // exponent of the result's last place
    let drop = (lsb + s) as u32; // between 3 and 62
    let mut m = q >> drop;
    let rest = q & ((1u64 << drop) - 1);
    let half = 1u64 << (drop - 1);
    if rest > half || (rest == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    if m == 0 {
        return Ok(signed(0.0));
    }
    if i64::from(64 - m.leading_zeros()) + lsb > 1024 {
        return Err(too_large());
    }
    Ok(signed(m as f64 * pow2(lsb)))
}

/// `a / b` for inline ints (same errors as [`true_div_int`]).
pub fn true_div_i64(a: i64, b: i64) -> RtResult<f64> {
    const EXACT: u64 = 1 << 53;
    if b != 0 && a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        let x = a as f64 / b as f64;
        // 0 / -5 is -0.0 in Python (the sign of the true quotient), and IEEE agrees.
        return Ok(x);
    }
    true_div_int(&BigInt::from(a), &BigInt::from(b))
}

/// `int(x)` for a float: truncates toward zero. Errors: `ValueError: cannot convert
/// float NaN to integer`, `OverflowError: cannot convert float infinity to integer`.
pub fn f64_to_int(x: f64) -> RtResult<BigInt> {
    if x.is_nan() {
        return Err(RtError::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(RtError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2**63: t == mantissa * 2**exp exactly with exp > 0.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let v = BigInt::from(mantissa) << exp;
    Ok(if t < 0.0 { -v } else { v })
}

// ------------------------------------------------------------------ int/float comparison

fn cmp_fraction(frac: f64) -> Ordering {
    // a == trunc(b); compare a with b = trunc(b) + frac.
    if frac > 0.0 {
        Ordering::Less
    } else if frac < 0.0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// Exact comparison of an int with a float (`None` when `b` is NaN).
pub fn cmp_int_float(a: &BigInt, b: f64) -> Option<Ordering> {
    if let Some(v) = a.to_i64() {
        return cmp_i64_float(v, b);
    }
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let bt = b.trunc();
    let bi = f64_to_int(bt).ok()?;
    match a.cmp(&bi) {
        Ordering::Equal => Some(cmp_fraction(b - bt)),
        o => Some(o),
    }
}

/// Exact comparison of an inline int with a float (`None` when `b` is NaN).
pub fn cmp_i64_float(a: i64, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    if a.unsigned_abs() <= 1 << 53 {
        return (a as f64).partial_cmp(&b);
    }
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if b >= TWO63 {
        return Some(Ordering::Less);
    }
    if b < -TWO63 {
        return Some(Ordering::Greater);
    }
    let bt = b.trunc();
    match a.cmp(&(bt as i64)) {
        Ordering::Equal => Some(cmp_fraction(b - bt)),
        o => Some(o),
    }
}

/// `a == b` for an int and a float, exactly.
pub fn eq_int_float(a: &BigInt, b: f64) -> bool {
    cmp_int_float(a, b) == Some(Ordering::Equal)
}

/// `a == b` for an inline int and a float, exactly.
pub fn eq_i64_float(a: i64, b: f64) -> bool {
    cmp_i64_float(a, b) == Some(Ordering::Equal)
}

// ------------------------------------------------------------------ floats

/// `a / b` for floats. `ZeroDivisionError: float division by zero`.
pub fn float_true_div(a: f64, b: f64) -> RtResult<f64> {
    if b == 0.0 {
        return Err(RtError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod` for a nonzero divisor: (floor quotient, remainder
/// with the divisor's sign).
fn float_div_mod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx; // C fmod
                         // vx - m is (mathematically) an exact multiple of wx.
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats. `ZeroDivisionError: float floor division by zero`.
pub fn float_floordiv(a: f64, b: f64) -> RtResult<f64> {
    if b == 0.0 {
        return Err(RtError::zero_division("float floor division by zero"));
    }
    Ok(float_div_mod_raw(a, b).0)
}

/// `a % b` for floats (sign of the divisor). `ZeroDivisionError: float modulo`.
pub fn float_mod(a: f64, b: f64) -> RtResult<f64> {
    if b == 0.0 {
        return Err(RtError::zero_division("float modulo"));
    }
    Ok(float_div_mod_raw(a, b).1)
}

/// `divmod(a, b)` for floats. `ZeroDivisionError: float divmod()`.
pub fn float_divmod(a: f64, b: f64) -> RtResult<(f64, f64)> {
    if b == 0.0 {
        return Err(RtError::zero_division("float divmod()"));
    }
    Ok(float_div_mod_raw(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// The message of [`float_pow`]'s error for a negative base and a fractional exponent.
pub const NEGATIVE_FRACTIONAL_POW: &str = "negative number cannot be raised to a fractional power";

/// `a ** b` for floats, CPython's `float_pow`. Errors:
/// `ZeroDivisionError: 0.0 cannot be raised to a negative power`;
/// `OverflowError: (34, 'Numerical result out of range')` when the result overflows.
///
/// Deviation: where CPython returns a complex (a negative finite base and a finite
/// non-integral exponent, e.g. `(-8.0) ** (1/3)`), this returns
/// `ValueError` with [`NEGATIVE_FRACTIONAL_POW`] (Tauraro has no complex type yet).
pub fn float_pow(iv: f64, iw: f64) -> RtResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(RtError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if base < 0.0 {
        if iw != iw.floor() {
            return Err(RtError::value_error(NEGATIVE_FRACTIONAL_POW));
        }
        base = -base;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(RtError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

// ------------------------------------------------------------------ str <-> int

/// The `ValueError` message for an out-of-range `int()` base.
pub const INT_BASE_ERROR: &str = "int() base must be >= 2 and <= 36, or 0";

/// Unicode 14.0 (CPython 3.11's database): the `0` of every run of decimal digits
/// (category Nd) outside ASCII; each run is ten consecutive code points `0`..`9`.
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of a non-ASCII Unicode decimal digit.
fn unicode_decimal(c: char) -> Option<u8> {
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    let d = cp - zero;
    if d < 10 {
        Some(d as u8)
    } else {
        None
    }
}

/// Non-ASCII characters that `str.isspace()` accepts.
fn unicode_space(c: char) -> bool {
    matches!(
        c as u32,
        0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept, Unicode
/// spaces become ' ', Unicode decimal digits become ASCII digits, and anything else
/// becomes '?' and ends the text.
fn to_ascii_digits(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if unicode_space(c) {
            out.push(b' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(b'0' + d);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `isspace` in the "C" locale (CPython's `Py_ISSPACE`).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn digit_value(b: u8) -> Option<u32> {
    (b as char).to_digit(36)
}

fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// `int(s, base)` with CPython's default 4300-digit limit; see [`parse_int_limited`].
pub fn parse_int(s: &str, base: u32) -> RtResult<BigInt> {
    parse_int_limited(s, base, DEFAULT_MAX_STR_DIGITS)
}

/// `int(s, base)` for a `str` `s`, with `max_str_digits` as
/// `sys.get_int_max_str_digits()` (0 or `usize::MAX` = unlimited).
///
/// Accepts surrounding whitespace (Unicode spaces too), a sign, single underscores
/// between digits and after a base prefix, Unicode decimal digits, prefixes
/// `0x`/`0o`/`0b` matching the base, and base 0 (inferred from the prefix; a nonzero
/// number with a leading 0 such as `010` is rejected). Errors:
/// `ValueError: int() base must be >= 2 and <= 36, or 0` ([`INT_BASE_ERROR`]; the
/// caller maps bases that do not fit a `u32` to it as well),
/// `ValueError: invalid literal for int() with base 10: 'abc'` (repr cut to 200
/// characters), and for bases that are not powers of two
/// `ValueError: Exceeds the limit (4300 digits) for integer string conversion: value
/// has 5000 digits; use sys.set_int_max_str_digits() to increase the limit`.
pub fn parse_int_limited(s: &str, base: u32, max_str_digits: usize) -> RtResult<BigInt> {
    if base == 1 || base > 36 {
        return Err(RtError::value_error(INT_BASE_ERROR));
    }
    let invalid = || {
        RtError::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            truncate_chars(&str_repr(s), 200)
        ))
    };
    let buf = to_ascii_digits(s);
    let at = |j: usize| buf.get(j).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    match at(i) {
        b'+' => i += 1,
        b'-' => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut radix = base;
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // An old C-style octal literal: only allowed if it is zero.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (radix, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev_underscore = false;
    loop {
        let c = at(i);
        if c == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
        } else if let Some(d) = digit_value(c).filter(|&d| d < radix) {
            digits.push(d as u8);
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore {
        return Err(invalid());
    }
    let n = digits.len();
    if !radix.is_power_of_two()
        && n > MAX_STR_DIGITS_THRESHOLD
        && max_str_digits > 0
        && n > max_str_digits
    {
        return Err(RtError::value_error(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
             value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    let z = BigInt::from_radix_be(Sign::Plus, &digits, radix).ok_or_else(invalid)?;
    if error_if_nonzero && !z.is_zero() {
        return Err(invalid());
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != buf.len() {
        return Err(invalid());
    }
    Ok(if negative { -z } else { z })
}

/// `str(a)`, with `limit` as `sys.get_int_max_str_digits()` (0 or `usize::MAX` =
/// unlimited; the
/// interpreter's default is [`DEFAULT_MAX_STR_DIGITS`]). The limit counts digits,
/// not the sign. `ValueError: Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit`.
pub fn int_to_decimal_string(a: &BigInt, limit: usize) -> RtResult<String> {
    let too_long = || {
        RtError::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    let over = |digits: u64| {
        limit > 0 && digits > MAX_STR_DIGITS_THRESHOLD as u64 && digits > limit as u64
    };
    if limit > 0 {
        // A lower bound on the digit count, to refuse huge numbers without
        // converting them: |a| >= 2**(bits-1).
        let bits = a.bits();
        if bits > 64 {
            // 0.30102 < log10(2), so this never overestimates.
            let min_digits = (u128::from(bits - 1) * 30102 / 100_000) as u64 + 1;
            if over(min_digits) {
                return Err(too_long());
            }
        }
    }
    let s = a.to_string();
    let digits = s.len() - usize::from(a.is_negative());
    if over(digits as u64) {
        return Err(too_long());
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    // ---------------------------------------------------------- vector plumbing

    #[derive(Debug, Clone, PartialEq)]
    enum V {
        I(BigInt),
        F(f64),
        S(String),
        E(ExcKind, String),
        O(i32),
        N,
    }

    fn unhex(h: &str) -> Vec<u8> {
        (0..h.len() / 2)
            .map(|k| u8::from_str_radix(&h[2 * k..2 * k + 2], 16).unwrap())
            .collect()
    }

    fn kind(name: &str) -> ExcKind {
        match name {
            "ValueError" => ExcKind::ValueError,
            "ZeroDivisionError" => ExcKind::ZeroDivisionError,
            "OverflowError" => ExcKind::OverflowError,
            "MemoryError" => ExcKind::MemoryError,
            other => panic!("unexpected exception kind {other}"),
        }
    }

    fn parse_v(field: &str) -> V {
        if field == "n" {
            return V::N;
        }
        let (tag, rest) = field.split_once(':').unwrap();
        match tag {
            "i" => V::I(rest.parse().unwrap()),
            "f" => V::F(f64::from_bits(u64::from_str_radix(rest, 16).unwrap())),
            "s" => V::S(String::from_utf8(unhex(rest)).unwrap()),
            "o" => V::O(rest.parse().unwrap()),
            "e" => {
                let (k, m) = rest.split_once(':').unwrap();
                V::E(kind(k), String::from_utf8(unhex(m)).unwrap())
            }
            _ => panic!("bad field {field}"),
        }
    }

    struct Case {
        op: String,
        args: Vec<V>,
        want: Vec<V>,
        line: String,
    }

    fn cases(op: &str) -> Vec<Case> {
        let data = include_str!("../../tests/data/intops_vectors.txt");
        let mut out = Vec::new();
        for line in data.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            if fields[0] != op {
                continue;
            }
            let arrow = fields.iter().position(|f| *f == "=>").unwrap();
            out.push(Case {
                op: fields[0].to_string(),
                args: fields[1..arrow].iter().map(|f| parse_v(f)).collect(),
                want: fields[arrow + 1..].iter().map(|f| parse_v(f)).collect(),
                line: if line.len() > 300 {
                    format!("{}...", &line[..300])
                } else {
                    line.to_string()
                },
            });
        }
        assert!(!out.is_empty(), "no vectors for {op}");
        out
    }

    fn int(v: &V) -> &BigInt {
        match v {
            V::I(i) => i,
            other => panic!("expected int, got {other:?}"),
        }
    }

    fn flt(v: &V) -> f64 {
        match v {
            V::F(f) => *f,
            other => panic!("expected float, got {other:?}"),
        }
    }

    fn same_float(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    fn same(got: &V, want: &V) -> bool {
        match (got, want) {
            (V::F(a), V::F(b)) => same_float(*a, *b),
            _ => got == want,
        }
    }

    fn err(e: RtError) -> V {
        V::E(e.kind, e.msg)
    }

    fn check(c: &Case, got: Vec<V>) {
        let ok = got.len() == c.want.len() && got.iter().zip(&c.want).all(|(g, w)| same(g, w));
        assert!(
            ok,
            "{}: {}\n got {:?}\nwant {:?}",
            c.op, c.line, got, c.want
        );
    }

    fn one<T>(r: RtResult<T>, f: impl Fn(T) -> V) -> Vec<V> {
        match r {
            Ok(v) => vec![f(v)],
            Err(e) => vec![err(e)],
        }
    }

    fn pair<T>(r: RtResult<(T, T)>, f: impl Fn(T) -> V) -> Vec<V> {
        match r {
            Ok((a, b)) => vec![f(a), f(b)],
            Err(e) => vec![err(e)],
        }
    }

    // ---------------------------------------------------------- vector tests

    #[test]
    fn vectors_int_division() {
        for c in cases("floordiv") {
            let (a, b) = (int(&c.args[0]), int(&c.args[1]));
            check(&c, one(floordiv(a, b), V::I));
            if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
                let fast =
                    floordiv_i64(x, y).map(|o| o.map_or_else(|| a.div_floor(b), BigInt::from));
                check(&c, one(fast, V::I));
            }
        }
        for c in cases("mod") {
            let (a, b) = (int(&c.args[0]), int(&c.args[1]));
            check(&c, one(modulo(a, b), V::I));
            if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
                check(&c, one(mod_i64(x, y).map(BigInt::from), V::I));
            }
        }
        for c in cases("divmod") {
            let (a, b) = (int(&c.args[0]), int(&c.args[1]));
            check(&c, pair(divmod(a, b), V::I));
            if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
                let fast = divmod_i64(x, y).map(|o| match o {
                    Some((q, r)) => (BigInt::from(q), BigInt::from(r)),
                    None => a.div_mod_floor(b),
                });
                check(&c, pair(fast, V::I));
            }
        }
    }

    #[test]
    fn vectors_true_division() {
        for c in cases("truediv") {
            let (a, b) = (int(&c.args[0]), int(&c.args[1]));
            check(&c, one(true_div_int(a, b), V::F));
            if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
                check(&c, one(true_div_i64(x, y), V::F));
            }
        }
    }

    #[test]
    fn vectors_bitwise() {
        for (op, f) in [
            ("and", bit_and as fn(&BigInt, &BigInt) -> BigInt),
            ("or", bit_or),
            ("xor", bit_xor),
        ] {
            for c in cases(op) {
                check(&c, vec![V::I(f(int(&c.args[0]), int(&c.args[1])))]);
            }
        }
        for c in cases("invert") {
            check(&c, vec![V::I(invert(int(&c.args[0])))]);
        }
        for c in cases("bit_length") {
            check(&c, vec![V::I(int_bit_length(int(&c.args[0])).into())]);
        }
        for c in cases("bit_count") {
            check(&c, vec![V::I(int_bit_count(int(&c.args[0])).into())]);
        }
    }

    #[test]
    fn vectors_shifts() {
        for c in cases("shl") {
            let (a, n) = (int(&c.args[0]), int(&c.args[1]));
            check(&c, one(shl(a, n), V::I));
            if let (Some(x), Some(k)) = (a.to_i64(), n.to_i64()) {
                let fast = shl_i64(x, k).map(|o| o.map(BigInt::from));
                match fast {
                    Ok(Some(v)) => check(&c, vec![V::I(v)]),
                    Ok(None) => {}
                    Err(e) => check(&c, vec![err(e)]),
                }
            }
        }
        for c in cases("shr") {
            let (a, n) = (int(&c.args[0]), int(&c.args[1]));
            check(&c, one(shr(a, n), V::I));
            if let (Some(x), Some(k)) = (a.to_i64(), n.to_i64()) {
                check(&c, one(shr_i64(x, k).map(BigInt::from), V::I));
            }
        }
    }

    #[test]
    fn vectors_powers() {
        for c in cases("pow") {
            let (a, b) = (int(&c.args[0]), int(&c.args[1]));
            let got = one(pow_int(a, b), |r| match r {
                IntOrFloat::Int(i) => V::I(i),
                IntOrFloat::Float(f) => V::F(f),
            });
            check(&c, got);
            if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
                if let Some(v) = pow_i64(x, y) {
                    check(&c, vec![V::I(v.into())]);
                }
            }
        }
        for c in cases("powmod") {
            let (a, b, m) = (int(&c.args[0]), int(&c.args[1]), int(&c.args[2]));
            check(&c, one(pow_mod(a, b, m), V::I));
        }
    }

    #[test]
    fn vectors_int_float_conversion() {
        for c in cases("to_f64") {
            check(&c, one(int_to_f64(int(&c.args[0])), V::F));
        }
        for c in cases("f_to_int") {
            check(&c, one(f64_to_int(flt(&c.args[0])), V::I));
        }
    }

    #[test]
    fn vectors_compare() {
        for c in cases("cmp") {
            let (a, x) = (int(&c.args[0]), flt(&c.args[1]));
            let as_v = |o: Option<Ordering>| match o {
                None => V::N,
                Some(o) => V::O(o as i32),
            };
            check(&c, vec![as_v(cmp_int_float(a, x))]);
            if let Some(v) = a.to_i64() {
                check(&c, vec![as_v(cmp_i64_float(v, x))]);
                assert_eq!(eq_i64_float(v, x), c.want[0] == V::O(0), "{}", c.line);
            }
            assert_eq!(eq_int_float(a, x), c.want[0] == V::O(0), "{}", c.line);
        }
    }

    #[test]
    fn vectors_float_ops() {
        for c in cases("ffloordiv") {
            check(
                &c,
                one(float_floordiv(flt(&c.args[0]), flt(&c.args[1])), V::F),
            );
        }
        for c in cases("fmod") {
            check(&c, one(float_mod(flt(&c.args[0]), flt(&c.args[1])), V::F));
        }
        for c in cases("fdivmod") {
            check(
                &c,
                pair(float_divmod(flt(&c.args[0]), flt(&c.args[1])), V::F),
            );
        }
        for c in cases("ftruediv") {
            check(
                &c,
                one(float_true_div(flt(&c.args[0]), flt(&c.args[1])), V::F),
            );
        }
        for c in cases("fpow") {
            check(&c, one(float_pow(flt(&c.args[0]), flt(&c.args[1])), V::F));
        }
    }

    #[test]
    fn vectors_str_conversion() {
        for c in cases("parse") {
            let s = match &c.args[0] {
                V::S(s) => s.clone(),
                other => panic!("{other:?}"),
            };
            let base = int(&c.args[1]).to_u32().unwrap();
            check(&c, one(parse_int(&s, base), V::I));
        }
        for c in cases("to_str") {
            let a = int(&c.args[0]);
            check(
                &c,
                one(int_to_decimal_string(a, DEFAULT_MAX_STR_DIGITS), V::S),
            );
            assert_eq!(int_to_decimal_string(a, 0).unwrap(), a.to_string());
        }
    }

    // ---------------------------------------------------------- hand-written cases

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn absurd_sizes_fail_fast() {
        let two = BigInt::from(2);
        let e = pow_int(&two, &big("100000000000000000000")).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
        let e = pow_int(&BigInt::from(3), &BigInt::from(MAX_INT_BITS)).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
        assert_eq!(
            pow_int(&BigInt::from(-1), &big("100000000000000000001")).unwrap(),
            IntOrFloat::Int(BigInt::from(-1))
        );
        let e = shl(&BigInt::one(), &BigInt::from(MAX_INT_BITS)).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
        let e = shl(&BigInt::from(-3), &big("100000000000000000000")).unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ExcKind::OverflowError, "too many digits in integer")
        );
        let e = shl(&BigInt::from(-3), &BigInt::from(1u64 << 62)).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
        assert_eq!(
            shl(&BigInt::zero(), &big("100000000000000000000")).unwrap(),
            BigInt::zero()
        );
        // modular exponent with a huge exponent is fine
        assert_eq!(
            pow_mod(
                &two,
                &big("1000000000000000000000000000000"),
                &BigInt::from(7)
            )
            .unwrap(),
            BigInt::from(2)
        );
    }

    #[test]
    fn i64_fast_paths() {
        assert_eq!(floordiv_i64(i64::MIN, -1).unwrap(), None);
        assert_eq!(mod_i64(i64::MIN, -1).unwrap(), 0);
        assert_eq!(divmod_i64(i64::MIN, -1).unwrap(), None);
        assert_eq!(floordiv_i64(-7, 2).unwrap(), Some(-4));
        assert_eq!(mod_i64(-7, 2).unwrap(), 1);
        assert_eq!(mod_i64(7, -2).unwrap(), -1);
        assert_eq!(mod_i64(i64::MIN, i64::MAX).unwrap(), i64::MAX - 1);
        assert_eq!(
            floordiv_i64(1, 0).unwrap_err().msg,
            "integer division or modulo by zero"
        );
        assert_eq!(mod_i64(1, 0).unwrap_err().msg, "integer modulo by zero");
        assert_eq!(shl_i64(1, 62).unwrap(), Some(1 << 62));
        assert_eq!(shl_i64(1, 63).unwrap(), None);
        assert_eq!(shl_i64(-1, 63).unwrap(), Some(i64::MIN));
        assert_eq!(shl_i64(0, i64::MAX).unwrap(), Some(0));
        assert_eq!(shr_i64(-5, 1).unwrap(), -3);
        assert_eq!(shr_i64(-5, i64::MAX).unwrap(), -1);
        assert_eq!(shr_i64(5, 1000).unwrap(), 0);
        assert!(shr_i64(5, -1).is_err());
        assert_eq!(pow_i64(2, 62), Some(1 << 62));
        assert_eq!(pow_i64(2, 63), None);
        assert_eq!(pow_i64(-2, 63), Some(i64::MIN));
        assert_eq!(pow_i64(-1, i64::MAX), Some(-1));
        assert_eq!(pow_i64(0, 0), Some(1));
        assert_eq!(pow_i64(2, -1), None);
        assert_eq!(pow_i64(3, 1 << 40), None);
        assert_eq!(true_div_i64(0, -5).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(
            true_div_i64(i64::MIN, 3).unwrap(),
            -3074457345618258602.6666666666666667
        );
        assert_eq!(
            cmp_i64_float(i64::MAX, 9223372036854775808.0),
            Some(Ordering::Less)
        );
        assert_eq!(
            cmp_i64_float(i64::MIN, -9223372036854775808.0),
            Some(Ordering::Equal)
        );
        assert_eq!(cmp_i64_float(3, f64::NAN), None);
    }

    #[test]
    fn parse_int_details() {
        let e = parse_int("12", 37).unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ExcKind::ValueError, INT_BASE_ERROR)
        );
        assert_eq!(
            parse_int("abc", 10).unwrap_err().msg,
            "invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            parse_int("010", 0).unwrap_err().msg,
            "invalid literal for int() with base 0: '010'"
        );
        // The digit limit is a parameter.
        let s = "7".repeat(5000);
        assert!(parse_int(&s, 10).is_err());
        assert_eq!(parse_int_limited(&s, 10, 0).unwrap().to_string(), s);
        assert_eq!(parse_int_limited(&s, 10, 5000).unwrap().to_string(), s);
        assert_eq!(
            parse_int_limited(&s, 10, 4999).unwrap_err().msg,
            "Exceeds the limit (4999 digits) for integer string conversion: value has 5000 \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        // Below the threshold nothing is ever limited, as in CPython.
        assert!(parse_int_limited(&"1".repeat(640), 10, 100).is_ok());
        let v = big(&s);
        assert!(int_to_decimal_string(&v, 4300).is_err());
        assert_eq!(int_to_decimal_string(&v, 5000).unwrap(), s);
        assert_eq!(
            int_to_decimal_string(&v, 4999).unwrap_err().msg,
            "Exceeds the limit (4999 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        // A huge number is refused without converting it.
        let huge = BigInt::one() << 50_000_000u64;
        assert!(int_to_decimal_string(&huge, 4300).is_err());
    }

    #[test]
    fn float_pow_deviation_and_messages() {
        let e = float_pow(-8.0, 1.0 / 3.0).unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ExcKind::ValueError, NEGATIVE_FRACTIONAL_POW)
        );
        let e = pow_int(&BigInt::zero(), &BigInt::from(-1)).unwrap_err();
        assert_eq!(e.kind, ExcKind::ZeroDivisionError);
        assert_eq!(e.msg, "0.0 cannot be raised to a negative power");
        assert_eq!(float_pow(-8.0, 3.0).unwrap(), -512.0);
    }

    #[test]
    fn unicode_tables() {
        assert_eq!(unicode_decimal('\u{0669}'), Some(9));
        assert_eq!(unicode_decimal('\u{065F}'), None);
        assert_eq!(unicode_decimal('\u{1D7FF}'), Some(9));
        assert_eq!(unicode_decimal('\u{1FBF9}'), Some(9));
        assert_eq!(unicode_decimal('\u{1FBFA}'), None);
        assert_eq!(unicode_decimal('é'), None);
        for c in ['\u{85}', '\u{a0}', '\u{2000}', '\u{3000}'] {
            assert!(unicode_space(c) && c.is_whitespace());
        }
    }
}

//! Integer and float arithmetic with CPython's semantics: floor division and modulo
//! signs, correctly rounded int/int true division and int-to-float conversion,
//! exact int/float comparison, `pow` with and without modulus, shifts, and
//! `int(str, base)` parsing with CPython's messages and digit limit.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::error::{ExcKind, RtError, RtResult};
use super::strrepr::str_repr;

pub enum IntOrFloat {
    Int(BigInt),
    Float(f64),
}

/// Bits beyond which a result is refused with MemoryError instead of computed.
const MAX_BITS: u64 = 1 << 34;

pub fn int_to_f64(b: &BigInt) -> RtResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(RtError::overflow("int too large to convert to float")),
    }
}

/// `a / b` for ints, correctly rounded.
pub fn true_div_int(a: &BigInt, b: &BigInt) -> RtResult<f64> {
    if b.is_zero() {
        return Err(RtError::zero_division("division by zero"));
    }
    if a.is_zero() {
        return Ok(if a.sign() == b.sign() || b.is_positive() { 0.0 } else { -0.0 });
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (x, y) = (a.abs(), b.abs());
    if x.bits() <= 53 && y.bits() <= 53 {
        let r = x.to_f64().unwrap_or(0.0) / y.to_f64().unwrap_or(1.0);
        return Ok(if negative { -r } else { r });
    }
    // Scale so the integer quotient has at least 55 significant bits, then fold
    // the remainder into a sticky bit so one rounding gives the correct result.
    let shift = x.bits() as i64 - y.bits() as i64 - 55;
    let (num, den) = if shift > 0 { (x, y << shift as usize) } else { (x << (-shift) as usize, y) };
    let (mut q, r) = num.div_rem(&den);
    if !r.is_zero() {
        q |= BigInt::one();
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = shift.clamp(-2000, 2000) as i32;
    let result = if exp < -1000 {
        qf * 2f64.powi(exp / 2) * 2f64.powi(exp - exp / 2)
    } else {
        qf * 2f64.powi(exp)
    };
    if result.is_infinite() {
        return Err(RtError::overflow("integer division result too large for a float"));
    }
    Ok(if negative { -result } else { result })
}

pub fn f64_to_int(x: f64) -> RtResult<BigInt> {
    if x.is_nan() {
        return Err(RtError::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(RtError::overflow("cannot convert float infinity to integer"));
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub fn cmp_int_float(a: &BigInt, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = b.floor();
    let bi = BigInt::from_f64(fl).unwrap_or_default();
    match a.cmp(&bi) {
        Ordering::Equal if b > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

pub fn pow_int(base: &BigInt, exp: &BigInt) -> RtResult<IntOrFloat> {
    if exp.is_negative() {
        if base.is_zero() {
            return Err(RtError::zero_division("0.0 cannot be raised to a negative power"));
        }
        let b = int_to_f64(base)?;
        let e = exp.to_f64().unwrap_or(f64::NEG_INFINITY);
        return Ok(IntOrFloat::Float(float_pow(b, e)?));
    }
    if base.is_zero() || base.is_one() {
        return Ok(IntOrFloat::Int(if exp.is_zero() { BigInt::one() } else { base.clone() }));
    }
    if *base == BigInt::from(-1) {
        return Ok(IntOrFloat::Int(if exp.is_even() { BigInt::one() } else { base.clone() }));
    }
    let e = exp.to_u64().filter(|e| e.saturating_mul(base.bits()) <= MAX_BITS);
    match e {
        Some(e) => Ok(IntOrFloat::Int(num_traits::pow::Pow::pow(base, e))),
        None => Err(RtError::new(ExcKind::MemoryError, "")),
    }
}

pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> RtResult<BigInt> {
    if modulus.is_zero() {
        return Err(RtError::value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    let mut b = base.mod_floor(&m);
    let mut e = exp.clone();
    if e.is_negative() {
        b = mod_inverse(&b, &m).ok_or_else(|| RtError::value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = b.modpow(&e, &m);
    if modulus.is_negative() && !r.is_zero() {
        r += modulus;
    }
    Ok(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

pub fn shl(a: &BigInt, n: &BigInt) -> RtResult<BigInt> {
    if n.is_negative() {
        return Err(RtError::value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    match n.to_u64().filter(|&n| n + a.bits() <= MAX_BITS) {
        Some(n) => Ok(a << n as usize),
        None => Err(RtError::overflow("too many digits in integer")),
    }
}

pub fn shr(a: &BigInt, n: &BigInt) -> RtResult<BigInt> {
    if n.is_negative() {
        return Err(RtError::value_error("negative shift count"));
    }
    match n.to_u64().filter(|&n| n < a.bits() + 1) {
        Some(n) => Ok(a >> n as usize),
        None => Ok(if a.is_negative() { BigInt::from(-1) } else { BigInt::zero() }),
    }
}

pub fn float_divmod(x: f64, y: f64) -> RtResult<(f64, f64)> {
    if y == 0.0 {
        return Err(RtError::zero_division("float divmod()"));
    }
    Ok(divmod_nonzero(x, y))
}

fn divmod_nonzero(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
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
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_floordiv(x: f64, y: f64) -> RtResult<f64> {
    if y == 0.0 {
        return Err(RtError::zero_division("float floor division by zero"));
    }
    Ok(divmod_nonzero(x, y).0)
}

pub fn float_mod(x: f64, y: f64) -> RtResult<f64> {
    if y == 0.0 {
        return Err(RtError::zero_division("float modulo"));
    }
    Ok(divmod_nonzero(x, y).1)
}

pub fn float_pow(x: f64, y: f64) -> RtResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(RtError::zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(RtError::value_error("negative number cannot be raised to a fractional power"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(RtError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `int(s, base)`, with CPython's rules for whitespace, signs, prefixes and `_`.
pub fn parse_int(s: &str, base: u32) -> RtResult<BigInt> {
    parse_int_limited(s, base, 4300)
}

pub fn parse_int_limited(s: &str, base: u32, limit: usize) -> RtResult<BigInt> {
    let invalid = || RtError::value_error(format!("invalid literal for int() with base {base}: {}", str_repr(s)));
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let mut radix = base;
    let mut digits: &str = &lower;
    let mut had_prefix = false;
    for (p, r) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.starts_with(p) && (base == r || base == 0) {
            radix = r;
            digits = &lower[2..];
            had_prefix = true;
        }
    }
    if radix == 0 {
        radix = 10;
        // Base 0 refuses leading zeros in a nonzero decimal literal.
        if digits.len() > 1 && digits.starts_with('0') && digits.trim_start_matches(['0', '_']).len() > 0 {
            return Err(invalid());
        }
    }
    let digits = if had_prefix { digits.strip_prefix('_').unwrap_or(digits) } else { digits };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(invalid());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(radix)) {
        return Err(invalid());
    }
    if radix == 10 && clean.len() > limit {
        return Err(RtError::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(invalid)?;
    Ok(if neg { -v } else { v })
}

/// `str(int)`, refusing more than `limit` digits as CPython 3.11 does.
pub fn int_to_decimal_string(b: &BigInt, limit: usize) -> RtResult<String> {
    // Cheap bound first: bits * log10(2) digits.
    let approx = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
    if approx > limit + 1 {
        return Err(RtError::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let s = b.to_string();
    let ndigits = s.trim_start_matches('-').len();
    if ndigits > limit {
        return Err(RtError::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().expect("int")
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let a = num_traits::pow::Pow::pow(&BigInt::from(10), 400u32);
        let b = num_traits::pow::Pow::pow(&BigInt::from(10), 399u32);
        assert_eq!(true_div_int(&a, &b).ok(), Some(10.0));
        assert_eq!(true_div_int(&BigInt::from(1), &BigInt::from(3)).ok(), Some(1.0 / 3.0));
        assert!(true_div_int(&a, &BigInt::from(3)).is_err());
    }

    #[test]
    fn floor_rules_for_floats() {
        assert_eq!(float_mod(-7.0, 2.0).ok(), Some(1.0));
        assert_eq!(float_floordiv(-7.0, 2.0).ok(), Some(-4.0));
        assert_eq!(float_mod(7.0, -2.0).ok(), Some(-1.0));
        assert!(float_mod(1.0, 0.0).is_err());
    }

    #[test]
    fn parses_like_int() {
        assert_eq!(parse_int("  -12_3 ", 10).ok(), Some(BigInt::from(-123)));
        assert_eq!(parse_int("0x1f", 0).ok(), Some(BigInt::from(31)));
        assert_eq!(parse_int("ff", 16).ok(), Some(BigInt::from(255)));
        assert!(parse_int("010", 0).is_err());
        assert!(parse_int("1__0", 10).is_err());
        let e = parse_int("abc", 10).err().expect("error");
        assert_eq!(e.msg, "invalid literal for int() with base 10: 'abc'");
    }

    #[test]
    fn modular_pow_and_comparisons() {
        assert_eq!(pow_mod(&BigInt::from(3), &BigInt::from(-1), &BigInt::from(7)).ok(), Some(BigInt::from(5)));
        assert_eq!(pow_mod(&BigInt::from(2), &BigInt::from(10), &BigInt::from(-7)).ok(), Some(BigInt::from(-5)));
        assert_eq!(cmp_int_float(&big("9007199254740993"), 9007199254740992.0), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(&BigInt::from(1), 1.5), Some(Ordering::Less));
    }
}

//! The `math` module, with CPython 3.11's results and errors.
//!
//! The float functions call the platform libm (as CPython does) and apply CPython's
//! error rules: a NaN from a non-NaN argument is `ValueError: math domain error`, an
//! infinity from a finite argument is `OverflowError: math range error` for the
//! functions that can overflow and a domain error for the others. `gamma`/`lgamma`
//! use CPython's own Lanczos approximation, `hypot`/`dist` its scaled, compensated
//! vector norm, and `fsum` Shewchuk's exact partials. The integer functions are
//! exact on big ints.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{add_fns, no_kw, one_arg, positional, set_global, to_f64, to_index, Kw};
use crate::compile::bytecode::BinOp;
use crate::interp::Vm;
use crate::runtime::error::{ExcKind, RtError, RtResult};
use crate::runtime::intops::{f64_to_int, int_to_f64};
use crate::runtime::object::*;
use crate::runtime::ops::as_intref;
use crate::runtime::value::Value;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("math");
    add_fns(
        vm,
        m,
        &[
            ("sqrt", m_sqrt as NativeFn),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("asinh", m_asinh),
            ("acosh", m_acosh),
            ("atanh", m_atanh),
            ("fabs", m_fabs),
            ("cbrt", m_cbrt),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("gamma", m_gamma),
            ("lgamma", m_lgamma),
            ("log1p", m_log1p),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("ulp", m_ulp),
            ("log", m_log_fn),
            ("log2", m_log2_fn),
            ("log10", m_log10_fn),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("pow", m_pow),
            ("atan2", m_atan2),
            ("fmod", m_fmod),
            ("copysign", m_copysign),
            ("remainder", m_remainder),
            ("nextafter", m_nextafter),
            ("hypot", m_hypot),
            ("dist", m_dist),
            ("fsum", m_fsum),
            ("prod", m_prod),
            ("isclose", m_isclose),
            ("isfinite", m_isfinite),
            ("isnan", m_isnan),
            ("isinf", m_isinf),
            ("modf", m_modf),
            ("frexp", m_frexp),
            ("ldexp", m_ldexp),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("isqrt", m_isqrt),
            ("factorial", m_factorial),
            ("comb", m_comb),
            ("perm", m_perm),
        ],
    );
    for (name, x) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        set_global(vm, m, name, Value::from_f64(x));
    }
    Ok(m)
}

// ---- float kernels ------------------------------------------------------------------

fn domain_error() -> RtError {
    RtError::value_error("math domain error")
}

fn range_error() -> RtError {
    RtError::overflow("math range error")
}

use crate::runtime::platform;

fn c_asinh(x: f64) -> f64 {
    platform::asinh(x)
}
fn c_acosh(x: f64) -> f64 {
    platform::acosh(x)
}
fn c_atanh(x: f64) -> f64 {
    platform::atanh(x)
}
/// The C library's `cbrt` (CPython's), not Rust's correctly rounded one.
fn c_cbrt(x: f64) -> f64 {
    platform::cbrt(x)
}
fn c_erf(x: f64) -> f64 {
    platform::erf(x)
}
fn c_erfc(x: f64) -> f64 {
    platform::erfc(x)
}

/// CPython's `math_1`: the error rules for a one-argument libm function.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> RtResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// CPython's `math_2`: the error rules for a two-argument function.
fn math_2(x: f64, y: f64, f: fn(f64, f64) -> f64) -> RtResult<f64> {
    let r = f(x, y);
    if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            return Err(domain_error());
        }
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

pub fn k_sqrt(x: f64) -> RtResult<f64> {
    math_1(x, f64::sqrt, false)
}
pub fn k_exp(x: f64) -> RtResult<f64> {
    math_1(x, f64::exp, true)
}
pub fn k_exp2(x: f64) -> RtResult<f64> {
    math_1(x, f64::exp2, true)
}
pub fn k_expm1(x: f64) -> RtResult<f64> {
    math_1(x, f64::exp_m1, true)
}
pub fn k_sin(x: f64) -> RtResult<f64> {
    math_1(x, f64::sin, false)
}
pub fn k_cos(x: f64) -> RtResult<f64> {
    math_1(x, f64::cos, false)
}
pub fn k_tan(x: f64) -> RtResult<f64> {
    math_1(x, f64::tan, false)
}
pub fn k_asin(x: f64) -> RtResult<f64> {
    math_1(x, f64::asin, false)
}
pub fn k_acos(x: f64) -> RtResult<f64> {
    math_1(x, f64::acos, false)
}
pub fn k_atan(x: f64) -> RtResult<f64> {
    math_1(x, f64::atan, false)
}
pub fn k_sinh(x: f64) -> RtResult<f64> {
    math_1(x, f64::sinh, true)
}
pub fn k_cosh(x: f64) -> RtResult<f64> {
    math_1(x, f64::cosh, true)
}
pub fn k_tanh(x: f64) -> RtResult<f64> {
    math_1(x, f64::tanh, false)
}
pub fn k_asinh(x: f64) -> RtResult<f64> {
    math_1(x, c_asinh, false)
}
pub fn k_acosh(x: f64) -> RtResult<f64> {
    math_1(x, c_acosh, false)
}
pub fn k_atanh(x: f64) -> RtResult<f64> {
    math_1(x, c_atanh, false)
}
pub fn k_fabs(x: f64) -> RtResult<f64> {
    Ok(x.abs())
}
pub fn k_cbrt(x: f64) -> RtResult<f64> {
    math_1(x, c_cbrt, false)
}
pub fn k_erf(x: f64) -> RtResult<f64> {
    math_1(x, c_erf, false)
}
pub fn k_erfc(x: f64) -> RtResult<f64> {
    math_1(x, c_erfc, false)
}
pub fn k_log1p(x: f64) -> RtResult<f64> {
    math_1(x, f64::ln_1p, false)
}
pub fn k_degrees(x: f64) -> RtResult<f64> {
    Ok(x * (180.0 / std::f64::consts::PI))
}
pub fn k_radians(x: f64) -> RtResult<f64> {
    Ok(x * (std::f64::consts::PI / 180.0))
}

pub fn k_ulp(x: f64) -> RtResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(x);
    }
    let up = x.next_up();
    if up.is_infinite() {
        return Ok(x - x.next_down());
    }
    Ok(up - x)
}

/// `log` with CPython's special cases (`m_log`); `None` marks a domain error.
fn raw_log(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_ln(x: f64) -> f64 {
    raw_log(x, f64::ln)
}
fn m_log2(x: f64) -> f64 {
    raw_log(x, f64::log2)
}
fn m_log10(x: f64) -> f64 {
    raw_log(x, f64::log10)
}

pub fn k_log(x: f64) -> RtResult<f64> {
    math_1(x, m_ln, false)
}
pub fn k_log2(x: f64) -> RtResult<f64> {
    math_1(x, m_log2, false)
}
pub fn k_log10(x: f64) -> RtResult<f64> {
    math_1(x, m_log10, false)
}

/// A positive int as `m * 2**e` with `0.5 <= m < 1` correctly rounded
/// (`_PyLong_Frexp`).
pub fn big_frexp(n: &BigUint) -> (f64, u64) {
    let bits = n.bits();
    let (top, sticky) = if bits > 64 {
        let shift = bits - 64;
        let top = (n >> shift).to_u64().unwrap_or(0);
        let sticky = n.trailing_zeros().is_some_and(|tz| tz < shift);
        (top, sticky)
    } else {
        (n.to_u64().unwrap_or(0) << (64 - bits), false)
    };
    // `top | sticky` is never a tie when bits were dropped, so one rounding is exact.
    let m = (top | sticky as u64) as f64 / 18446744073709551616.0;
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

/// CPython's `loghelper` for an int: exact for ints too large for a float.
pub fn log_of_int(n: &BigInt, f: fn(f64) -> f64) -> RtResult<f64> {
    if n.sign() != Sign::Plus {
        return Err(domain_error());
    }
    match int_to_f64(n) {
        Ok(x) => Ok(f(x)),
        Err(_) => {
            let (m, e) = big_frexp(n.magnitude());
            Ok(f(m) + f(2.0) * e as f64)
        }
    }
}

pub fn k_pow(x: f64, y: f64) -> RtResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(r)
}

pub fn k_fmod(x: f64, y: f64) -> RtResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(r)
}

fn raw_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

pub fn k_atan2(y: f64, x: f64) -> RtResult<f64> {
    math_2(y, x, raw_atan2)
}

pub fn k_copysign(x: f64, y: f64) -> RtResult<f64> {
    math_2(x, y, f64::copysign)
}

fn raw_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

pub fn k_remainder(x: f64, y: f64) -> RtResult<f64> {
    math_2(x, y, raw_remainder)
}

pub fn k_nextafter(x: f64, y: f64) -> RtResult<f64> {
    Ok(if x.is_nan() || y.is_nan() {
        x + y
    } else if x == y {
        y
    } else if y > x {
        x.next_up()
    } else {
        x.next_down()
    })
}

// ---- gamma and lgamma (CPython's Lanczos approximation) -------------------------------
// The coefficients are written out in full, as published; the compiler rounds
// them to doubles as a C compiler does.

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

pub fn k_gamma(x: f64) -> RtResult<f64> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain_error());
    }
    if x == 0.0 {
        return Err(domain_error());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain_error());
        }
        if x <= 23.0 {
            // (x-1)! exactly, then rounded once (CPython's table of literals).
            let f: u128 = (2..x as u128).product();
            return Ok(f as f64);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(range_error());
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(range_error());
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

pub fn k_lgamma(x: f64) -> RtResult<f64> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain_error());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

// ---- frexp, ldexp, modf -----------------------------------------------------------

pub fn k_frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        let (m, e) = k_frexp(x * 18014398509481984.0); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `x * 2**n`, correctly rounded (also into the subnormal range).
pub fn scalbn(x: f64, n: i64) -> f64 {
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    let pm1022_53 = f64::from_bits(0x0010_0000_0000_0000) * 9007199254740992.0;
    let mut y = x;
    let mut n = n.clamp(-4000, 4000);
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        y *= pm1022_53;
        n += 1022 - 53;
        if n < -1022 {
            y *= pm1022_53;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

pub fn k_ldexp(x: f64, exp: &BigInt) -> RtResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let e = match exp.to_i64() {
        Some(e) if e.unsigned_abs() <= i32::MAX as u64 => e,
        _ => {
            if exp.is_positive() {
                return Err(range_error());
            }
            return Ok(0.0f64.copysign(x));
        }
    };
    let r = scalbn(x, e);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

pub fn k_modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let t = x.trunc();
    ((x - t).copysign(x), t)
}

pub fn k_isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> RtResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(RtError::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

// ---- hypot / dist: CPython's vector_norm --------------------------------------------

/// `(hi, lo)` with `hi + lo == a + b` exactly, for `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// `(hi, lo)` with `hi + lo == x * y` exactly.
fn two_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// The Euclidean norm of `vec` (absolute values, `max` their maximum), computed
/// as CPython 3.11 does: scaled by a power of two, squares summed exactly in a
/// double-length accumulator, then one Newton correction of the square root.
pub fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = k_frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = scalbn(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = two_mul(x, x);
        let (s, t) = fast_two_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += t;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = two_mul(-h, h);
    let (s, t) = fast_two_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += t;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `hypot` of already-converted coordinates.
pub fn k_hypot(coords: &[f64]) -> f64 {
    let mut v: Vec<f64> = coords.iter().map(|x| x.abs()).collect();
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in &v {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(&mut v, max, found_nan)
}

// ---- fsum ------------------------------------------------------------------------------

/// Shewchuk's exact summation with CPython's handling of infinities, NaNs and
/// intermediate overflow.
#[derive(Default)]
pub struct FSum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl FSum {
    pub fn add(&mut self, x: f64) -> RtResult<()> {
        let xsave = x;
        let mut x = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(RtError::overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    self.inf_sum += xsave;
                }
                self.special_sum += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    pub fn finish(&self) -> RtResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(RtError::value_error("-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

pub fn k_fsum(items: &[f64]) -> RtResult<f64> {
    let mut s = FSum::default();
    for &x in items {
        s.add(x)?;
    }
    s.finish()
}

// ---- integer kernels -----------------------------------------------------------------

/// `lo * (lo + 1) * ... * (lo + n - 1)` by binary splitting.
pub fn range_product(lo: &BigUint, n: u64) -> BigUint {
    if n == 0 {
        return BigUint::one();
    }
    if n <= 16 {
        let mut acc = lo.clone();
        let mut cur = lo.clone();
        for _ in 1..n {
            cur += 1u32;
            acc *= &cur;
        }
        return acc;
    }
    let half = n / 2;
    let upper = lo + BigUint::from(half);
    range_product(lo, half) * range_product(&upper, n - half)
}

pub fn factorial(n: u64) -> BigUint {
    if n < 2 {
        return BigUint::one();
    }
    range_product(&BigUint::from(2u32), n - 1)
}

pub fn k_factorial(n: &BigInt) -> RtResult<BigUint> {
    if n.is_negative() {
        return Err(RtError::value_error(
            "factorial() not defined for negative values",
        ));
    }
    match n.to_i64() {
        Some(v) => Ok(factorial(v as u64)),
        None => Err(RtError::overflow(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))),
    }
}

pub fn k_comb(n: &BigInt, k: &BigInt) -> RtResult<BigInt> {
    if n.is_negative() {
        return Err(RtError::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(RtError::value_error("k must be a non-negative integer"));
    }
    let rest = n - k;
    if rest.is_negative() {
        return Ok(BigInt::zero());
    }
    let k = if &rest < k { &rest } else { k };
    let Some(kk) = k.to_i64() else {
        return Err(RtError::overflow(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    let kk = kk as u64;
    let lo = (n - k + 1u32).magnitude().clone();
    let num = range_product(&lo, kk);
    Ok(BigInt::from(num / factorial(kk)))
}

pub fn k_perm(n: &BigInt, k: &BigInt) -> RtResult<BigInt> {
    if n.is_negative() {
        return Err(RtError::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(RtError::value_error("k must be a non-negative integer"));
    }
    if n < k {
        return Ok(BigInt::zero());
    }
    let Some(kk) = k.to_i64() else {
        return Err(RtError::overflow(format!("k must not exceed {}", i64::MAX)));
    };
    let lo = (n - k + 1u32).magnitude().clone();
    Ok(BigInt::from(range_product(&lo, kk as u64)))
}

pub fn k_isqrt(n: &BigInt) -> RtResult<BigInt> {
    if n.is_negative() {
        return Err(RtError::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(BigInt::from(n.magnitude().sqrt()))
}

pub fn k_gcd(a: &BigInt, b: &BigInt) -> BigInt {
    a.gcd(b)
}

pub fn k_lcm(a: &BigInt, b: &BigInt) -> BigInt {
    if a.is_zero() || b.is_zero() {
        return BigInt::zero();
    }
    let g = a.gcd(b);
    (a / g * b).abs()
}

// ---- natives -------------------------------------------------------------------------

macro_rules! unary_natives {
    ($($fname:ident => $qual:literal, $kernel:path;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                let a = one_arg(args, kw, $qual)?;
                let x = to_f64(vm, a)?;
                Ok(Value::from_f64($kernel(x)?))
            }
        )*
    };
}

/// `math.sqrt` and `math.fabs`, which the JIT compiles to machine instructions for
/// float arguments (it recognizes them by these function pointers).
pub const SQRT: NativeFn = m_sqrt;
pub const FABS: NativeFn = m_fabs;

unary_natives! {
    m_sqrt => "math.sqrt", k_sqrt;
    m_exp => "math.exp", k_exp;
    m_exp2 => "math.exp2", k_exp2;
    m_expm1 => "math.expm1", k_expm1;
    m_sin => "math.sin", k_sin;
    m_cos => "math.cos", k_cos;
    m_tan => "math.tan", k_tan;
    m_asin => "math.asin", k_asin;
    m_acos => "math.acos", k_acos;
    m_atan => "math.atan", k_atan;
    m_sinh => "math.sinh", k_sinh;
    m_cosh => "math.cosh", k_cosh;
    m_tanh => "math.tanh", k_tanh;
    m_asinh => "math.asinh", k_asinh;
    m_acosh => "math.acosh", k_acosh;
    m_atanh => "math.atanh", k_atanh;
    m_fabs => "math.fabs", k_fabs;
    m_cbrt => "math.cbrt", k_cbrt;
    m_erf => "math.erf", k_erf;
    m_erfc => "math.erfc", k_erfc;
    m_gamma => "math.gamma", k_gamma;
    m_lgamma => "math.lgamma", k_lgamma;
    m_log1p => "math.log1p", k_log1p;
    m_degrees => "math.degrees", k_degrees;
    m_radians => "math.radians", k_radians;
    m_ulp => "math.ulp", k_ulp;
}

macro_rules! binary_natives {
    ($($fname:ident => $name:literal, $qual:literal, $kernel:path;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                no_kw(kw, $qual)?;
                positional(args, $name, 2, 2)?;
                let x = to_f64(vm, args[0])?;
                let y = to_f64(vm, args[1])?;
                Ok(Value::from_f64($kernel(x, y)?))
            }
        )*
    };
}

binary_natives! {
    m_pow => "pow", "math.pow", k_pow;
    m_atan2 => "atan2", "math.atan2", k_atan2;
    m_fmod => "fmod", "math.fmod", k_fmod;
    m_copysign => "copysign", "math.copysign", k_copysign;
    m_remainder => "remainder", "math.remainder", k_remainder;
    m_nextafter => "nextafter", "math.nextafter", k_nextafter;
}

/// `loghelper`: ints directly (any size), everything else through `math_1`.
fn loghelper(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_intref(v) {
        return Ok(log_of_int(&i.to_big(), f)?);
    }
    let x = to_f64(vm, v)?;
    Ok(math_1(x, f, false)?)
}

fn m_log_fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, args[0], m_ln)?;
    if args.len() == 1 {
        return Ok(Value::from_f64(num));
    }
    let den = loghelper(vm, args[1], m_ln)?;
    if den == 0.0 {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(Value::from_f64(num / den))
}

fn m_log2_fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "math.log2")?;
    Ok(Value::from_f64(loghelper(vm, a, m_log2)?))
}

fn m_log10_fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "math.log10")?;
    Ok(Value::from_f64(loghelper(vm, a, m_log10)?))
}

fn is_instance(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Instance(_)))
}

/// `floor`/`ceil`: floats and ints directly, then the type's special method, then
/// the float value.
fn floor_ceil(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    qual: &str,
    special: &str,
    round: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = one_arg(args, kw, qual)?;
    let x = if a.is_float() {
        a.as_f64()
    } else if let Some(i) = as_intref(a) {
        return Ok(vm.int_of(i));
    } else {
        if is_instance(a) {
            if let Some(f) = vm.lookup_special(a, special) {
                return vm.call_value(f, &[a], &[]);
            }
        }
        to_f64(vm, a)?
    };
    let r = f64_to_int(round(x))?;
    Ok(vm.bigint_value(r))
}

fn m_floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    floor_ceil(vm, args, kw, "math.floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    floor_ceil(vm, args, kw, "math.ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "math.trunc")?;
    if a.is_float() {
        let r = f64_to_int(a.as_f64())?;
        return Ok(vm.bigint_value(r));
    }
    if let Some(i) = as_intref(a) {
        return Ok(vm.int_of(i));
    }
    if is_instance(a) {
        if let Some(f) = vm.lookup_special(a, "__trunc__") {
            return vm.call_value(f, &[a], &[]);
        }
    }
    let tn = vm.type_name(a);
    Err(PyErr::type_error(format!(
        "type {tn} doesn't define __trunc__ method"
    )))
}

/// Each argument as a float the way `hypot` and `dist` convert them.
fn floats_of(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<f64>> {
    let mut out = Vec::with_capacity(items.len());
    for &v in items {
        out.push(to_f64(vm, v)?);
    }
    Ok(out)
}

fn m_hypot(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(kw, "math.hypot")?;
    let xs = floats_of(vm, args)?;
    Ok(Value::from_f64(k_hypot(&xs)))
}

fn tuple_of(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if let Some(ObjData::Tuple(t)) = v.as_obj().map(|o| &o.data) {
        return Ok(t.to_vec());
    }
    vm.collect_iterable(v)
}

fn m_dist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(kw, "math.dist")?;
    positional(args, "dist", 2, 2)?;
    let p = tuple_of(vm, args[0])?;
    let pt = vm.new_list(p.clone());
    vm.extra_roots.push(pt);
    let q = tuple_of(vm, args[1]);
    vm.extra_roots.pop();
    let q = q?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (&a, &b) in p.iter().zip(q.iter()) {
        let px = to_f64(vm, a)?;
        let qx = to_f64(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::from_f64(vector_norm(&mut diffs, max, found_nan)))
}

fn m_fsum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "math.fsum")?;
    let it = vm.get_iter(a)?;
    vm.extra_roots.push(it);
    let r: PyResult<f64> = (|| {
        let mut s = FSum::default();
        while let Some(x) = vm.iter_next(it)? {
            let f = to_f64(vm, x)?;
            s.add(f)?;
        }
        Ok(s.finish()?)
    })();
    vm.extra_roots.pop();
    Ok(Value::from_f64(r?))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut acc = Value::from_small_int(1);
    for &(k, v) in kw {
        match vm.str_contents(k).unwrap_or("") {
            "start" => acc = v,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for prod()"
                )))
            }
        }
    }
    let it = vm.get_iter(args[0])?;
    vm.extra_roots.push(it);
    let r = (|| {
        while let Some(x) = vm.iter_next(it)? {
            vm.extra_roots.push(acc);
            let r = vm.binary_op(BinOp::Mul, acc, x);
            vm.extra_roots.pop();
            acc = r?;
        }
        Ok(acc)
    })();
    vm.extra_roots.pop();
    r
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let mut vals: [Option<Value>; 4] = [None; 4];
    for (i, &a) in args.iter().enumerate() {
        vals[i] = Some(a);
    }
    for &(k, v) in kw {
        let n = vm.str_contents(k).unwrap_or("").to_string();
        match names.iter().position(|x| *x == n) {
            Some(i) => {
                if vals[i].is_some() {
                    return Err(PyErr::type_error(format!(
                        "argument for isclose() given by name ('{n}') and position ({})",
                        i + 1
                    )));
                }
                vals[i] = Some(v);
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "'{n}' is an invalid keyword argument for isclose()"
                )))
            }
        }
    }
    for (i, name) in names[..2].iter().enumerate() {
        if vals[i].is_none() {
            return Err(PyErr::type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let a = to_f64(vm, vals[0].unwrap_or(Value::NONE))?;
    let b = to_f64(vm, vals[1].unwrap_or(Value::NONE))?;
    let rel = match vals[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match vals[3] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    Ok(Value::from_bool(k_isclose(a, b, rel, abs)?))
}

fn float_pred(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    qual: &str,
    pred: fn(f64) -> bool,
) -> PyResult<Value> {
    let a = one_arg(args, kw, qual)?;
    let x = to_f64(vm, a)?;
    Ok(Value::from_bool(pred(x)))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    float_pred(vm, args, kw, "math.isfinite", f64::is_finite)
}
fn m_isnan(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    float_pred(vm, args, kw, "math.isnan", f64::is_nan)
}
fn m_isinf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    float_pred(vm, args, kw, "math.isinf", f64::is_infinite)
}

fn m_modf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "math.modf")?;
    let x = to_f64(vm, a)?;
    let (f, i) = k_modf(x);
    Ok(vm.new_tuple(vec![Value::from_f64(f), Value::from_f64(i)]))
}

fn m_frexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "math.frexp")?;
    let x = to_f64(vm, a)?;
    let (m, e) = k_frexp(x);
    let e = vm.int_value(e);
    Ok(vm.new_tuple(vec![Value::from_f64(m), e]))
}

fn m_ldexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(kw, "math.ldexp")?;
    positional(args, "ldexp", 2, 2)?;
    let x = to_f64(vm, args[0])?;
    let Some(i) = as_intref(args[1]) else {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    Ok(Value::from_f64(k_ldexp(x, &i.to_big())?))
}

fn m_gcd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(kw, "math.gcd")?;
    if args.is_empty() {
        return Ok(Value::from_small_int(0));
    }
    let mut res = to_index(vm, args[0])?;
    if args.len() == 1 {
        return Ok(vm.bigint_value(res.abs()));
    }
    for &a in &args[1..] {
        let x = to_index(vm, a)?;
        if !res.is_one() {
            res = k_gcd(&res, &x);
        }
    }
    Ok(vm.bigint_value(res))
}

fn m_lcm(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(kw, "math.lcm")?;
    if args.is_empty() {
        return Ok(Value::from_small_int(1));
    }
    let mut res = to_index(vm, args[0])?;
    if args.len() == 1 {
        return Ok(vm.bigint_value(res.abs()));
    }
    for &a in &args[1..] {
        let x = to_index(vm, a)?;
        if !res.is_zero() {
            res = k_lcm(&res, &x);
        }
    }
    Ok(vm.bigint_value(res))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "math.isqrt")?;
    let n = to_index(vm, a)?;
    let r = k_isqrt(&n)?;
    Ok(vm.bigint_value(r))
}

fn m_factorial(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "math.factorial")?;
    let n = to_index(vm, a)?;
    let r = k_factorial(&n)?;
    Ok(vm.bigint_value(BigInt::from(r)))
}

fn m_comb(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(kw, "math.comb")?;
    positional(args, "comb", 2, 2)?;
    let n = to_index(vm, args[0])?;
    let k = to_index(vm, args[1])?;
    let r = k_comb(&n, &k)?;
    Ok(vm.bigint_value(r))
}

fn m_perm(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(kw, "math.perm")?;
    positional(args, "perm", 1, 2)?;
    if args.len() == 1 || args[1].is_none() {
        return m_factorial(vm, &args[..1], &[]);
    }
    let n = to_index(vm, args[0])?;
    let k = to_index(vm, args[1])?;
    let r = k_perm(&n, &k)?;
    Ok(vm.bigint_value(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference results printed by CPython 3.11 (`tests/data/gen_math_vectors.py`).
    const VECTORS: &str = include_str!("../../../tests/data/math_vectors.txt");

    fn unary_kernel(name: &str) -> fn(f64) -> RtResult<f64> {
        match name {
            "sqrt" => k_sqrt,
            "exp" => k_exp,
            "exp2" => k_exp2,
            "expm1" => k_expm1,
            "sin" => k_sin,
            "cos" => k_cos,
            "tan" => k_tan,
            "asin" => k_asin,
            "acos" => k_acos,
            "atan" => k_atan,
            "sinh" => k_sinh,
            "cosh" => k_cosh,
            "tanh" => k_tanh,
            "asinh" => k_asinh,
            "acosh" => k_acosh,
            "atanh" => k_atanh,
            "fabs" => k_fabs,
            "cbrt" => k_cbrt,
            "erf" => k_erf,
            "erfc" => k_erfc,
            "gamma" => k_gamma,
            "lgamma" => k_lgamma,
            "log1p" => k_log1p,
            "log" => k_log,
            "log2" => k_log2,
            "log10" => k_log10,
            "degrees" => k_degrees,
            "radians" => k_radians,
            "ulp" => k_ulp,
            "modf0" => |x| Ok(k_modf(x).0),
            "modf1" => |x| Ok(k_modf(x).1),
            "frexp0" => |x| Ok(k_frexp(x).0),
            _ => panic!("unknown unary function {name}"),
        }
    }

    fn binary_kernel(name: &str) -> fn(f64, f64) -> RtResult<f64> {
        match name {
            "pow" => k_pow,
            "atan2" => k_atan2,
            "fmod" => k_fmod,
            "copysign" => k_copysign,
            "remainder" => k_remainder,
            "nextafter" => k_nextafter,
            _ => panic!("unknown binary function {name}"),
        }
    }

    fn float_of(s: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(s, 16).expect("hex bits"))
    }

    fn big(s: &str) -> BigInt {
        s.parse().expect("decimal int")
    }

    /// The result column: float bits, an int, a bool, or `E:Kind:message`.
    /// Returns a description of the mismatch, if any.
    fn check(line: &str, got: Result<String, RtError>, want: &str) -> Option<String> {
        match (got, want.strip_prefix("E:")) {
            (Ok(g), None) if g == want => None,
            (Ok(g), None) => Some(format!("{line}: got {g}")),
            (Err(e), Some(w)) => {
                let (kind, msg) = w.split_once(':').expect("kind:msg");
                if format!("{:?}", e.kind) == kind && e.msg == msg {
                    None
                } else {
                    Some(format!("{line}: got error {e}"))
                }
            }
            (Ok(g), Some(_)) => Some(format!("{line}: expected an error, got {g}")),
            (Err(e), None) => Some(format!("{line}: unexpected error {e}")),
        }
    }

    fn bits(x: f64) -> String {
        // NaNs compare by being NaN (payloads differ across libms).
        if x.is_nan() {
            return "nan".into();
        }
        format!("{:016x}", x.to_bits())
    }

    fn fbits(s: &str) -> String {
        let x = float_of(s);
        bits(x)
    }

    #[test]
    fn cpython_vectors() {
        let mut count = 0;
        let mut failures: Vec<String> = vec![];
        for line in VECTORS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (lhs, want) = line.split_once("\t=>\t").expect("=> separator");
            let want = if want.starts_with("E:") {
                want.to_string()
            } else if let Some(f) = want.strip_prefix("f:") {
                fbits(f)
            } else {
                want.to_string()
            };
            let f: Vec<&str> = lhs.split('\t').collect();
            let got: Result<String, RtError> = match f[0] {
                "u" => unary_kernel(f[1])(float_of(f[2])).map(bits),
                "b" => binary_kernel(f[1])(float_of(f[2]), float_of(f[3])).map(bits),
                "frexp1" => Ok(k_frexp(float_of(f[1])).1.to_string()),
                "ldexp" => k_ldexp(float_of(f[1]), &big(f[2])).map(bits),
                "hypot" => Ok(bits(k_hypot(
                    &f[1..].iter().map(|s| float_of(s)).collect::<Vec<_>>(),
                ))),
                "dist" => {
                    let n = (f.len() - 1) / 2;
                    let p: Vec<f64> = f[1..1 + n].iter().map(|s| float_of(s)).collect();
                    let q: Vec<f64> = f[1 + n..].iter().map(|s| float_of(s)).collect();
                    let mut d: Vec<f64> = p.iter().zip(&q).map(|(a, b)| (a - b).abs()).collect();
                    let max = d.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
                    let nan = d.iter().any(|x| x.is_nan());
                    Ok(bits(vector_norm(&mut d, max, nan)))
                }
                "fsum" => k_fsum(&f[1..].iter().map(|s| float_of(s)).collect::<Vec<_>>()).map(bits),
                "isclose" => k_isclose(
                    float_of(f[1]),
                    float_of(f[2]),
                    float_of(f[3]),
                    float_of(f[4]),
                )
                .map(|b| b.to_string()),
                "logint" => {
                    let func: fn(f64) -> f64 = match f[1] {
                        "log" => m_ln,
                        "log2" => m_log2,
                        _ => m_log10,
                    };
                    log_of_int(&big(f[2]), func).map(bits)
                }
                "tofloat" => int_to_f64(&big(f[1])).map(bits),
                "gcd" => Ok(k_gcd(&big(f[1]), &big(f[2])).to_string()),
                "lcm" => Ok(k_lcm(&big(f[1]), &big(f[2])).to_string()),
                "isqrt" => k_isqrt(&big(f[1])).map(|r| r.to_string()),
                "factorial" => k_factorial(&big(f[1])).map(|r| r.to_string()),
                "comb" => k_comb(&big(f[1]), &big(f[2])).map(|r| r.to_string()),
                "perm" => k_perm(&big(f[1]), &big(f[2])).map(|r| r.to_string()),
                other => panic!("unknown vector kind {other}"),
            };
            if let Some(f) = check(line, got, &want) {
                failures.push(f);
            }
            count += 1;
        }
        assert!(
            failures.is_empty(),
            "{} of {count} vectors differ:\n{}",
            failures.len(),
            failures[..failures.len().min(400)].join("\n")
        );
        assert!(count > 1000, "only {count} vectors");
    }

    #[test]
    fn frexp_and_scalbn_round_trip() {
        for &x in &[
            1.0,
            -3.5,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
        ] {
            let (m, e) = k_frexp(x);
            assert!((0.5..1.0).contains(&m.abs()));
            assert_eq!(scalbn(m, e), x);
        }
    }
}

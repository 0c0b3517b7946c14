//! Number and value formatting with CPython 3.11's exact output.
//!
//! Covers `repr(float)`, `float(str)`, `round(float, n)`, the format-spec mini-language
//! used by `format()`, `str.format` and f-strings (for int, float and str), printf-style
//! `%` conversions, `hex()`/`oct()`/`bin()` and `float.hex()`.
//!
//! Digit generation leans on Rust's float formatting, which gives the same guarantees
//! CPython gets from David Gay's dtoa: `{:e}` yields the shortest round-tripping digits,
//! and explicit precisions are correctly rounded from the exact binary value with ties
//! to even. The layout around the digits (where the point goes, when to switch to an
//! exponent, padding, grouping, signs) follows CPython's `PyOS_double_to_string`,
//! `Python/formatter_unicode.c` and `PyUnicode_Format`.
//!
//! Locale: the `n` presentation type behaves as under the "C" locale (CPython's
//! default, since it never calls `setlocale(LC_NUMERIC)` on its own): no grouping and a
//! `.` decimal point.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::runtime::error::{ExcKind, RtError, RtResult};
use crate::runtime::strrepr::str_repr;

// ---------------------------------------------------------------------------------------
// Unicode helpers
// ---------------------------------------------------------------------------------------

/// First code point of every run of ten Unicode decimal digits (category Nd) in the
/// Unicode 14.0 database CPython 3.11 ships; each run holds the digits 0..=9 in order.
const DECIMAL_DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (`unicodedata.decimal(c)`), e.g. 3 for '3' or
/// '٣'. CPython accepts these wherever it reads decimal numbers: `float()`, `int()`,
/// and widths/precisions in format specs.
pub fn decimal_digit_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let run = DECIMAL_DIGIT_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DECIMAL_DIGIT_ZEROS.get(run.checked_sub(1)?)?;
    let value = cp - zero;
    (value < 10).then_some(value)
}

/// The `MemoryError` CPython raises (with an empty message) when an allocation fails.
fn memory_error() -> RtError {
    RtError::new(ExcKind::MemoryError, "")
}

/// Reserves room for `additional` more bytes, turning absurd widths or precisions into
/// a `MemoryError` instead of an abort or a capacity-overflow panic.
fn reserve(out: &mut String, additional: i64) -> RtResult<()> {
    let additional = usize::try_from(additional.max(0)).map_err(|_| memory_error())?;
    out.try_reserve(additional).map_err(|_| memory_error())
}

/// Appends `count` copies of `c` (nothing if `count` <= 0).
fn push_repeated(out: &mut String, c: char, count: i64) {
    if count > 0 {
        out.extend(std::iter::repeat_n(c, count as usize));
    }
}

fn usize_to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Saturating sum of byte counts, for reservations sized from user-supplied widths.
fn saturating_sum(counts: &[i64]) -> i64 {
    counts.iter().fold(0i64, |acc, &n| acc.saturating_add(n))
}

// ---------------------------------------------------------------------------------------
// Decimal digit generation (the three dtoa modes CPython uses)
// ---------------------------------------------------------------------------------------

/// Rust accepts precisions only up to `u16::MAX`. No f64 has more than 767 significant
/// decimal digits or more than 1074 digits after the point, so asking for more than
/// these caps would only append zeros, which the layout code adds by itself.
const MAX_SIGNIFICANT_DIGITS: usize = 800;
const MAX_FRACTION_DIGITS: usize = 1100;

/// Decimal digits of |x| as dtoa returns them: no leading or trailing zeros (zero is
/// "0"), with |x| = 0.DIGITS × 10^decpt.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

impl Digits {
    /// Normalises `raw` ASCII digits whose decimal point sits after `point` of them.
    fn normalize(raw: &[u8], point: i64) -> Digits {
        let leading = raw.iter().take_while(|&&b| b == b'0').count();
        let rest = &raw[leading..];
        let trailing = rest.iter().rev().take_while(|&&b| b == b'0').count();
        let digits = &rest[..rest.len() - trailing];
        if digits.is_empty() {
            Digits {
                digits: b"0".to_vec(),
                decpt: 1,
            }
        } else {
            Digits {
                digits: digits.to_vec(),
                decpt: point - usize_to_i64(leading),
            }
        }
    }

    /// Parses Rust's `{:e}` output of a non-negative finite number ("1.25e-7").
    fn from_exp_notation(text: &str) -> Digits {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let raw: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
        let exponent: i64 = exponent.parse().unwrap_or(0);
        Digits::normalize(&raw, exponent + 1)
    }

    /// dtoa mode 0: the shortest digits that read back as `x`, and of those the
    /// nearest to `x`, ties going to the even digit.
    fn shortest(x: f64) -> Digits {
        let shortest = Digits::from_exp_notation(&format!("{:e}", x.abs()));
        // When `x` lies exactly halfway between two shortest candidates, Rust picks the
        // upper one and dtoa the even one (repr(769907555389212.25) ends in .2). Such a
        // tie needs an exact decimal expansion of at most 18 significant digits, so only
        // odd mantissas times 2^e with e >= -27 (5^28 already has 20 digits) qualify.
        if has_short_binary_fraction(x) {
            let nearest = Digits::significant(x, shortest.digits.len());
            if nearest.digits != shortest.digits && nearest.reads_back_as(x) {
                return nearest;
            }
        }
        shortest
    }

    /// Whether these digits parse back to |x|.
    fn reads_back_as(&self, x: f64) -> bool {
        let digits = std::str::from_utf8(&self.digits).unwrap_or("0");
        let text = format!("0.{digits}e{}", self.decpt);
        text.parse::<f64>().is_ok_and(|v| v == x.abs())
    }

    /// dtoa mode 2: `n` (>= 1) significant digits, correctly rounded.
    fn significant(x: f64, n: usize) -> Digits {
        let n = n.clamp(1, MAX_SIGNIFICANT_DIGITS);
        Digits::from_exp_notation(&format!("{:.*e}", n - 1, x.abs()))
    }

    /// dtoa mode 3: rounded to `n` digits after the decimal point.
    fn fixed(x: f64, n: usize) -> Digits {
        let text = format!("{:.*}", n.min(MAX_FRACTION_DIGITS), x.abs());
        let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
        let mut raw = Vec::with_capacity(text.len());
        raw.extend_from_slice(int_part.as_bytes());
        raw.extend_from_slice(frac_part.as_bytes());
        Digits::normalize(&raw, usize_to_i64(int_part.len()))
    }
}

/// Whether finite, nonzero `x` is an odd integer times 2^e with e >= -27.
fn has_short_binary_fraction(x: f64) -> bool {
    let bits = x.to_bits() & !(1u64 << 63);
    let biased_exp = (bits >> 52) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp2) = if biased_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased_exp - 1075)
    };
    mantissa != 0 && exp2 + i64::from(mantissa.trailing_zeros()) >= -27
}

/// Options of `PyOS_double_to_string` (its `Py_DTSF_*` flags).
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    always_sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_zero: bool,
}

/// CPython's `PyOS_double_to_string`: `code` is one of e E f F g G, or 'r' for repr
/// (whose precision is ignored). Callers keep `precision` <= i32::MAX as CPython does.
fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> RtResult<String> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a NaN is never shown.
        if x.is_infinite() && x.is_sign_negative() {
            out.push('-');
        } else if flags.always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(out);
    }

    let precision = usize_to_i64(precision).min(i64::from(i32::MAX));
    let (digits, precision) = match code {
        'e' => (
            Digits::significant(x, precision as usize + 1),
            precision + 1,
        ),
        'f' => (Digits::fixed(x, precision as usize), precision),
        'g' => {
            // Precision 0 makes no sense for 'g'; CPython reads it as 1.
            let p = precision.max(1);
            (Digits::significant(x, p as usize), p)
        }
        _ => (Digits::shortest(x), 0),
    };
    let Digits { digits, mut decpt } = digits;
    let digits_len = usize_to_i64(digits.len());

    // Think of `digits` padded with infinitely many zeros on both sides; the output is
    // the slice [vdigits_start, vdigits_end) of that, with a point after `decpt` digits.
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            // Format type '' with a precision (add_dot_0) switches one digit earlier.
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to an exponent at 1e16 and below 1e-4.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exponent = 0;
    if use_exp {
        exponent = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    reserve(&mut out, vdigits_end - vdigits_start + 16)?;
    let is_zero = digits == b"0";
    if x.is_sign_negative() && !(flags.no_neg_zero && is_zero) {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    let digit_text = std::str::from_utf8(&digits).unwrap_or("0");
    if decpt <= 0 {
        push_repeated(&mut out, '0', decpt - vdigits_start);
        out.push('.');
        push_repeated(&mut out, '0', -decpt);
    } else {
        push_repeated(&mut out, '0', -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let (int_digits, frac_digits) = digit_text.split_at(decpt as usize);
        out.push_str(int_digits);
        out.push('.');
        out.push_str(frac_digits);
    } else {
        out.push_str(digit_text);
    }
    if digits_len < decpt {
        push_repeated(&mut out, '0', decpt - digits_len);
        out.push('.');
        push_repeated(&mut out, '0', vdigits_end - decpt);
    } else {
        push_repeated(&mut out, '0', vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exponent < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exponent.abs()));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// repr, float(), round()
// ---------------------------------------------------------------------------------------

/// `repr(x)` and `str(x)` for a float: shortest round-trip digits, fixed notation for
/// decimal exponents in -4..16, scientific otherwise; `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    // Repr output is at most a few dozen bytes, so the reservation cannot fail.
    double_to_string(x, 'r', 0, flags).unwrap_or_default()
}

/// Whitespace as C's `isspace` in the "C" locale, which CPython strips around numbers.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `float(s)` for a str argument.
pub fn parse_float(s: &str) -> RtResult<f64> {
    parse_float_text(s).ok_or_else(|| {
        RtError::value_error(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    })
}

fn parse_float_text(s: &str) -> Option<f64> {
    // Like CPython, first map non-ASCII whitespace to ' ' and non-ASCII decimal digits
    // to ASCII ones; any other non-ASCII character makes the string invalid.
    let mut ascii: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            ascii.push(c as u8);
        } else if c.is_whitespace() {
            ascii.push(b' ');
        } else {
            ascii.push(b'0' + decimal_digit_value(c)? as u8);
        }
    }

    // Underscores are allowed only between two digits (checked before stripping).
    let mut cleaned: Vec<u8> = Vec::with_capacity(ascii.len());
    let mut prev = 0u8;
    for &b in &ascii {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            cleaned.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }

    let start = cleaned.iter().position(|&b| !is_c_space(b))?;
    let end = cleaned.iter().rposition(|&b| !is_c_space(b))? + 1;
    let text = std::str::from_utf8(&cleaned[start..end]).ok()?;

    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        parse_decimal(body)?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Parses `digits [. digits] [(e|E) [sign] digits]` (at least one mantissa digit),
/// correctly rounded. Rust's parser does the rounding; the grammar is checked here so
/// that exactly CPython's spellings are accepted.
fn parse_decimal(body: &str) -> Option<f64> {
    let bytes = body.as_bytes();
    let int_len = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut pos = int_len;
    let mut frac = "";
    if bytes.get(pos) == Some(&b'.') {
        let frac_len = bytes[pos + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        frac = &body[pos + 1..pos + 1 + frac_len];
        pos += 1 + frac_len;
    }
    if int_len == 0 && frac.is_empty() {
        return None;
    }
    let mut exponent = "0";
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        let exp_start = pos + 1;
        let mut digits_start = exp_start;
        if matches!(bytes.get(digits_start), Some(b'+' | b'-')) {
            digits_start += 1;
        }
        let exp_digits = bytes[digits_start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if exp_digits == 0 {
            return None;
        }
        exponent = &body[exp_start..digits_start + exp_digits];
        pos = digits_start + exp_digits;
    }
    if pos != bytes.len() {
        return None;
    }
    let int_part = if int_len == 0 { "0" } else { &body[..int_len] };
    let frac_part = if frac.is_empty() { "0" } else { frac };
    format!("{int_part}.{frac_part}e{exponent}").parse().ok()
}

/// `round(x)` without ndigits, before the caller converts the result to int.
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)`: `x` rounded half-to-even to `ndigits` decimal places, working
/// from the exact binary value (so `round(2.675, 2) == 2.67`).
pub fn round_float(x: f64, ndigits: i64) -> RtResult<f64> {
    // Beyond these, every finite double rounds to itself or to a signed zero
    // (CPython's NDIGITS_MAX and NDIGITS_MIN).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        // Exact, ties-to-even decimal rounding, then a correctly rounded read-back.
        format!("{:.*}", ndigits as usize, x).parse().unwrap_or(x)
    } else {
        round_to_power_of_ten(x, (-ndigits) as u32)
    };
    if rounded.is_infinite() {
        return Err(RtError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// Rounds `x` half-to-even to a multiple of 10^k, exactly, using big integers.
fn round_to_power_of_ten(x: f64, k: u32) -> f64 {
    let bits = x.abs().to_bits();
    let biased_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    // |x| = mantissa × 2^exp2 exactly.
    let (mantissa, exp2) = if biased_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased_exp - 1075)
    };
    let mut numerator = BigInt::from(mantissa);
    let mut denominator = BigInt::from(10u32).pow(k);
    if exp2 >= 0 {
        numerator <<= exp2 as usize;
    } else {
        denominator <<= (-exp2) as usize;
    }
    let (mut quotient, remainder) = numerator.div_rem(&denominator);
    let twice: BigInt = remainder << 1usize;
    if twice > denominator || (twice == denominator && quotient.is_odd()) {
        quotient += 1u32;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    format!("{sign}{quotient}e{k}").parse().unwrap_or(x)
}

// ---------------------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------------------

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `fill` is the fill character in effect: ' ' by default, '0' when the `0` flag was
/// given without an explicit fill. `align` is `None` when not given; numbers then align
/// with '=' if `zero_pad` is set and '>' otherwise, strings with '<'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// The `z` option (new in 3.11): show negative zero results as positive.
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// How CPython shows a presentation type in error messages: printable ASCII as is,
/// anything else as `\x` and unpadded hex.
fn describe_type_char(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn unknown_format_code(ty: char, type_name: &str) -> RtError {
    RtError::value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        describe_type_char(ty),
        type_name
    ))
}

fn invalid_grouping(grouping: char, ty: char) -> RtError {
    RtError::value_error(format!(
        "Cannot specify '{}' with '{}'.",
        grouping,
        describe_type_char(ty)
    ))
}

/// Reads a run of (Unicode) decimal digits at `*pos`; `None` if there are none.
fn parse_spec_integer(chars: &[char], pos: &mut usize) -> RtResult<Option<usize>> {
    let mut value: i64 = 0;
    let mut count = 0;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_digit_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(digit)))
            .ok_or_else(|| RtError::value_error("Too many decimal digits in format string"))?;
        *pos += 1;
        count += 1;
    }
    Ok((count > 0).then_some(value as usize))
}

/// Parses a format spec. Errors that name the formatted object's type say `object`;
/// use [`parse_format_spec_for`] when the type is known (it always is in CPython).
pub fn parse_format_spec(spec: &str) -> RtResult<FormatSpec> {
    parse_format_spec_for(spec, "object")
}

/// Parses a format spec for a value of type `type_name` (named in the "Invalid format
/// specifier" error), as CPython's `parse_internal_render_format_spec`. Checks that
/// depend on the default presentation type are left to `format_int`/`format_float`/
/// `format_str`.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> RtResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut out = FormatSpec::default();
    let mut pos = 0;
    let mut fill_given = false;

    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_given = true;
        pos = 2;
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // A leading 0 means zero padding unless an explicit fill was given.
    if !fill_given && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    out.width = parse_spec_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(RtError::value_error("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(RtError::value_error("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_spec_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(RtError::value_error("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(RtError::value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    if let (Some(grouping), Some(ty)) = (out.grouping, out.ty) {
        let allowed = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
            'b' | 'o' | 'x' | 'X' => grouping == '_',
            _ => false,
        };
        if !allowed {
            return Err(invalid_grouping(grouping, ty));
        }
    }
    Ok(out)
}

/// Renames the type in a format error's "for object of type '...'" tail, e.g. to
/// report `bool` or an int subclass where `format_int` says `int`.
pub fn with_type_name(err: RtError, type_name: &str) -> RtError {
    const MARKER: &str = " for object of type '";
    match err.msg.rfind(MARKER) {
        Some(at) if err.msg.ends_with('\'') => {
            let msg = format!("{}{}{}'", &err.msg[..at], MARKER, type_name);
            RtError::new(err.kind, msg)
        }
        _ => err,
    }
}

/// A number split the way CPython's `calc_number_widths` sees it.
struct NumberParts<'a> {
    negative: bool,
    /// "0x" and friends, written between the sign and the digits.
    prefix: &'a str,
    /// ASCII digits that grouping and zero padding apply to.
    digits: &'a str,
    has_decimal: bool,
    /// Whatever follows the point (or the digits, if there is no point).
    remainder: &'a str,
}

/// Inserts `separator` every `size` digits from the right (when grouping), padding
/// with zeros on the left to at least `min_width` characters, as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does: a separator never leads, an extra '0'
/// goes in front instead.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, i64)>) -> RtResult<String> {
    let mut source = digits.chars().rev();
    let mut reversed = String::new();
    let digit_count = saturating_sum(&[usize_to_i64(digits.len()), min_width.max(0)]);
    let separator_count = grouping.map_or(0, |(_, size)| digit_count / size.max(1));
    reserve(
        &mut reversed,
        saturating_sum(&[digit_count, separator_count, 2]),
    )?;
    let mut emit = |reversed: &mut String, separator: Option<char>, zeros: i64, chars: i64| {
        if let Some(sep) = separator {
            reversed.push(sep);
        }
        for _ in 0..chars {
            if let Some(c) = source.next() {
                reversed.push(c);
            }
        }
        push_repeated(reversed, '0', zeros);
    };

    let mut remaining = usize_to_i64(digits.len());
    let mut min_width = min_width.max(0);
    let mut separator = None;
    let mut done = false;
    if let Some((sep, size)) = grouping {
        let size = size.max(1);
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let zeros = (len - remaining).max(0);
            let chars = remaining.min(len).max(0);
            emit(&mut reversed, separator, zeros, chars);
            separator = Some(sep);
            remaining -= chars;
            min_width -= size;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        let zeros = (len - remaining).max(0);
        let chars = remaining.min(len).max(0);
        emit(&mut reversed, separator, zeros, chars);
    }
    Ok(reversed.chars().rev().collect())
}

/// Lays a number out as
/// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
fn layout_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    grouping: Option<(char, i64)>,
) -> RtResult<String> {
    let sign = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let align = spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' });
    let non_digit_chars = i64::from(sign.is_some())
        + usize_to_i64(parts.prefix.chars().count())
        + i64::from(parts.has_decimal)
        + usize_to_i64(parts.remainder.chars().count());
    let width = spec.width.map_or(-1, usize_to_i64);
    // Zero padding under '=' goes through the grouping code, so the zeros get grouped.
    let min_width = if spec.fill == '0' && align == '=' {
        width.saturating_sub(non_digit_chars)
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, grouping)?
    };
    let padding = width.saturating_sub(non_digit_chars + usize_to_i64(grouped.len()));
    let (left, middle, right) = match (padding > 0, align) {
        (false, _) => (0, 0, 0),
        (true, '<') => (0, 0, padding),
        (true, '^') => (padding / 2, 0, padding - padding / 2),
        (true, '=') => (0, padding, 0),
        (true, _) => (padding, 0, 0),
    };

    let mut out = String::new();
    let fill_bytes = usize_to_i64(spec.fill.len_utf8());
    reserve(
        &mut out,
        saturating_sum(&[
            padding.max(0).saturating_mul(fill_bytes),
            usize_to_i64(grouped.len()),
            usize_to_i64(parts.prefix.len() + parts.remainder.len()),
            8,
        ]),
    )?;
    push_repeated(&mut out, spec.fill, left);
    if let Some(sign) = sign {
        out.push(sign);
    }
    out.push_str(parts.prefix);
    push_repeated(&mut out, spec.fill, middle);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_repeated(&mut out, spec.fill, right);
    Ok(out)
}

/// `format(x, spec)` for an int (type name `int` in errors; see [`with_type_name`]).
/// Types b c d o x X n and none; e E f F g G % format `float(x)`.
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> RtResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_internal(x, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let value = x
                .to_f64()
                .filter(|v| v.is_finite())
                .ok_or_else(|| RtError::overflow("int too large to convert to float"))?;
            format_float_internal(value, spec)
        }
        _ => Err(unknown_format_code(ty, "int")),
    }
}

fn format_int_internal(x: &BigInt, spec: &FormatSpec, ty: char) -> RtResult<String> {
    if spec.precision.is_some() {
        return Err(RtError::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(RtError::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(RtError::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(RtError::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = x
            .to_i64()
            .ok_or_else(|| RtError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(RtError::overflow("%c arg not in range(0x110000)"));
        }
        // Rust strings cannot hold lone surrogates; they become U+FFFD.
        let c = char::from_u32(code as u32).unwrap_or('\u{fffd}');
        let text = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return layout_number(&parts, spec, None);
    }

    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = x.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match (ty, spec.grouping) {
        // 'n' uses the current locale's grouping, which is none in the "C" locale.
        ('n', _) | (_, None) => None,
        ('b' | 'o' | 'x' | 'X', Some('_')) => Some(('_', 4)),
        (_, Some(sep)) => Some((sep, 3)),
    };
    let parts = NumberParts {
        negative: x.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, grouping)
}

/// `format(x, spec)` for a float (type name `float` in errors). Types e E f F g G n %
/// and none (like `str(x)` without a precision, like `g` keeping a `.0` with one).
pub fn format_float(x: f64, spec: &FormatSpec) -> RtResult<String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec)
        }
        Some(ty) => Err(unknown_format_code(ty, "float")),
    }
}

fn format_float_internal(x: f64, spec: &FormatSpec) -> RtResult<String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(RtError::value_error("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut default_precision = 6;
    let mut code = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(ty) => ty,
    };
    let mut value = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(value, code, precision, flags)?;
    if percent {
        text.push('%');
    }

    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digit_count = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(digit_count);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let grouping = match (spec.ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(sep)) => Some((sep, 3)),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    layout_number(&parts, spec, grouping)
}

/// `format(s, spec)` for a str (type name `str` in errors): type s or none; the
/// precision truncates; left-aligned by default.
pub fn format_str(s: &str, spec: &FormatSpec) -> RtResult<String> {
    // The default type 's' takes part in the grouping check CPython does while parsing.
    if let (Some(grouping), None | Some('s')) = (spec.grouping, spec.ty) {
        return Err(invalid_grouping(grouping, 's'));
    }
    if let Some(ty) = spec.ty.filter(|&ty| ty != 's') {
        return Err(unknown_format_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => {
            return Err(RtError::value_error(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(RtError::value_error(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(RtError::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(RtError::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(RtError::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((end, _)) => &s[..end],
            None => s,
        },
        None => s,
    };
    let len = usize_to_i64(text.chars().count());
    let padding = spec
        .width
        .map_or(0, usize_to_i64)
        .saturating_sub(len)
        .max(0);
    let left = match spec.align.unwrap_or('<') {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut out = String::new();
    reserve(
        &mut out,
        saturating_sum(&[
            padding.saturating_mul(usize_to_i64(spec.fill.len_utf8())),
            usize_to_i64(text.len()),
        ]),
    )?;
    push_repeated(&mut out, spec.fill, left);
    out.push_str(text);
    push_repeated(&mut out, spec.fill, padding - left);
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// printf-style (%) formatting
// ---------------------------------------------------------------------------------------

/// One parsed `%` conversion: flags `-` (minus), `+` (plus), space, `#` (alt) and `0`
/// (zero), the optional width and precision, and the conversion character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PercentSpec {
    pub minus: bool,
    pub plus: bool,
    pub space: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
}

/// `%e %E %f %F %g %G` of a float.
pub fn percent_format_float(x: f64, spec: &PercentSpec) -> RtResult<String> {
    let conv = spec.conv;
    if !matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        return Err(RtError::value_error(format!(
            "unsupported format character '{}' (0x{:x})",
            conv, conv as u32
        )));
    }
    let precision = spec.precision.unwrap_or(6);
    if precision > i32::MAX as usize {
        return Err(RtError::value_error("precision too big"));
    }
    let flags = DtoaFlags {
        alt: spec.alt,
        ..DtoaFlags::default()
    };
    let text = double_to_string(x, conv, precision, flags)?;
    Ok(percent_layout(&text, spec, true))
}

/// `%d %i %u %o %x %X` of an int; the precision is a minimum digit count and `#` adds
/// 0o/0x/0X.
pub fn percent_format_int(x: &BigInt, spec: &PercentSpec) -> String {
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = x.magnitude().to_str_radix(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::new();
    if x.is_negative() {
        text.push('-');
    }
    if spec.alt {
        text.push_str(prefix);
    }
    let min_digits = percent_count(spec.precision).max(0);
    push_repeated(&mut text, '0', min_digits - usize_to_i64(digits.len()));
    text.push_str(&digits);
    percent_layout(&text, spec, true)
}

/// Width and precision handling of `%s %r %a %c`, given the already converted text
/// (`str(v)`, `repr(v)`, `ascii(v)` or the character). The precision truncates
/// s/r/a and is ignored for c; the `0` flag does not apply to strings.
pub fn percent_pad_str(s: &str, spec: &PercentSpec) -> String {
    percent_layout(s, spec, false)
}

/// A `%` width or precision, -1 when absent. CPython's parser rejects values above
/// `i32::MAX` ("width too big"); clamping keeps a caller that skipped that check from
/// overflowing a capacity computation.
fn percent_count(value: Option<usize>) -> i64 {
    value.map_or(-1, |v| usize_to_i64(v).min(i64::from(i32::MAX)))
}

/// CPython's `unicode_format_arg_output`: signs and 0x-style prefixes go before zero
/// padding but after space padding.
fn percent_layout(text: &str, spec: &PercentSpec, numeric: bool) -> String {
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = usize_to_i64(chars.len());
    let mut width = percent_count(spec.width);
    let precision = percent_count(spec.precision);
    if (width == -1 || width <= len)
        && (precision == -1 || precision >= len)
        && !spec.plus
        && !spec.space
    {
        return text.to_string();
    }
    if matches!(spec.conv, 's' | 'r' | 'a') && precision >= 0 && len > precision {
        len = precision;
    }

    let mut start = 0usize;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                start = 1;
            }
            _ if spec.plus => sign = Some('+'),
            _ if spec.space => sign = Some(' '),
            _ => {}
        }
    }
    width = width.max(len);

    let mut out = String::new();
    if let Some(sign) = sign {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = numeric
        && spec.alt
        && matches!(spec.conv, 'x' | 'X' | 'o')
        && chars.get(start) == Some(&'0')
        && chars.get(start + 1) == Some(&spec.conv);
    if has_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(spec.conv);
            start += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.minus {
        push_repeated(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if let Some(sign) = sign {
            out.push(sign);
        }
        if has_prefix {
            out.push('0');
            out.push(spec.conv);
            start += 2;
        }
    }
    out.extend(chars.iter().skip(start).take(len.max(0) as usize));
    push_repeated(&mut out, ' ', width - len);
    out
}

// ---------------------------------------------------------------------------------------
// hex() / oct() / bin(), float.hex()
// ---------------------------------------------------------------------------------------

/// `x` in base `radix` (2..=36; anything else is treated as 10) with lowercase digits;
/// with `prefix`, bases 2, 8 and 16 get 0b/0o/0x after the sign, as `bin()`, `oct()`
/// and `hex()` write them (`-0x1f`, `0b0`).
pub fn int_to_str_radix(x: &BigInt, radix: u32, prefix: bool) -> String {
    let radix = if (2..=36).contains(&radix) { radix } else { 10 };
    let digits = x.magnitude().to_str_radix(radix);
    let prefix = match (prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if x.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// `float.hex(x)`: `0x1.8000000000000p+0`, subnormals as `0x0.…p-1022`, zero as
/// `0x0.0p+0`, and `inf`/`nan` as their repr.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_zero() {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased_exp = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exponent) = if biased_exp == 0 {
        (0, -1022)
    } else {
        (1, biased_exp - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exponent:+}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::FromPrimitive;

    /// Test vectors printed by CPython 3.11 (`tests/data/gen_numfmt_vectors.py`).
    const VECTORS: &str = include_str!("../../tests/data/numfmt_vectors.txt");

    /// Undoes the generator's escaping: `\\`, `\t`, `\n`, `\r` and `\u{hex}`.
    fn unescape(field: &str) -> String {
        let mut out = String::new();
        let mut chars = field.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('u') => {
                    let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                    let cp = u32::from_str_radix(&hex, 16).expect("bad \\u escape");
                    out.push(char::from_u32(cp).expect("bad code point"));
                }
                Some(other) => out.push(other),
                None => panic!("dangling backslash in {field:?}"),
            }
        }
        out
    }

    fn float_of(hex_bits: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(hex_bits, 16).expect("bad float bits"))
    }

    fn int_of(text: &str) -> BigInt {
        text.parse().expect("bad int")
    }

    /// Renders a result the way the vector file does: `=value` or `!Kind: message`.
    fn show(result: RtResult<String>) -> String {
        match result {
            Ok(s) => format!("={s}"),
            Err(e) => format!("!{e}"),
        }
    }

    /// Runs every vector of `kind` through `check` (which returns the actual rendering
    /// and the expected field); returns how many ran. Fails listing the mismatches.
    fn run(kind: &str, check: impl Fn(&[String]) -> (String, String)) -> usize {
        let mut count = 0;
        let mut failures = Vec::new();
        for line in VECTORS.lines() {
            let mut fields = line.split('\t');
            if fields.next() != Some(kind) {
                continue;
            }
            let fields: Vec<String> = fields.map(unescape).collect();
            count += 1;
            let (actual, expected) = check(&fields);
            if actual != expected {
                failures.push(format!(
                    "{kind} {fields:?}: got {actual:?}, want {expected:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {count} '{kind}' vectors failed:\n{}",
            failures.len(),
            failures
                .iter()
                .take(40)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
        count
    }

    fn percent_spec(flags: &str, width: &str, precision: &str, conv: &str) -> PercentSpec {
        PercentSpec {
            minus: flags.contains('-'),
            plus: flags.contains('+'),
            space: flags.contains(' '),
            alt: flags.contains('#'),
            zero: flags.contains('0'),
            width: (width != "-").then(|| width.parse().expect("bad width")),
            precision: (precision != "-").then(|| precision.parse().expect("bad precision")),
            conv: conv.chars().next().expect("empty conversion"),
        }
    }

    /// A float result compared by bits, except that any NaN matches any NaN.
    fn float_key(x: f64) -> String {
        if x.is_nan() {
            "nan".to_string()
        } else {
            format!("{:016x}", x.to_bits())
        }
    }

    #[test]
    fn repr_vectors() {
        let n = run("repr", |f| (float_repr(float_of(&f[0])), f[1].clone()));
        assert!(n > 1000, "only {n} repr vectors");
    }

    #[test]
    fn parse_float_vectors() {
        let n = run("parse", |f| {
            let actual = match parse_float(&f[0]) {
                Ok(x) => format!("={}", float_key(x)),
                Err(e) => format!("!{e}"),
            };
            (actual, f[1].clone())
        });
        assert!(n > 200, "only {n} parse vectors");
    }

    #[test]
    fn round_vectors() {
        let n = run("round", |f| {
            let ndigits: i64 = f[1].parse().expect("bad ndigits");
            let actual = match round_float(float_of(&f[0]), ndigits) {
                Ok(x) => format!("={}", float_key(x)),
                Err(e) => format!("!{e}"),
            };
            (actual, f[2].clone())
        });
        assert!(n > 1000, "only {n} round vectors");
    }

    #[test]
    fn round_half_even_vectors() {
        // round(x) is an int: compare after the conversion the caller does.
        let n = run("rhe", |f| {
            let rounded = round_half_even(float_of(&f[0]));
            let as_int = num_bigint::BigInt::from_f64(rounded).expect("finite");
            (as_int.to_string(), f[1].clone())
        });
        assert!(n > 100, "only {n} rhe vectors");
    }

    #[test]
    fn format_float_vectors() {
        let n = run("ffmt", |f| {
            let x = float_of(&f[0]);
            let result = parse_format_spec_for(&f[1], "float").and_then(|s| format_float(x, &s));
            (show(result), f[2].clone())
        });
        assert!(n > 3000, "only {n} ffmt vectors");
    }

    #[test]
    fn format_int_vectors() {
        let n = run("ifmt", |f| {
            let x = int_of(&f[0]);
            let result = parse_format_spec_for(&f[1], "int").and_then(|s| format_int(&x, &s));
            (show(result), f[2].clone())
        });
        assert!(n > 2000, "only {n} ifmt vectors");
    }

    #[test]
    fn format_str_vectors() {
        let n = run("sfmt", |f| {
            let result = parse_format_spec_for(&f[1], "str").and_then(|s| format_str(&f[0], &s));
            (show(result), f[2].clone())
        });
        assert!(n > 200, "only {n} sfmt vectors");
    }

    #[test]
    fn percent_float_vectors() {
        let n = run("pflt", |f| {
            let spec = percent_spec(&f[1], &f[2], &f[3], &f[4]);
            (
                show(percent_format_float(float_of(&f[0]), &spec)),
                f[5].clone(),
            )
        });
        assert!(n > 1000, "only {n} pflt vectors");
    }

    #[test]
    fn percent_int_vectors() {
        let n = run("pint", |f| {
            let spec = percent_spec(&f[1], &f[2], &f[3], &f[4]);
            (
                format!("={}", percent_format_int(&int_of(&f[0]), &spec)),
                f[5].clone(),
            )
        });
        assert!(n > 1000, "only {n} pint vectors");
    }

    #[test]
    fn percent_str_vectors() {
        let n = run("pstr", |f| {
            let spec = percent_spec(&f[1], &f[2], &f[3], &f[4]);
            (format!("={}", percent_pad_str(&f[0], &spec)), f[5].clone())
        });
        assert!(n > 200, "only {n} pstr vectors");
    }

    #[test]
    fn radix_vectors() {
        let n = run("radix", |f| {
            let radix: u32 = f[1].parse().expect("bad radix");
            let actual = int_to_str_radix(&int_of(&f[0]), radix, f[2] == "1");
            (actual, f[3].clone())
        });
        assert!(n > 100, "only {n} radix vectors");
    }

    #[test]
    fn float_hex_vectors() {
        let n = run("fhex", |f| (float_hex(float_of(&f[0])), f[1].clone()));
        assert!(n > 1000, "only {n} fhex vectors");
    }

    #[test]
    fn spot_checks() {
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(123.0), "123.0");
        assert_eq!(round_float(2.675, 2), Ok(2.67));
        assert_eq!(round_float(0.5, 0), Ok(0.0));
        assert_eq!(round_float(1.5, 0), Ok(2.0));
        let spec = parse_format_spec_for("010,.2f", "float").unwrap();
        assert_eq!(format_float(1234.5, &spec).unwrap(), "001,234.50");
        assert_eq!(int_to_str_radix(&BigInt::from(-31), 16, true), "-0x1f");
        assert_eq!(int_to_str_radix(&BigInt::from(0), 2, true), "0b0");
        let err = parse_format_spec_for("abc", "int").unwrap_err();
        assert_eq!(
            with_type_name(err, "bool").msg,
            "Invalid format specifier 'abc' for object of type 'bool'"
        );
        assert_eq!(
            parse_float("abc").unwrap_err().to_string(),
            "ValueError: could not convert string to float: 'abc'"
        );
        assert_eq!(decimal_digit_value('٣'), Some(3));
        assert_eq!(decimal_digit_value('a'), None);
    }

    #[test]
    fn extreme_inputs_do_not_panic() {
        // Huge widths fail cleanly (or succeed) instead of panicking.
        let wide = FormatSpec {
            width: Some(usize::MAX),
            ..FormatSpec::default()
        };
        assert!(format_str("x", &wide).is_err());
        assert!(format_float(1.0, &wide).is_err());
        assert!(format_int(&BigInt::from(1), &wide).is_err());
        let zero_wide = FormatSpec {
            fill: '0',
            zero_pad: true,
            width: Some(usize::MAX),
            grouping: Some(','),
            ..FormatSpec::default()
        };
        assert!(format_int(&BigInt::from(1), &zero_wide).is_err());
        let precise = FormatSpec {
            precision: Some(usize::MAX),
            ty: Some('f'),
            ..FormatSpec::default()
        };
        assert!(format_float(1.0, &precise).is_err());
        // Long but feasible precisions pad with zeros past Rust's own limit.
        let long = FormatSpec {
            precision: Some(70_000),
            ty: Some('f'),
            ..FormatSpec::default()
        };
        let text = format_float(0.5, &long).unwrap();
        assert_eq!(text.len(), 70_002);
        assert!(text.starts_with("0.5000"));
        let long_e = FormatSpec {
            precision: Some(70_000),
            ty: Some('e'),
            ..FormatSpec::default()
        };
        assert!(format_float(0.1, &long_e).unwrap().ends_with("0e-01"));
        // Manually built specs with odd combinations still produce something.
        let odd = FormatSpec {
            align: Some('?'),
            grouping: Some('_'),
            ty: Some('c'),
            width: Some(3),
            ..FormatSpec::default()
        };
        assert_eq!(format_int(&BigInt::from(65), &odd).unwrap(), "  A");
        assert_eq!(round_float(1e300, -300), Ok(1e300));
        assert_eq!(round_float(f64::MAX, i64::MIN), Ok(0.0));
        assert_eq!(int_to_str_radix(&BigInt::from(35), 99, false), "35");
        let pct = PercentSpec {
            alt: true,
            conv: 'x',
            width: Some(1),
            ..PercentSpec::default()
        };
        assert_eq!(percent_pad_str("", &pct), " ");
        assert_eq!(percent_format_int(&BigInt::from(0), &pct), "0x0");
        for input in [
            "", " ", "-", "+", ".", "e5", "1e", "--1", "\u{663}_", "_", "\u{2003}",
        ] {
            assert!(parse_float(input).is_err(), "{input:?}");
        }
        for spec in [
            "",
            "0",
            "00",
            ",",
            "_",
            ".",
            "z",
            "#",
            "<",
            "xx",
            "\u{663}\u{663}.\u{663}",
        ] {
            let _ = parse_format_spec(spec);
        }
    }
}

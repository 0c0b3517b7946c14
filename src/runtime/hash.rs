//! CPython-compatible hashing of numbers, tuples and frozensets (so `hash()` prints
//! CPython's values and set order matches), plus a fast string hash (CPython's is
//! randomized per process, so any good hash is faithful).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The modulus of CPython's numeric hash: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
pub const HASH_INF: i64 = 314159;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if i < 0 { -m } else { m })
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_u64().unwrap_or(0) as i64;
    fix_minus_one(if b.sign() == Sign::Minus { -r } else { r })
}

/// `hash(float)`; NaN hashes by identity (`nan_identity`), as in CPython 3.10+.
pub fn hash_f64(v: f64, nan_identity: i64) -> i64 {
    if v.is_nan() {
        return nan_identity;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    fix_minus_one(x as i64 * sign)
}

/// `frexp`: v = m * 2**e with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.8+'s tuple hash (an xxHash variant) over the items' hashes.
pub fn tuple_hash(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut acc = XXPRIME_5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython's frozenset hash for a set whose table holds `len` entries in
/// `table_size` slots and no deleted entries.
pub fn frozenset_hash(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut hash: u64 = 0;
    for h in item_hashes {
        hash ^= shuffle_bits(h as u64);
    }
    let table_size = frozenset_table_size(len);
    if (table_size - len) & 1 == 1 {
        hash ^= shuffle_bits(0);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        return 590923713;
    }
    hash as i64
}

/// Slots of a set built by adding `len` distinct items (CPython's growth rule).
fn frozenset_table_size(len: usize) -> usize {
    let mut size = 8usize;
    let mut used = 0usize;
    for _ in 0..len {
        used += 1;
        if used * 5 >= (size - 1) * 3 {
            let target = if used > 50000 { used * 2 } else { used * 4 };
            let mut s = 8;
            while s <= target {
                s <<= 1;
            }
            size = s;
        }
    }
    size
}

/// FNV-1a over the UTF-8 bytes; never -1.
pub fn str_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 || h == 0 {
        h.wrapping_sub(2)
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_hash_like_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(5), 5);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 64)), 8);
        assert_eq!(hash_bigint(&-(BigInt::from(1) << 64)), -8);
    }

    #[test]
    fn floats_hash_like_cpython() {
        assert_eq!(hash_f64(0.5, 0), 1 << 60);
        assert_eq!(hash_f64(1.0, 0), 1);
        assert_eq!(hash_f64(-1.0, 0), -2);
        assert_eq!(hash_f64(f64::INFINITY, 0), 314159);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
    }

    #[test]
    fn tuples_hash_like_cpython() {
        assert_eq!(tuple_hash(std::iter::empty(), 0), 5740354900026072187);
        assert_eq!(tuple_hash([1i64, 2].into_iter(), 2), -3550055125485641917);
    }
}

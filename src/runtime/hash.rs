//! CPython-compatible hashing of numbers, tuples and frozensets (so `hash()` prints
//! CPython's values on a 64-bit machine and sets iterate in CPython's order), plus a
//! fast string hash (CPython's is randomized per process, so any good hash is
//! faithful).
//!
//! Numeric hashes follow "Hashing of numeric types" in the Python docs: for a
//! rational `x = m / n` the hash is `m * n**-1 mod P` with `P = 2**61 - 1`, carrying
//! the sign of `x`, and `-1` becomes `-2`. Equal numbers of any type hash alike.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// `sys.hash_info.modulus`: 2**61 - 1 (a Mersenne prime).
pub const MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.width`.
pub const HASH_BITS: u32 = 61;
/// `sys.hash_info.inf`: the hash of `float('inf')` (negated for `-inf`).
pub const HASH_INF: i64 = 314159;
/// `sys.hash_info.imag`: the multiplier of the imaginary part of a complex.
pub const HASH_IMAG: u64 = 1000003;

/// `-1` is CPython's error marker, so a hash of `-1` becomes `-2`.
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Applies the sign to a reduced magnitude `r < MODULUS`.
fn signed(r: u64, negative: bool) -> i64 {
    let r = r as i64;
    fix_minus_one(if negative { -r } else { r })
}

/// `hash(i)` for an inline int (and `hash(True) == 1`, `hash(False) == 0`).
pub fn hash_i64(i: i64) -> i64 {
    signed(i.unsigned_abs() % MODULUS, i < 0)
}

/// `hash(b)` for a bool: the int hash.
pub fn hash_bool(b: bool) -> i64 {
    i64::from(b)
}

/// `hash(b)` for any int: `abs(b) mod (2**61 - 1)` with b's sign; `hash(-1) == -2`.
pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    // Horner over 64-bit digits, most significant first.
    let p = u128::from(MODULUS);
    let mut acc: u64 = 0;
    for d in b.magnitude().iter_u64_digits().rev() {
        acc = (((u128::from(acc) << 64) | u128::from(d)) % p) as u64;
    }
    signed(acc, b.is_negative())
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits (the low bits of
/// an aligned pointer are zero), `-1` becoming `-2`. `object.__hash__` and NaN use it.
pub fn hash_pointer(addr: u64) -> i64 {
    fix_minus_one(addr.rotate_right(4) as i64)
}

/// `hash(x)` for a float. Integral floats hash like the equal int; other finite
/// values as the rational `mantissa * 2**exp` modulo 2**61 - 1; `±inf` as ±314159.
/// A NaN hashes by identity as in CPython 3.10+: `hash_pointer(nan_identity)`, where
/// `nan_identity` is the float object's address (`id()`) or any per-object value.
pub fn hash_f64(x: f64, nan_identity: i64) -> i64 {
    if x.is_nan() {
        return hash_pointer(nan_identity as u64);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    // |x| == mantissa * 2**exp exactly, with an integer mantissa < 2**53.
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61); mantissa < P already.
    let shift = exp.rem_euclid(i64::from(HASH_BITS)) as u32;
    let r = ((u128::from(mantissa) << shift) % u128::from(MODULUS)) as u64;
    signed(r, x.is_sign_negative())
}

/// `hash(complex(re, im))` from the hashes of its parts (`hash_f64` of each):
/// `hash(re) + 1000003 * hash(im)` with wrapping, `-1` becoming `-2`.
pub fn hash_complex(re_hash: i64, im_hash: i64) -> i64 {
    let h = (re_hash as u64).wrapping_add(HASH_IMAG.wrapping_mul(im_hash as u64));
    fix_minus_one(h as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.8+'s tuple hash (a simplified xxHash64) over the items' hashes, in
/// order; `len` is the tuple's length.
pub fn tuple_hash(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut acc = XXPRIME_5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    // The length is mixed in so that hash(()) keeps its historical value.
    acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// Spreads an item hash's bits before the order-independent xor of frozenset_hash.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython 3.11's frozenset hash over its items' hashes (any order); `len` is the
/// number of items. CPython xors the shuffled hash of every table slot and then
/// cancels the empty and deleted slots, which leaves exactly the items' terms.
pub fn frozenset_hash(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut hash = item_hashes.fold(0u64, |acc, h| acc ^ shuffle_bits(h as u64));
    hash ^= (len as u64).wrapping_add(1).wrapping_mul(1927868237);
    // Disperse patterns arising in nested frozensets.
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        return 590923713;
    }
    hash as i64
}

/// A fast, well-mixed hash of a string's UTF-8 bytes: FNV-1a, then a 64-bit
/// finalizer (murmur3's fmix64) so the low bits that index hash tables depend on
/// every byte. `hash('') == 0` as in CPython; never returns -1.
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    fix_minus_one(h as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_field(f: &str) -> BigInt {
        f.strip_prefix("i:").unwrap().parse().unwrap()
    }

    fn float_field(f: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(f.strip_prefix("f:").unwrap(), 16).unwrap())
    }

    /// (op, args, results) of every vector line for `op`.
    fn vectors(op: &str) -> Vec<(Vec<&'static str>, Vec<&'static str>)> {
        let data = include_str!("../../tests/data/intops_vectors.txt");
        let out: Vec<_> = data
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .filter(|f| f[0] == op)
            .map(|f| {
                let arrow = f.iter().position(|x| *x == "=>").unwrap();
                (f[1..arrow].to_vec(), f[arrow + 1..].to_vec())
            })
            .collect();
        assert!(!out.is_empty(), "no vectors for {op}");
        out
    }

    fn want_i64(f: &str) -> i64 {
        int_field(f).to_i64().unwrap()
    }

    #[test]
    fn vectors_int_hash() {
        for (args, want) in vectors("hash_int") {
            let v = int_field(args[0]);
            let w = want_i64(want[0]);
            assert_eq!(hash_bigint(&v), w, "hash({v})");
            if let Some(i) = v.to_i64() {
                assert_eq!(hash_i64(i), w, "hash({i})");
            }
        }
    }

    #[test]
    fn vectors_float_hash() {
        for (args, want) in vectors("hash_float") {
            let x = float_field(args[0]);
            assert_eq!(hash_f64(x, 0), want_i64(want[0]), "hash({x:?})");
        }
        for (args, want) in vectors("hash_nan") {
            let id = int_field(args[0]).to_u64().unwrap();
            assert_eq!(hash_f64(f64::NAN, id as i64), want_i64(want[0]), "id {id}");
            assert_eq!(hash_pointer(id), want_i64(want[0]));
        }
        for (args, want) in vectors("complex_hash") {
            let (re, im) = (float_field(args[0]), float_field(args[1]));
            let h = hash_complex(hash_f64(re, 0), hash_f64(im, 0));
            assert_eq!(h, want_i64(want[0]), "hash(complex({re}, {im}))");
        }
    }

    #[test]
    fn vectors_tuple_and_frozenset_hash() {
        for (args, want) in vectors("tuple_hash") {
            let items: Vec<i64> = args.iter().map(|a| want_i64(a)).collect();
            let n = items.len();
            assert_eq!(
                tuple_hash(items.into_iter(), n),
                want_i64(want[0]),
                "{args:?}"
            );
        }
        for (args, want) in vectors("frozenset_hash") {
            let items: Vec<i64> = args.iter().map(|a| want_i64(a)).collect();
            let n = items.len();
            assert_eq!(
                frozenset_hash(items.iter().copied(), n),
                want_i64(want[0]),
                "{args:?}"
            );
            // Order-independent.
            assert_eq!(
                frozenset_hash(items.iter().rev().copied(), n),
                want_i64(want[0])
            );
        }
    }

    #[test]
    fn known_values() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_bool(true), 1);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 64u32)), 8);
        assert_eq!(hash_bigint(&-(BigInt::from(1) << 64u32)), -8);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        assert_eq!(hash_f64(-1.0, 0), -2);
        assert_eq!(hash_f64(-0.0, 0), 0);
        assert_eq!(hash_f64(0.1, 0), 230584300921369408);
        assert_eq!(hash_f64(f64::NEG_INFINITY, 0), -314159);
        // hash(()), hash((1, 2)), hash((1, (2, 3))) as CPython 3.11 prints them.
        assert_eq!(tuple_hash(std::iter::empty(), 0), 5740354900026072187);
        assert_eq!(tuple_hash([1i64, 2].into_iter(), 2), -3550055125485641917);
        let inner = tuple_hash([2i64, 3].into_iter(), 2);
        assert_eq!(tuple_hash([1, inner].into_iter(), 2), 7267574591690527098);
        assert_eq!(frozenset_hash(std::iter::empty(), 0), 133146708735736);
        assert_eq!(
            frozenset_hash([1i64, 2].into_iter(), 2),
            -1826646154956904602
        );
        assert_eq!(hash_pointer(u64::MAX), -2);
    }

    #[test]
    fn str_hash_is_sane() {
        assert_eq!(str_hash(""), 0);
        assert_ne!(str_hash("a"), str_hash("b"));
        assert_ne!(str_hash("ab"), str_hash("ba"));
        assert_eq!(str_hash("héllo"), str_hash("héllo"));
        // Low bits are well spread: 1000 short keys fill most of 1024 buckets.
        let mut seen = std::collections::HashSet::new();
        for i in 0..1000 {
            seen.insert(str_hash(&format!("k{i}")) & 1023);
        }
        assert!(seen.len() > 550, "{}", seen.len());
        for i in 0..10000 {
            assert_ne!(str_hash(&i.to_string()), -1);
        }
    }
}

//! The `random` module: CPython's Mersenne Twister (MT19937) with CPython's
//! seeding, and its algorithms on top (`_randbelow` by rejection on
//! `getrandbits`, `shuffle`, `sample`, `choices`, the distributions), so that a
//! seeded generator produces exactly CPython's numbers.
//!
//! `random.Random` is a class (its `__init__` written in Python, its methods
//! native); the module-level functions are the methods of one hidden instance,
//! as in CPython. Generator states live in `vm.rng`, keyed by the instance.
//! Subclasses that override `random()` or `getrandbits()` are not consulted by
//! the other methods (CPython's are).

use std::collections::HashMap;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

use super::{run_snippet, set_global, to_f64, to_index, Kw, Sig};
use crate::compile::bytecode::BinOp;
use crate::interp::Vm;
use crate::runtime::error::ExcKind;
use crate::runtime::intops::float_pow;
use crate::runtime::object::*;
use crate::runtime::ops::{as_intref, IntRef};
use crate::runtime::value::Value;

// ---- the generator ---------------------------------------------------------------

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// One MT19937 state, plus the second normal deviate `gauss()` keeps.
#[derive(Clone)]
pub struct Mt {
    mt: [u32; N],
    index: usize,
    pub gauss_next: Option<f64>,
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt {
            mt,
            index: N,
            gauss_next: None,
        }
    }

    /// `init_by_array`: the state for a key of 32-bit words.
    pub fn from_key(key: &[u32]) -> Mt {
        let mut s = Mt::init_genrand(19_650_218);
        let mt = &mut s.mt;
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        s
    }

    /// The state `seed(n)` gives for an int: its absolute value in 32-bit words.
    pub fn from_int(n: &BigInt) -> Mt {
        Mt::from_key(&n.magnitude().to_u32_digits())
    }

    /// A state from the operating system's randomness (or the time, failing that).
    pub fn from_entropy() -> Mt {
        let mut key = vec![0u32; N];
        let mut ok = false;
        if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
            use std::io::Read;
            let mut buf = vec![0u8; N * 4];
            if f.read_exact(&mut buf).is_ok() {
                for (k, c) in key.iter_mut().zip(buf.chunks_exact(4)) {
                    *k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
                }
                ok = true;
            }
        }
        if !ok {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            key = vec![
                t as u32,
                (t >> 32) as u32,
                (t >> 64) as u32,
                std::process::id(),
            ];
        }
        Mt::from_key(&key)
    }

    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.mt;
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// A float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)`: 32-bit words from the least significant end; the last
    /// word keeps its top bits.
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.bits_u64(k as u32));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::from_slice(&out)
    }

    /// `_randbelow(n)` for `0 < n < 2**64`.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for any `n > 0`.
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// The 624 words and the position, as `getstate()` shows them.
    pub fn words(&self) -> (&[u32; N], usize) {
        (&self.mt, self.index)
    }

    pub fn from_words(words: &[u32], index: usize) -> Mt {
        let mut mt = [0u32; N];
        mt.copy_from_slice(&words[..N]);
        Mt {
            mt,
            index,
            gauss_next: None,
        }
    }
}

/// The generators of the program's `Random` instances, keyed by the instance,
/// and the instance behind the module-level functions.
#[derive(Default)]
pub struct Rng {
    states: HashMap<u64, Box<Mt>>,
    default_inst: Option<Value>,
}

/// The int `random.seed` uses for a str seed (version 2): the UTF-8 bytes
/// followed by their SHA-512, read as one big-endian number.
pub fn str_seed(s: &str) -> BigInt {
    let mut bytes = s.as_bytes().to_vec();
    bytes.extend_from_slice(&super::sha512::sha512(s.as_bytes()));
    BigInt::from_bytes_be(Sign::Plus, &bytes)
}

/// The int of a version-1 str seed.
pub fn str_seed_v1(s: &str) -> BigInt {
    let chars: Vec<u32> = s.chars().map(|c| c as u32).collect();
    let mut x: u64 = match chars.first() {
        Some(&c) => (c as u64) << 7,
        None => 0,
    };
    for &c in &chars {
        x = x.wrapping_mul(1_000_003) ^ c as u64;
    }
    x ^= chars.len() as u64;
    BigInt::from(x)
}

// ---- shuffling and sampling over indices ----------------------------------------------

/// The swaps `shuffle` makes on a sequence of length `n`: `(i, j)` in order.
pub fn shuffle_swaps(mt: &mut Mt, n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(n.saturating_sub(1));
    for i in (1..n).rev() {
        let j = mt.randbelow_u64(i as u64 + 1) as usize;
        out.push((i, j));
    }
    out
}

/// How `sample` picks: the indices into the population, or into a pool copied
/// from it (`pool_moves` then says which pool slot refills from where).
pub enum SamplePlan {
    /// `result[i] = pool[j]; pool[j] = pool[n - i - 1]` for each `j`.
    Pool(Vec<usize>),
    /// `result[i] = population[j]` for each `j`.
    Direct(Vec<usize>),
}

/// CPython's choice between a pool and a set of selected indices.
pub fn sample_plan(mt: &mut Mt, n: usize, k: usize) -> SamplePlan {
    let mut setsize: u128 = 21;
    if k > 5 {
        let e = ((k as f64 * 3.0).ln() / 4.0f64.ln()).ceil();
        setsize += 4u128.saturating_pow(e as u32);
    }
    if (n as u128) <= setsize {
        let picks = (0..k)
            .map(|i| mt.randbelow_u64((n - i) as u64) as usize)
            .collect();
        SamplePlan::Pool(picks)
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        let mut picks = Vec::with_capacity(k);
        for _ in 0..k {
            let mut j = mt.randbelow_u64(n as u64) as usize;
            while selected.contains(&j) {
                j = mt.randbelow_u64(n as u64) as usize;
            }
            selected.insert(j);
            picks.push(j);
        }
        SamplePlan::Direct(picks)
    }
}

/// Applies a pool plan to the population's indices.
pub fn sample_indices(plan: &SamplePlan, n: usize) -> Vec<usize> {
    match plan {
        SamplePlan::Direct(p) => p.clone(),
        SamplePlan::Pool(picks) => {
            let mut pool: Vec<usize> = (0..n).collect();
            let mut out = Vec::with_capacity(picks.len());
            for (i, &j) in picks.iter().enumerate() {
                out.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
            out
        }
    }
}

/// `bisect_right(a, x, 0, hi)` over floats.
pub fn bisect_f64(a: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

// ---- the module ------------------------------------------------------------------------

type Method = (&'static str, NativeFn);

const METHODS: &[Method] = &[
    ("seed", r_seed),
    ("random", r_random),
    ("getrandbits", r_getrandbits),
    ("getstate", r_getstate),
    ("setstate", r_setstate),
    ("randrange", r_randrange),
    ("randint", r_randint),
    ("choice", r_choice),
    ("shuffle", r_shuffle),
    ("sample", r_sample),
    ("choices", r_choices),
    ("uniform", r_uniform),
    ("triangular", r_triangular),
    ("normalvariate", r_normalvariate),
    ("gauss", r_gauss),
    ("lognormvariate", r_lognormvariate),
    ("expovariate", r_expovariate),
    ("vonmisesvariate", r_vonmisesvariate),
    ("gammavariate", r_gammavariate),
    ("betavariate", r_betavariate),
    ("paretovariate", r_paretovariate),
    ("weibullvariate", r_weibullvariate),
];

/// A module-level function: the method of the hidden instance.
fn with_default(vm: &mut Vm, args: &[Value], kw: Kw, f: NativeFn) -> PyResult<Value> {
    let inst = vm.rng.default_inst.unwrap_or(Value::NONE);
    if args.len() < 8 {
        let mut buf = [Value::EMPTY; 8];
        buf[0] = inst;
        buf[1..=args.len()].copy_from_slice(args);
        return f(vm, &buf[..=args.len()], kw);
    }
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(inst);
    all.extend_from_slice(args);
    f(vm, &all, kw)
}

macro_rules! module_fns {
    ($($wrapper:ident => $name:literal, $method:ident;)*) => {
        $(
            fn $wrapper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                with_default(vm, args, kw, $method)
            }
        )*
        const MODULE_FNS: &[Method] = &[$(($name, $wrapper)),*];
    };
}

module_fns! {
    f_seed => "seed", r_seed;
    f_random => "random", r_random;
    f_getrandbits => "getrandbits", r_getrandbits;
    f_getstate => "getstate", r_getstate;
    f_setstate => "setstate", r_setstate;
    f_randrange => "randrange", r_randrange;
    f_randint => "randint", r_randint;
    f_choice => "choice", r_choice;
    f_shuffle => "shuffle", r_shuffle;
    f_sample => "sample", r_sample;
    f_choices => "choices", r_choices;
    f_uniform => "uniform", r_uniform;
    f_triangular => "triangular", r_triangular;
    f_normalvariate => "normalvariate", r_normalvariate;
    f_gauss => "gauss", r_gauss;
    f_lognormvariate => "lognormvariate", r_lognormvariate;
    f_expovariate => "expovariate", r_expovariate;
    f_vonmisesvariate => "vonmisesvariate", r_vonmisesvariate;
    f_gammavariate => "gammavariate", r_gammavariate;
    f_betavariate => "betavariate", r_betavariate;
    f_paretovariate => "paretovariate", r_paretovariate;
    f_weibullvariate => "weibullvariate", r_weibullvariate;
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("random");
    // The class body needs the methods while `Random()` runs `__init__`, so the
    // class is made first and filled before the instance is created.
    run_snippet(
        vm,
        m,
        "class Random:\n    VERSION = 3\n\n    def __init__(self, x=None):\n        self.seed(x)\n",
        "<frozen random>",
    )?;
    let cls = vm
        .module_globals(m)
        .get()
        .get("Random")
        .ok_or_else(|| PyErr::new(ExcKind::ImportError, "random: no Random class"))?;
    for &(name, f) in METHODS {
        let v = vm.native(name, f);
        vm.set_class_attr(cls, name, v);
    }
    run_snippet(vm, m, "_inst = Random()\n", "<frozen random>")?;
    let inst = vm
        .module_globals(m)
        .get()
        .get("_inst")
        .ok_or_else(|| PyErr::new(ExcKind::ImportError, "random: no instance"))?;
    // The module-level functions act on that instance. (They are not natives
    // bound to it: calls of bound natives through `module.name(...)` lose the
    // receiver in the interpreter's method-call fast path.)
    vm.rng.default_inst = Some(inst);
    for &(name, f) in MODULE_FNS {
        let v = vm.native(name, f);
        set_global(vm, m, name, v);
    }
    Ok(m)
}

fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

fn sg_magicconst() -> f64 {
    1.0 + 4.5f64.ln()
}

/// The generator of a `Random` instance (seeded from entropy if it has none).
fn mt_of(vm: &mut Vm, slf: Value) -> &mut Mt {
    vm.rng
        .states
        .entry(slf.bits())
        .or_insert_with(|| Box::new(Mt::from_entropy()))
}

fn set_mt(vm: &mut Vm, slf: Value, mt: Mt) {
    vm.rng.states.insert(slf.bits(), Box::new(mt));
}

/// The receiver of a method written in C in CPython.
fn c_self(args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&s) if matches!(s.as_obj().map(|o| &o.data), Some(ObjData::Instance(_))) => Ok(s),
        _ => Err(PyErr::type_error(format!(
            "unbound method Random.{name}() needs an argument"
        ))),
    }
}

/// Binds a Python-level method's arguments; `out[0]` is the receiver.
fn bind(vm: &Vm, sig: &Sig, args: &[Value], kw: Kw) -> PyResult<Vec<Option<Value>>> {
    sig.bind(vm, args, kw)
}

fn arg(a: &[Option<Value>], i: usize) -> Value {
    a[i].unwrap_or(Value::NONE)
}

fn float_div_zero() -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, "float division by zero")
}

fn r_seed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.seed",
        pos: &["self", "a", "version"],
        required: 1,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let seed = arg(&a, 1);
    let version = a[2].unwrap_or(Value::from_small_int(2));
    let v1 = version.is_int() && version.as_int() == 1;
    let v2 = version.is_int() && version.as_int() == 2;
    let mt = if seed.is_none() {
        Mt::from_entropy()
    } else if let Some(s) = vm.str_contents(seed) {
        if v1 {
            Mt::from_int(&str_seed_v1(s))
        } else if v2 {
            Mt::from_int(&str_seed(s))
        } else {
            let h = vm.hash_of(seed)?;
            Mt::from_int(&BigInt::from(h as u64))
        }
    } else if let Some(i) = as_intref(seed) {
        match i {
            IntRef::Small(x) => {
                let m = x.unsigned_abs();
                Mt::from_key(&[m as u32, (m >> 32) as u32][..if m >> 32 == 0 { 1 } else { 2 }])
            }
            IntRef::Big(b) => Mt::from_int(b),
        }
    } else if seed.is_float() {
        let h = vm.hash_of(seed)?;
        Mt::from_int(&BigInt::from(h as u64))
    } else {
        return Err(PyErr::type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    };
    set_mt(vm, slf, mt);
    Ok(Value::NONE)
}

fn r_random(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slf = c_self(args, "random")?;
    super::no_kw(kw, "Random.random")?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "Random.random() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::from_f64(mt_of(vm, slf).random()))
}

fn r_getrandbits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slf = c_self(args, "getrandbits")?;
    super::no_kw(kw, "Random.getrandbits")?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let k = to_index(vm, args[1])?;
    if k.is_negative() {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let Some(k) = k.to_u64().filter(|&k| k < (1 << 40)) else {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    };
    let mt = mt_of(vm, slf);
    if k <= 47 {
        let r = mt.bits_u64(k as u32);
        return Ok(Value::from_small_int(r as i64));
    }
    let r = mt.getrandbits(k);
    Ok(vm.bigint_value(BigInt::from(r)))
}

fn r_getstate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.getstate",
        pos: &["self"],
        required: 1,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let mt = mt_of(vm, slf).clone();
    let (words, index) = mt.words();
    let mut items: Vec<Value> = words
        .iter()
        .map(|&w| Value::from_small_int(w as i64))
        .collect();
    items.push(Value::from_small_int(index as i64));
    let internal = vm.new_tuple(items);
    let gauss = match mt.gauss_next {
        Some(g) => Value::from_f64(g),
        None => Value::NONE,
    };
    Ok(vm.new_tuple(vec![Value::from_small_int(3), internal, gauss]))
}

fn r_setstate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.setstate",
        pos: &["self", "state"],
        required: 2,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let (slf, state) = (arg(&a, 0), arg(&a, 1));
    let zero = Value::from_small_int(0);
    let version = vm.get_item(state, zero)?;
    let is_version = |v: i64| as_intref(version).is_some_and(|i| i.to_big() == BigInt::from(v));
    if !is_version(3) && !is_version(2) {
        let vs = vm.str_of(version)?;
        return Err(PyErr::value_error(format!(
            "state with version {vs} passed to Random.setstate() of version 3"
        )));
    }
    let parts = unpack_exact(vm, state, 3)?;
    let (internal, gauss) = (parts[1], parts[2]);
    let items: Vec<Value> = match internal.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ if is_version(2) => vm.collect_iterable(internal)?,
        _ => return Err(PyErr::type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N + 1);
    for &x in &items {
        let Some(i) = as_intref(x) else {
            let tn = vm.type_name(x);
            return Err(PyErr::type_error(format!(
                "'{tn}' object cannot be interpreted as an integer"
            )));
        };
        let b = i.to_big();
        let b = if is_version(2) {
            b.mod_floor(&BigInt::from(1u64 << 32))
        } else {
            b
        };
        if b.is_negative() {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "can't convert negative value to unsigned int",
            ));
        }
        let Some(w) = b.to_u64() else {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C unsigned long",
            ));
        };
        words.push(w);
    }
    let index = words[N];
    if index > N as u64 {
        return Err(PyErr::value_error("invalid state"));
    }
    let w32: Vec<u32> = words[..N].iter().map(|&w| w as u32).collect();
    let mut mt = Mt::from_words(&w32, index as usize);
    mt.gauss_next = if gauss.is_none() {
        None
    } else {
        Some(to_f64(vm, gauss)?)
    };
    set_mt(vm, slf, mt);
    Ok(Value::NONE)
}

/// `a, b, c = v` for a fixed count, with CPython's unpacking errors.
fn unpack_exact(vm: &mut Vm, v: Value, n: usize) -> PyResult<Vec<Value>> {
    let items = vm.collect_iterable(v)?;
    if items.len() > n {
        return Err(PyErr::value_error(format!(
            "too many values to unpack (expected {n})"
        )));
    }
    if items.len() < n {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    Ok(items)
}

/// `_randbelow(n)` for an int value `n > 0`.
fn randbelow_big(vm: &mut Vm, slf: Value, n: &BigInt) -> BigInt {
    let mt = mt_of(vm, slf);
    BigInt::from(mt.randbelow(n.magnitude()))
}

/// `_index(x)` with randrange's fallback for integral non-ints.
fn range_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<BigInt> {
    match to_index(vm, v) {
        Ok(i) => Ok(i),
        Err(e) => {
            if !vm.is_exc_kind(&e, ExcKind::TypeError) {
                return Err(e);
            }
            let iv = crate::runtime::builtins::to_int(vm, v)?;
            if !vm.eq(iv, v)? {
                return Err(PyErr::value_error(format!(
                    "non-integer {what} for randrange()"
                )));
            }
            to_index(vm, iv)
        }
    }
}

fn randrange_impl(
    vm: &mut Vm,
    slf: Value,
    start: Value,
    stop: Value,
    step: Option<Value>,
) -> PyResult<Value> {
    // Fast path: inline ints and a unit step.
    if let (Some(a), Some(b)) = (super::small_index(start), super::small_index(stop)) {
        if step.is_none() {
            let width = b as i128 - a as i128;
            if width > 0 {
                let r = mt_of(vm, slf).randbelow_u64(width as u64);
                return Ok(vm.int_from_i128(a as i128 + r as i128));
            }
        }
    }
    let istart = range_arg(vm, start, "arg 1")?;
    if stop.is_none() {
        if let Some(st) = step {
            if !(st.is_int() && st.as_int() == 1) {
                return Err(PyErr::type_error("Missing a non-None stop argument"));
            }
        }
        if istart.is_positive() {
            let r = randbelow_big(vm, slf, &istart);
            return Ok(vm.bigint_value(r));
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    let istop = range_arg(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(vm, s, "step")?,
        None => BigInt::one(),
    };
    if istep.is_one() {
        if width.is_positive() {
            let r = randbelow_big(vm, slf, &width);
            return Ok(vm.bigint_value(istart + r));
        }
        return Err(PyErr::value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::one()).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::one()).div_floor(&istep)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    let r = randbelow_big(vm, slf, &n);
    Ok(vm.bigint_value(istart + istep * r))
}

fn r_randrange(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.randrange",
        pos: &["self", "start", "stop", "step"],
        required: 2,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    randrange_impl(vm, arg(&a, 0), arg(&a, 1), arg(&a, 2), a[3])
}

fn r_randint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.randint",
        pos: &["self", "a", "b"],
        required: 3,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let (slf, lo, hi) = (arg(&a, 0), arg(&a, 1), arg(&a, 2));
    let stop = vm.binary_op(BinOp::Add, hi, Value::from_small_int(1))?;
    randrange_impl(vm, slf, lo, stop, None)
}

fn r_choice(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.choice",
        pos: &["self", "seq"],
        required: 2,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let (slf, seq) = (arg(&a, 0), arg(&a, 1));
    let n = vm.len_of(seq)?;
    if n == 0 {
        return Err(PyErr::new(
            ExcKind::IndexError,
            "Cannot choose from an empty sequence",
        ));
    }
    let i = mt_of(vm, slf).randbelow_u64(n as u64);
    match seq.as_obj().map(|o| &o.data) {
        Some(ObjData::List(l)) => Ok(l.get()[i as usize]),
        Some(ObjData::Tuple(t)) => Ok(t[i as usize]),
        _ => {
            let iv = vm.int_value(i as i64);
            vm.get_item(seq, iv)
        }
    }
}

fn r_shuffle(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.shuffle",
        pos: &["self", "x"],
        required: 2,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let (slf, x) = (arg(&a, 0), arg(&a, 1));
    let n = vm.len_of(x)?;
    if let Some(ObjData::List(l)) = x.as_obj().map(|o| &o.data) {
        let swaps = shuffle_swaps(mt_of(vm, slf), n);
        let v = l.get_mut();
        for (i, j) in swaps {
            v.swap(i, j);
        }
        return Ok(Value::NONE);
    }
    // Other sequences: one step at a time, so a failing assignment leaves the
    // generator where CPython's would be.
    for i in (1..n).rev() {
        let j = mt_of(vm, slf).randbelow_u64(i as u64 + 1) as usize;
        let (iv, jv) = (vm.int_value(i as i64), vm.int_value(j as i64));
        let xj = vm.get_item(x, jv)?;
        let xi = vm.get_item(x, iv)?;
        vm.set_item(x, iv, xj)?;
        vm.set_item(x, jv, xi)?;
    }
    Ok(Value::NONE)
}

fn is_sequence(v: Value) -> bool {
    matches!(
        v.as_obj().map(|o| &o.data),
        Some(ObjData::List(_) | ObjData::Tuple(_) | ObjData::Str(_) | ObjData::Range(_))
    )
}

/// `bisect_right(a, x)` over Python values.
fn bisect_values(vm: &mut Vm, a: &[Value], x: Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if vm.less_than(x, a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `list(itertools.accumulate(it))`.
fn accumulate(vm: &mut Vm, it: Value) -> PyResult<Vec<Value>> {
    let items = vm.collect_iterable(it)?;
    let keep = vm.new_list(vec![]);
    vm.extra_roots.push(keep);
    let r = (|| {
        let mut out: Vec<Value> = Vec::with_capacity(items.len());
        let mut acc: Option<Value> = None;
        for &x in &items {
            let next = match acc {
                None => x,
                Some(a) => vm.binary_op(BinOp::Add, a, x)?,
            };
            if let Some(ObjData::List(l)) = keep.as_obj().map(|o| &o.data) {
                l.get_mut().push(next);
            }
            out.push(next);
            acc = Some(next);
        }
        Ok(out)
    })();
    vm.extra_roots.pop();
    r
}

fn item_at(vm: &mut Vm, seq: Value, i: usize) -> PyResult<Value> {
    match seq.as_obj().map(|o| &o.data) {
        Some(ObjData::List(l)) if i < l.get().len() => Ok(l.get()[i]),
        Some(ObjData::Tuple(t)) if i < t.len() => Ok(t[i]),
        _ => {
            let iv = vm.int_value(i as i64);
            vm.get_item(seq, iv)
        }
    }
}

fn sample_impl(vm: &mut Vm, slf: Value, population: Value, k: Value) -> PyResult<Value> {
    let n = vm.len_of(population)?;
    let k = to_index(vm, k)?;
    let kk = match k.to_usize() {
        Some(kk) if kk <= n => kk,
        _ => {
            return Err(PyErr::value_error(
                "Sample larger than population or is negative",
            ))
        }
    };
    let plan = sample_plan(mt_of(vm, slf), n, kk);
    let mut out = Vec::with_capacity(kk);
    match &plan {
        SamplePlan::Pool(_) => {
            let pool = vm.collect_iterable(population)?;
            for i in sample_indices(&plan, pool.len()) {
                out.push(pool[i]);
            }
        }
        SamplePlan::Direct(picks) => {
            let res = vm.new_list(vec![]);
            vm.extra_roots.push(res);
            for &j in picks {
                match item_at(vm, population, j) {
                    Ok(v) => {
                        if let Some(ObjData::List(l)) = res.as_obj().map(|o| &o.data) {
                            l.get_mut().push(v);
                        }
                        out.push(v);
                    }
                    Err(e) => {
                        vm.extra_roots.pop();
                        return Err(e);
                    }
                }
            }
            vm.extra_roots.pop();
        }
    }
    Ok(vm.new_list(out))
}

fn r_sample(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.sample",
        pos: &["self", "population", "k"],
        required: 3,
        kwonly: &["counts"],
    };
    let a = bind(vm, &sig, args, kw)?;
    let (slf, population, k) = (arg(&a, 0), arg(&a, 1), arg(&a, 2));
    let counts = arg(&a, 3);
    if !is_sequence(population) {
        return Err(PyErr::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    if counts.is_none() {
        return sample_impl(vm, slf, population, k);
    }
    let n = vm.len_of(population)?;
    let mut cum = accumulate(vm, counts)?;
    if cum.len() != n {
        return Err(PyErr::value_error(
            "The number of counts does not match the population",
        ));
    }
    let Some(total) = cum.pop() else {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    };
    let Some(total_i) = as_intref(total).map(|i| i.to_big()) else {
        return Err(PyErr::type_error("Counts must be integers"));
    };
    if !total_i.is_positive() {
        return Err(PyErr::value_error(
            "Total of counts must be greater than zero",
        ));
    }
    let Some(total_n) = total_i.to_i64() else {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    };
    let range = vm.heap.alloc(ObjData::Range(Box::new(RangeObj {
        start: 0,
        stop: total_n as i128,
        step: 1,
    })));
    vm.extra_roots.push(range);
    let keep = vm.new_list(cum.clone());
    vm.extra_roots.push(keep);
    let r = (|| {
        let sel = sample_impl(vm, slf, range, k)?;
        let sel_items = vm.collect_iterable(sel)?;
        let mut out = Vec::with_capacity(sel_items.len());
        for s in sel_items {
            let i = bisect_values(vm, &cum, s, cum.len())?;
            out.push(item_at(vm, population, i)?);
        }
        Ok(vm.new_list(out))
    })();
    vm.extra_roots.pop();
    vm.extra_roots.pop();
    r
}

fn r_choices(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.choices",
        pos: &["self", "population", "weights"],
        required: 2,
        kwonly: &["cum_weights", "k"],
    };
    let a = bind(vm, &sig, args, kw)?;
    let (slf, population, weights) = (arg(&a, 0), arg(&a, 1), arg(&a, 2));
    let cum_weights = arg(&a, 3);
    let kv = a[4].unwrap_or(Value::from_small_int(1));
    let n = vm.len_of(population)?;
    let count = |vm: &mut Vm| -> PyResult<usize> {
        let k = to_index(vm, kv)?;
        Ok(if k.is_negative() {
            0
        } else {
            k.to_usize().unwrap_or(usize::MAX)
        })
    };
    let cum: Vec<Value> = if cum_weights.is_none() {
        if weights.is_none() {
            let k = count(vm)?;
            let nf = n as f64;
            let mut out = Vec::with_capacity(k.min(1 << 20));
            for _ in 0..k {
                let i = (mt_of(vm, slf).random() * nf).floor() as usize;
                out.push(item_at(vm, population, i)?);
            }
            return Ok(vm.new_list(out));
        }
        match accumulate(vm, weights) {
            Ok(c) => c,
            Err(e) => {
                if vm.is_exc_kind(&e, ExcKind::TypeError) && as_intref(weights).is_some() {
                    let r = vm.repr_of(weights)?;
                    return Err(PyErr::type_error(format!(
                        "The number of choices must be a keyword argument: k={r}"
                    )));
                }
                return Err(e);
            }
        }
    } else {
        if !weights.is_none() {
            return Err(PyErr::type_error(
                "Cannot specify both weights and cumulative weights",
            ));
        }
        let len = vm.len_of(cum_weights)?;
        let items = vm.collect_iterable(cum_weights)?;
        if items.len() != len {
            return Err(PyErr::value_error("cum_weights changed size"));
        }
        items
    };
    if cum.len() != n {
        return Err(PyErr::value_error(
            "The number of weights does not match the population",
        ));
    }
    let Some(&last) = cum.last() else {
        return Err(PyErr::new(ExcKind::IndexError, "list index out of range"));
    };
    let keep = vm.new_list(cum.clone());
    vm.extra_roots.push(keep);
    let r = (|| {
        let total = vm.binary_op(BinOp::Add, last, Value::from_f64(0.0))?;
        let total = to_f64(vm, total)?;
        if total <= 0.0 {
            return Err(PyErr::value_error(
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(PyErr::value_error("Total of weights must be finite"));
        }
        let k = count(vm)?;
        let hi = n - 1;
        // Floats and exactly representable ints compare as floats.
        let as_floats: Option<Vec<f64>> = cum
            .iter()
            .map(|&c| {
                if c.is_float() {
                    Some(c.as_f64())
                } else {
                    match as_intref(c) {
                        Some(IntRef::Small(i)) if i.unsigned_abs() <= 1 << 53 => Some(i as f64),
                        _ => None,
                    }
                }
            })
            .collect();
        let mut out = Vec::with_capacity(k.min(1 << 20));
        for _ in 0..k {
            let x = mt_of(vm, slf).random() * total;
            let i = match &as_floats {
                Some(fs) => bisect_f64(fs, x, hi),
                None => bisect_values(vm, &cum, Value::from_f64(x), hi)?,
            };
            out.push(item_at(vm, population, i)?);
        }
        Ok(vm.new_list(out))
    })();
    vm.extra_roots.pop();
    r
}

fn r_uniform(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.uniform",
        pos: &["self", "a", "b"],
        required: 3,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let (slf, lo, hi) = (arg(&a, 0), arg(&a, 1), arg(&a, 2));
    let width = vm.binary_op(BinOp::Sub, hi, lo)?;
    let r = mt_of(vm, slf).random();
    let scaled = vm.binary_op(BinOp::Mul, width, Value::from_f64(r))?;
    vm.binary_op(BinOp::Add, lo, scaled)
}

fn r_triangular(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.triangular",
        pos: &["self", "low", "high", "mode"],
        required: 1,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let mut low = match a[1] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    let mut high = match a[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1.0,
    };
    let mode = arg(&a, 3);
    let mut u = mt_of(vm, slf).random();
    let mut c = if mode.is_none() {
        0.5
    } else {
        let m = to_f64(vm, mode)?;
        if high - low == 0.0 {
            return Ok(a[1].unwrap_or(Value::from_f64(0.0)));
        }
        (m - low) / (high - low)
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::from_f64(low + (high - low) * (u * c).sqrt()))
}

/// `mu` and `sigma`, defaulting to 0.0 and 1.0.
fn mu_sigma(a: &[Option<Value>]) -> (Value, Value) {
    (
        a[1].unwrap_or(Value::from_f64(0.0)),
        a[2].unwrap_or(Value::from_f64(1.0)),
    )
}

/// `mu + z * sigma` with Python's arithmetic.
fn affine(vm: &mut Vm, mu: Value, z: f64, sigma: Value) -> PyResult<Value> {
    let zs = vm.binary_op(BinOp::Mul, Value::from_f64(z), sigma)?;
    vm.binary_op(BinOp::Add, mu, zs)
}

fn normal_z(mt: &mut Mt) -> f64 {
    let magic = nv_magicconst();
    loop {
        let u1 = mt.random();
        let u2 = 1.0 - mt.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    }
}

fn r_normalvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.normalvariate",
        pos: &["self", "mu", "sigma"],
        required: 1,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let (mu, sigma) = mu_sigma(&a);
    let z = normal_z(mt_of(vm, slf));
    affine(vm, mu, z, sigma)
}

fn r_gauss(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.gauss",
        pos: &["self", "mu", "sigma"],
        required: 1,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let (mu, sigma) = mu_sigma(&a);
    let mt = mt_of(vm, slf);
    let z = match mt.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = mt.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - mt.random()).ln()).sqrt();
            mt.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    };
    affine(vm, mu, z, sigma)
}

fn r_lognormvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.lognormvariate",
        pos: &["self", "mu", "sigma"],
        required: 3,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let (mu, sigma) = (arg(&a, 1), arg(&a, 2));
    let z = normal_z(mt_of(vm, slf));
    let x = affine(vm, mu, z, sigma)?;
    let x = to_f64(vm, x)?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(PyErr::new(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::from_f64(r))
}

fn r_expovariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.expovariate",
        pos: &["self", "lambd"],
        required: 2,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let (slf, lambd) = (arg(&a, 0), arg(&a, 1));
    let r = -(1.0 - mt_of(vm, slf).random()).ln();
    vm.binary_op(BinOp::TrueDiv, Value::from_f64(r), lambd)
}

fn r_vonmisesvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    use std::f64::consts::{PI, TAU};
    let sig = Sig {
        qual: "Random.vonmisesvariate",
        pos: &["self", "mu", "kappa"],
        required: 3,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let mu = to_f64(vm, arg(&a, 1))?;
    let kappa = to_f64(vm, arg(&a, 2))?;
    let mt = mt_of(vm, slf);
    if kappa <= 1e-6 {
        return Ok(Value::from_f64(TAU * mt.random()));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = mt.random();
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = mt.random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = mt.random();
    let theta = if u3 > 0.5 {
        crate::runtime::intops::float_mod(mu + f.acos(), TAU)?
    } else {
        crate::runtime::intops::float_mod(mu - f.acos(), TAU)?
    };
    Ok(Value::from_f64(theta))
}

fn log_checked(x: f64) -> PyResult<f64> {
    super::math::k_log(x).map_err(PyErr::from)
}

fn gamma_impl(mt: &mut Mt, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(PyErr::value_error(
            "gammavariate: alpha and beta must be > 0.0",
        ));
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4.0f64.ln();
        let ccc = alpha + ainv;
        loop {
            let u1 = mt.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - mt.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst() - 4.5 * z >= 0.0 || r >= log_checked(z)? {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - mt.random()).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        let x = loop {
            let u = mt.random();
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                float_pow(p, 1.0 / alpha)?
            } else {
                -log_checked((b - p) / alpha)?
            };
            let u1 = mt.random();
            if p > 1.0 {
                if u1 <= float_pow(x, alpha - 1.0)? {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        Ok(x * beta)
    }
}

fn r_gammavariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.gammavariate",
        pos: &["self", "alpha", "beta"],
        required: 3,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let alpha = to_f64(vm, arg(&a, 1))?;
    let beta = to_f64(vm, arg(&a, 2))?;
    let r = gamma_impl(mt_of(vm, slf), alpha, beta)?;
    Ok(Value::from_f64(r))
}

fn r_betavariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.betavariate",
        pos: &["self", "alpha", "beta"],
        required: 3,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let alpha = to_f64(vm, arg(&a, 1))?;
    let beta = to_f64(vm, arg(&a, 2))?;
    let mt = mt_of(vm, slf);
    let y = gamma_impl(mt, alpha, 1.0)?;
    if y != 0.0 {
        let z = gamma_impl(mt, beta, 1.0)?;
        return Ok(Value::from_f64(y / (y + z)));
    }
    Ok(Value::from_f64(0.0))
}

fn r_paretovariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.paretovariate",
        pos: &["self", "alpha"],
        required: 2,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let alpha = to_f64(vm, arg(&a, 1))?;
    let u = 1.0 - mt_of(vm, slf).random();
    if alpha == 0.0 {
        return Err(float_div_zero());
    }
    Ok(Value::from_f64(float_pow(u, -1.0 / alpha)?))
}

fn r_weibullvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        qual: "Random.weibullvariate",
        pos: &["self", "alpha", "beta"],
        required: 3,
        kwonly: &[],
    };
    let a = bind(vm, &sig, args, kw)?;
    let slf = arg(&a, 0);
    let alpha = to_f64(vm, arg(&a, 1))?;
    let beta = to_f64(vm, arg(&a, 2))?;
    let u = 1.0 - mt_of(vm, slf).random();
    if beta == 0.0 {
        return Err(float_div_zero());
    }
    Ok(Value::from_f64(alpha * float_pow(-u.ln(), 1.0 / beta)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sequences printed by CPython 3.11 (`tests/data/gen_random_vectors.py`).
    const VECTORS: &str = include_str!("../../../tests/data/random_vectors.txt");

    fn seeded(spec: &str) -> Mt {
        if let Some(s) = spec.strip_prefix("s:") {
            let bytes: Vec<u8> = (0..s.len() / 2)
                .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
                .collect();
            let text = String::from_utf8(bytes).expect("utf-8");
            return Mt::from_int(&str_seed(&text));
        }
        if let Some(s) = spec.strip_prefix("v1:") {
            let bytes: Vec<u8> = (0..s.len() / 2)
                .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
                .collect();
            let text = String::from_utf8(bytes).expect("utf-8");
            return Mt::from_int(&str_seed_v1(&text));
        }
        let n: BigInt = spec.parse().expect("int seed");
        Mt::from_int(&n)
    }

    fn join<T: ToString>(xs: impl IntoIterator<Item = T>) -> String {
        xs.into_iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(",")
    }

    fn fbits(x: f64) -> String {
        format!("{:016x}", x.to_bits())
    }

    #[test]
    fn cpython_sequences() {
        let mut count = 0;
        for line in VECTORS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (lhs, want) = line.split_once("\t=>\t").expect("=> separator");
            let f: Vec<&str> = lhs.split('\t').collect();
            let mut mt = seeded(f[1]);
            let got = match f[0] {
                "random" => {
                    let n: usize = f[2].parse().expect("count");
                    join((0..n).map(|_| fbits(mt.random())))
                }
                "bits" => {
                    let ks: Vec<u64> = f[2].split(',').map(|k| k.parse().expect("k")).collect();
                    join(ks.iter().map(|&k| mt.getrandbits(k)))
                }
                "below" => {
                    let ns: Vec<BigUint> = f[2].split(',').map(|k| k.parse().expect("n")).collect();
                    join(ns.iter().map(|n| mt.randbelow(n)))
                }
                "shuffle" => {
                    let n: usize = f[2].parse().expect("n");
                    let mut v: Vec<usize> = (0..n).collect();
                    for (i, j) in shuffle_swaps(&mut mt, n) {
                        v.swap(i, j);
                    }
                    join(v)
                }
                "sample" => {
                    let n: usize = f[2].parse().expect("n");
                    let k: usize = f[3].parse().expect("k");
                    let plan = sample_plan(&mut mt, n, k);
                    join(sample_indices(&plan, n))
                }
                "gauss" => {
                    let n: usize = f[2].parse().expect("count");
                    let mut out = vec![];
                    for _ in 0..n {
                        let z = match mt.gauss_next.take() {
                            Some(z) => z,
                            None => {
                                let x2pi = mt.random() * std::f64::consts::TAU;
                                let g2rad = (-2.0 * (1.0 - mt.random()).ln()).sqrt();
                                mt.gauss_next = Some(x2pi.sin() * g2rad);
                                x2pi.cos() * g2rad
                            }
                        };
                        out.push(fbits(z));
                    }
                    join(out)
                }
                "normal" => {
                    let n: usize = f[2].parse().expect("count");
                    join((0..n).map(|_| fbits(normal_z(&mut mt))))
                }
                "gamma" => {
                    let n: usize = f[2].parse().expect("count");
                    let alpha = f64::from_bits(u64::from_str_radix(f[3], 16).expect("bits"));
                    join((0..n).map(|_| fbits(gamma_impl(&mut mt, alpha, 1.0).expect("gamma"))))
                }
                "state" => {
                    let (w, i) = mt.words();
                    format!("{},{},{},{}", w[0], w[1], w[623], i)
                }
                other => panic!("unknown vector kind {other}"),
            };
            assert_eq!(got, want, "{line}");
            count += 1;
        }
        assert!(count > 50, "only {count} vectors");
    }

    #[test]
    fn bisect_is_bisect_right() {
        let a = [1.0, 3.0, 3.0, 6.0];
        assert_eq!(bisect_f64(&a, 0.5, 3), 0);
        assert_eq!(bisect_f64(&a, 3.0, 3), 3);
        assert_eq!(bisect_f64(&a, 7.0, 3), 3);
    }
}

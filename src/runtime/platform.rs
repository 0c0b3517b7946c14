//! Bindings to the C library functions CPython itself relies on, so results agree
//! bit for bit: glibc's libm (`cbrt`, `asinh`, `erf`, ...) where Rust's own versions
//! round differently, and `clock_gettime` for the process and thread clocks that
//! the standard library does not expose.
//!
//! This is the one place outside the JIT, the collector and the value
//! representation that uses `unsafe`: each call passes plain values (or one pointer
//! to a local struct) to a C function without side effects on Rust state.

mod libm {
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
    }
}

macro_rules! libm_fn {
    ($name:ident) => {
        pub fn $name(x: f64) -> f64 {
            // SAFETY: a pure C library function of one double.
            unsafe { libm::$name(x) }
        }
    };
}

libm_fn!(asinh);
libm_fn!(acosh);
libm_fn!(atanh);
libm_fn!(erf);
libm_fn!(erfc);

/// glibc's `cbrt`, which CPython calls. A plain `extern` declaration would bind to
/// the Rust runtime's own (correctly rounded, so different) `cbrt`, so the C
/// library's symbol is looked up at run time; Rust's is the fallback.
#[cfg(target_os = "linux")]
pub fn cbrt(x: f64) -> f64 {
    use std::os::raw::{c_char, c_int, c_void};
    use std::sync::OnceLock;
    extern "C" {
        fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
        fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
    }
    static CBRT: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = CBRT.get_or_init(|| {
        // SAFETY: dlopen/dlsym get NUL-terminated names; a non-null result for
        // "cbrt" in libm is the C function `double cbrt(double)`.
        unsafe {
            let h = dlopen(c"libm.so.6".as_ptr(), 1);
            if h.is_null() {
                return None;
            }
            let p = dlsym(h, c"cbrt".as_ptr());
            if p.is_null() {
                None
            } else {
                Some(std::mem::transmute::<*mut c_void, extern "C" fn(f64) -> f64>(p))
            }
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}

#[cfg(not(target_os = "linux"))]
pub fn cbrt(x: f64) -> f64 {
    x.cbrt()
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
}

/// Nanoseconds of POSIX clock `id` (0 realtime, 1 monotonic, 2 process CPU,
/// 3 thread CPU), or None if the clock cannot be read.
pub fn clock_ns(id: i32) -> Option<i64> {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through a valid pointer to a local.
    let rc = unsafe { clock_gettime(id, &mut ts) };
    (rc == 0).then(|| ts.tv_sec.saturating_mul(1_000_000_000) + ts.tv_nsec)
}

#[cfg(test)]
mod tests {
    #[test]
    fn libm_and_clocks_answer() {
        assert!((super::cbrt(27.0) - 3.0).abs() < 1e-15);
        assert!(super::erf(0.0) == 0.0);
        let a = super::clock_ns(1).expect("monotonic clock");
        let b = super::clock_ns(1).expect("monotonic clock");
        assert!(b >= a);
    }
}

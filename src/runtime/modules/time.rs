//! The `time` module: CPython's clocks (the same POSIX clocks on Linux) and `sleep`.

use num_traits::ToPrimitive;

use super::{add_fns, no_args, one_arg, Kw};
use crate::interp::Vm;
use crate::runtime::error::ExcKind;
use crate::runtime::object::*;
use crate::runtime::ops::as_intref;
use crate::runtime::value::Value;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("time");
    add_fns(
        vm,
        m,
        &[
            ("time", t_time as NativeFn),
            ("time_ns", t_time_ns),
            ("perf_counter", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("monotonic", t_monotonic),
            ("monotonic_ns", t_monotonic_ns),
            ("process_time", t_process_time),
            ("process_time_ns", t_process_time_ns),
            ("thread_time", t_thread_time),
            ("thread_time_ns", t_thread_time_ns),
            ("sleep", t_sleep),
        ],
    );
    Ok(m)
}

#[derive(Clone, Copy)]
enum Clock {
    Realtime,
    Monotonic,
    Process,
    Thread,
}

/// Nanoseconds of a clock.
fn now_ns(clock: Clock) -> i64 {
    let id = match clock {
        Clock::Realtime => 0,
        Clock::Monotonic => 1,
        Clock::Process => 2,
        Clock::Thread => 3,
    };
    crate::runtime::platform::clock_ns(id).unwrap_or_else(|| fallback_ns(clock))
}

/// The portable clocks of the standard library (monotonic clocks count from the
/// first use).
fn fallback_ns(clock: Clock) -> i64 {
    use std::sync::OnceLock;
    use std::time::{Instant, SystemTime, UNIX_EPOCH};
    static START: OnceLock<Instant> = OnceLock::new();
    match clock {
        Clock::Realtime => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0),
        _ => START.get_or_init(Instant::now).elapsed().as_nanos() as i64,
    }
}

/// `_PyTime_AsSecondsDouble`.
fn seconds(ns: i64) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

fn clock_float(args: &[Value], kw: Kw, qual: &str, clock: Clock) -> PyResult<Value> {
    no_args(args, kw, qual)?;
    Ok(Value::from_f64(seconds(now_ns(clock))))
}

fn clock_ns(vm: &mut Vm, args: &[Value], kw: Kw, qual: &str, clock: Clock) -> PyResult<Value> {
    no_args(args, kw, qual)?;
    Ok(vm.int_value(now_ns(clock)))
}

fn t_time(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_float(args, kw, "time.time", Clock::Realtime)
}
fn t_time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_ns(vm, args, kw, "time.time_ns", Clock::Realtime)
}
fn t_perf_counter(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_float(args, kw, "time.perf_counter", Clock::Monotonic)
}
fn t_perf_counter_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_ns(vm, args, kw, "time.perf_counter_ns", Clock::Monotonic)
}
fn t_monotonic(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_float(args, kw, "time.monotonic", Clock::Monotonic)
}
fn t_monotonic_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_ns(vm, args, kw, "time.monotonic_ns", Clock::Monotonic)
}
fn t_process_time(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_float(args, kw, "time.process_time", Clock::Process)
}
fn t_process_time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_ns(vm, args, kw, "time.process_time_ns", Clock::Process)
}
fn t_thread_time(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_float(args, kw, "time.thread_time", Clock::Thread)
}
fn t_thread_time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_ns(vm, args, kw, "time.thread_time_ns", Clock::Thread)
}

fn too_large() -> PyErr {
    PyErr::new(
        ExcKind::OverflowError,
        "timestamp too large to convert to C _PyTime_t",
    )
}

/// A duration in seconds (float or int) as nanoseconds, rounded up as CPython
/// rounds timeouts.
pub fn duration_ns(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_float() {
        let d = v.as_f64();
        if d.is_nan() {
            return Err(PyErr::value_error("Invalid value NaN (not a number)"));
        }
        let ns = (d * 1e9).ceil();
        if !(-9.223372036854776e18..9.223372036854776e18).contains(&ns) {
            return Err(too_large());
        }
        return Ok(ns as i64);
    }
    let secs = match as_intref(v) {
        Some(i) => i.to_big().to_i64().ok_or_else(too_large)?,
        None => {
            let n = super::to_index(vm, v)?;
            n.to_i64().ok_or_else(too_large)?
        }
    };
    secs.checked_mul(1_000_000_000).ok_or_else(too_large)
}

fn t_sleep(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(args, kw, "time.sleep")?;
    let ns = duration_ns(vm, a)?;
    if ns < 0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_nanos(ns as u64));
    Ok(Value::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_move_forward() {
        let a = now_ns(Clock::Monotonic);
        let b = now_ns(Clock::Monotonic);
        assert!(b >= a);
        assert!(now_ns(Clock::Realtime) > 1_600_000_000_000_000_000);
        assert_eq!(seconds(3_000_000_000), 3.0);
        assert_eq!(seconds(1_500_000_000), 1.5);
    }
}

//! Interpreter dispatch on tight loops. Each iteration runs an already compiled
//! module in a fresh VM: VM creation, parsing and compiling are done in the untimed
//! set-up, and the VM is dropped untimed too, so the time is the bytecode run alone.
//! `interp/run_source_sum_range_1e6` is the same loop end to end through
//! `tauraro::run_source` (new VM, parse, compile, run, drop).
//!
//! Benchmark names are stable (results are compared across commits):
//!   interp/vm_new              `Vm::new` + drop: type bootstrap, builtins, stack
//!   interp/sum_range_1e6       `for i in range(n): total += i` in a function, n = 1e6
//!   interp/run_source_sum_range_1e6   the same through `tauraro::run_source`
//!   interp/method_call_2e5     2e5 calls of a small method on an instance
//!   interp/while_loop_1e6      `while i < n:` with a compare, add and branch per turn
//!
//! The loop benchmarks report elements/s, where an element is one loop turn. The
//! programs print nothing: each checks its own result with `assert`, so a wrong
//! answer makes the run exit non-zero and the benchmark panics.
//! Run with `cargo bench --bench interp`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode, Throughput};
use tauraro::interp::Vm;
use tauraro::runtime::value::Value;

// Same allocator as the `tauraro` binary, so the numbers match what it does.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SUM_RANGE: &str = r#"
def total(n):
    t = 0
    for i in range(n):
        t += i
    return t

assert total(1000000) == 499999500000
"#;

const METHOD_CALL: &str = r#"
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n

def run(count):
    c = Counter()
    r = 0
    for i in range(count):
        r = c.add(i)
    return r

assert run(200000) == 19999900000
"#;

const WHILE_LOOP: &str = r#"
def spin(n):
    i = 0
    acc = 0
    while i < n:
        acc = acc + (i & 7)
        i = i + 1
    return acc

assert spin(1000000) == 3500000
"#;

/// A fresh VM with `src` compiled as `__main__`: (vm, code, module).
fn prepare(src: &str) -> (Box<Vm>, Value, Value) {
    let mut vm = Vm::new(vec!["bench.py".into()]);
    let module = vm.new_module("__main__");
    let code = vm
        .compile(src, "bench.py", module)
        .expect("benchmark program compiles");
    (vm, code, module)
}

/// Runs the prepared module; returns the VM so that dropping it is not timed.
fn execute((mut vm, code, module): (Box<Vm>, Value, Value)) -> Box<Vm> {
    if vm.run_module_code(black_box(code), module).is_err() {
        panic!("benchmark program raised an exception");
    }
    vm
}

fn run_source(src: &str) {
    let code = tauraro::run_source(
        black_box(src),
        "bench.py",
        vec!["bench.py".into()],
        tauraro::jit::JitConfig::default(),
    );
    assert_eq!(code, 0, "benchmark program failed (see stderr)");
}

fn interp(c: &mut Criterion) {
    let mut g = c.benchmark_group("interp");
    g.sample_size(30);
    g.measurement_time(Duration::from_secs(5));

    g.bench_function("vm_new", |b| b.iter(|| Vm::new(vec!["bench.py".into()])));

    let loops: [(&str, &str, u64); 3] = [
        ("sum_range_1e6", SUM_RANGE, 1_000_000),
        ("method_call_2e5", METHOD_CALL, 200_000),
        ("while_loop_1e6", WHILE_LOOP, 1_000_000),
    ];
    // Iterations take milliseconds: the same count per sample, not a ramp.
    g.sampling_mode(SamplingMode::Flat);
    for (name, src, turns) in loops {
        run_source(src); // fail before timing if the program is wrong
        g.throughput(Throughput::Elements(turns));
        g.bench_function(name, |b| {
            b.iter_batched(|| prepare(src), execute, BatchSize::PerIteration)
        });
    }
    g.throughput(Throughput::Elements(1_000_000));
    g.bench_function("run_source_sum_range_1e6", |b| {
        b.iter(|| run_source(SUM_RANGE))
    });
    g.finish();
}

criterion_group!(benches, interp);
criterion_main!(benches);

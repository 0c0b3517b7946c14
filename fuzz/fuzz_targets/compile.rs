//! Parsing plus scope analysis and code generation: any source text must compile or
//! give a SyntaxError/RecursionError message, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// As in `parse`: a large stack, like the binary's VM thread, so that only
/// unbounded recursion can overflow.
const STACK_BYTES: usize = 256 << 20;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data).into_owned();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let mut vm = tauraro::interp::Vm::new(vec!["fuzz.py".to_string()]);
            let module = vm.new_module("__main__");
            let _ = vm.compile(&src, "fuzz.py", module);
        })
        .expect("spawn compiler thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
});

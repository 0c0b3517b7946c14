//! The front end (tokenizer, parser, CPython's nesting limits and error messages)
//! must turn any byte string into an AST or a SyntaxError, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The binary runs programs on a thread with a 1 GiB stack; the harness gives the
/// parser a large stack too, so that only real unbounded recursion can overflow.
const STACK_BYTES: usize = 256 << 20;

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 is rejected before parsing; fuzz the parser with text.
    let src = String::from_utf8_lossy(data).into_owned();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || {
            if let Ok(parsed) = tauraro::syntax::parse(&src) {
                // Line lookups are used for every error position.
                let _ = parsed.lines.line_of(src.len() as u32);
            }
        })
        .expect("spawn parser thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
});

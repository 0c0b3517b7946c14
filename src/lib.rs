//! Tauraro: a Python-syntax language runtime with a tracing JIT.
//!
//! Pipeline: `syntax` (source to AST) -> `compile` (AST to register bytecode) ->
//! `interp` (frames in one register stack, the dispatch loop) over `runtime`
//! (values, heap and GC, objects, builtins). See docs/ARCHITECTURE.md.

pub mod compile;
pub mod interp;
pub mod jit;
pub mod runtime;
pub mod stdlib;
pub mod syntax;

/// Runs a program's source as `__main__`; returns the process exit code.
pub fn run_source(src: &str, filename: &str, argv: Vec<String>, jit: jit::JitConfig) -> i32 {
    let mut vm = interp::Vm::new(argv);
    vm.jit.config = jit;
    vm.jit.log.set_program(filename, &vm.argv);
    interp::remember_source(filename, src);
    vm.script_dir = std::path::Path::new(filename).parent().map(|p| {
        if p.as_os_str().is_empty() {
            std::path::PathBuf::from(".")
        } else {
            p.to_path_buf()
        }
    });
    vm.run_main(src, filename)
}

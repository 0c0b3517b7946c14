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
    // CPython names the main script by its absolute path (tracebacks, `__file__`).
    let filename = &abspath(filename);
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

/// `os.path.abspath`: joined to the working directory and normalized lexically
/// (`.` and `..` removed, no symlinks resolved); `<string>` and the like unchanged.
fn abspath(filename: &str) -> String {
    use std::path::{Component, Path, PathBuf};
    if filename.starts_with('<') {
        return filename.to_string();
    }
    let p = Path::new(filename);
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(d) => d.join(p),
            Err(_) => return filename.to_string(),
        }
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out.to_str()
        .map(String::from)
        .unwrap_or_else(|| filename.to_string())
}

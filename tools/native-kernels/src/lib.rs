//! Shared helpers for the native benchmark twins.

/// Workload size: the first command-line argument if given (tools/bench passes the
/// `--quick` size this way), otherwise `default` (the full size of the Python program).
pub fn size_arg(default: usize) -> usize {
    match std::env::args().nth(1) {
        Some(s) => s.trim().parse().unwrap_or_else(|_| {
            eprintln!("expected an integer size, got {s:?}");
            std::process::exit(2)
        }),
        None => default,
    }
}

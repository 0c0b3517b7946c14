//! Allocation limits. CPython allocates with the system malloc, which under Linux's
//! default (heuristic) overcommit refuses a single request larger than RAM plus swap,
//! so `list(range(10**12))` or `'a'.ljust(10**12)` is an immediate MemoryError. Our
//! allocator (mimalloc) reserves address space without that check: the request would
//! succeed and the process would then exhaust memory filling it. Buffers whose size
//! comes from the program are checked here first.

use super::error::ExcKind;
use super::object::{PyErr, PyResult};
use std::sync::OnceLock;

/// Used when /proc/meminfo is unreadable (not Linux).
const FALLBACK_LIMIT_BYTES: usize = 1 << 36;

/// RAM plus swap, in bytes: the largest request the kernel's heuristic would grant.
pub fn allocation_limit() -> usize {
    static LIMIT: OnceLock<usize> = OnceLock::new();
    *LIMIT.get_or_init(|| {
        let Ok(info) = std::fs::read_to_string("/proc/meminfo") else {
            return FALLBACK_LIMIT_BYTES;
        };
        let kib = |field: &str| -> Option<usize> {
            let line = info.lines().find(|l| l.starts_with(field))?;
            line.split_whitespace().nth(1)?.parse().ok()
        };
        match (kib("MemTotal:"), kib("SwapTotal:")) {
            (Some(ram), swap) => ram.saturating_add(swap.unwrap_or(0)).saturating_mul(1024),
            _ => FALLBACK_LIMIT_BYTES,
        }
    })
}

/// MemoryError (CPython's has an empty message) when `count` items of `item_bytes`
/// could never be allocated.
pub fn check_allocation(count: usize, item_bytes: usize) -> PyResult<()> {
    match count.checked_mul(item_bytes) {
        Some(bytes) if bytes <= allocation_limit() => Ok(()),
        _ => Err(PyErr::new(ExcKind::MemoryError, "")),
    }
}

/// Reserves room for `additional` more items, or MemoryError.
pub fn reserve_items<T>(v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    check_allocation(additional, std::mem::size_of::<T>().max(1))?;
    v.try_reserve_exact(additional)
        .map_err(|_| PyErr::new(ExcKind::MemoryError, ""))
}

/// Reserves room for `additional` more bytes, or MemoryError.
pub fn reserve_bytes(s: &mut String, additional: usize) -> PyResult<()> {
    check_allocation(additional, 1)?;
    s.try_reserve_exact(additional)
        .map_err(|_| PyErr::new(ExcKind::MemoryError, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_sizes_are_refused() {
        assert!(check_allocation(1 << 20, 8).is_ok());
        assert!(check_allocation(1_000_000_000_000, 8).is_err());
        assert!(check_allocation(usize::MAX, 2).is_err());
        let mut s = String::new();
        assert!(reserve_bytes(&mut s, 1 << 50).is_err());
        let mut v: Vec<u64> = Vec::new();
        assert!(reserve_items(&mut v, 1 << 50).is_err());
    }
}

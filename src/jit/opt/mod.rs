//! The trace optimizer: a pipeline of passes over trace IR, one pass per module.

pub mod dce;

use super::ir::Trace;

/// Runs every pass in order.
pub fn optimize(trace: Trace) -> Trace {
    dce::run(trace)
}

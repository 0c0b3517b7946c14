//! The trace optimizer: a pipeline of passes over trace IR, one pass per module.
//!
//! - `peel`: the recorded iteration becomes a preamble and a copy becomes the loop
//!   body, with loop-carried slots in SSA values and redundant guards removed.
//! - `dce`: drops instructions whose values nothing uses.

pub mod dce;
pub mod peel;

use super::ir::Trace;

/// Runs every pass in order. `first_temp` is the root frame's first compiler
/// temporary register.
pub fn optimize(trace: Trace, first_temp: u32) -> Trace {
    dce::run(peel::run(trace, first_temp))
}

//! The trace optimizer: a pipeline of passes over trace IR, one pass per module.
//!
//! - `fold`: constant folding and algebraic simplification (one rule table).
//! - `cse`: common-subexpression elimination of pure operations, memory reads
//!   between writes, and repeated guards.
//! - `typeguard`: slot stores use the unboxed value a type guard proved, so that
//!   peeling sees the slot's type.
//! - `peel`: the recorded iteration becomes a preamble and a copy becomes the loop
//!   body, with loop-carried slots in SSA values and redundant guards removed.
//! - `dce`: drops instructions whose values nothing uses.
//!
//! Each pass can be switched off (`TAURARO_JIT=-fold`, `O0`..`O3`, see
//! `config.rs`); every pass is optional for correctness.

pub mod cse;
pub mod dce;
pub mod fold;
pub mod peel;
pub mod typeguard;

use super::config::Passes;
use super::ir::{Ref, Trace};

/// Runs the enabled passes in order. `first_temp` is the root frame's first
/// compiler temporary register.
pub fn optimize(mut trace: Trace, first_temp: u32, passes: &Passes) -> Trace {
    // Before peeling, so that the preamble and the body copy are both simpler.
    if passes.fold {
        trace = fold::run(trace);
    }
    if passes.cse {
        trace = cse::run(trace);
    }
    if passes.typeguard {
        trace = typeguard::run(trace);
    }
    if passes.peel {
        trace = peel::run(trace, first_temp);
        // The body's Phis make new facts visible (and the body may repeat
        // preamble work peel's own reuse did not catch).
        if passes.loopopt && trace.loop_start.is_some() {
            if passes.fold {
                trace = fold::run(trace);
            }
            if passes.cse {
                trace = cse::run(trace);
            }
        }
    }
    if passes.dce {
        trace = dce::run(trace);
    }
    trace
}

/// Rewrites `t` without the instructions that `replace` maps elsewhere: every use
/// of instruction `i` (arguments and snapshot entries) becomes `replace[i]`,
/// which must be defined before every such use, then the dropped instructions
/// (`replace[i] != i`, or `drop[i]`) are removed and the rest renumbered. A
/// dropped instruction must have no uses left (a guard that is proven redundant).
pub(crate) fn compact(mut t: Trace, replace: &[Ref], drop: &[bool]) -> Trace {
    let n = t.ins.len();
    debug_assert_eq!(replace.len(), n);
    // Follow chains (a Phi's carried argument refers forward).
    let resolve = |mut r: Ref| {
        while replace[r.idx()] != r {
            r = replace[r.idx()];
        }
        r
    };
    let kept: Vec<bool> = (0..n)
        .map(|i| replace[i] == Ref(i as u32) && !drop[i])
        .collect();
    let mut map = vec![Ref(u32::MAX); n];
    let mut count = 0u32;
    for i in 0..n {
        if kept[i] {
            map[i] = Ref(count);
            count += 1;
        }
    }
    let new_ref = |r: Ref| {
        let m = map[resolve(r).idx()];
        debug_assert!(m.0 != u32::MAX, "a use of dropped instruction {r}");
        m
    };
    if let Some(start) = t.loop_start {
        t.loop_start = (start as usize..n)
            .find(|&i| kept[i])
            .map(|i| map[i].0)
            .or(Some(count));
    }
    let mut out = Vec::with_capacity(count as usize);
    for (i, mut ins) in std::mem::take(&mut t.ins).into_iter().enumerate() {
        if kept[i] {
            ins.op.map_args(new_ref);
            out.push(ins);
        }
    }
    for snap in &mut t.snaps {
        for (_, r) in &mut snap.slots {
            *r = new_ref(*r);
        }
    }
    t.ins = out;
    t
}

//! Common-subexpression elimination.
//!
//! A trace is one straight line, so an earlier instruction dominates every later
//! one: an instruction identical to an earlier one (same op, arguments and type)
//! is replaced by it when
//! - it is pure and reads no memory (arithmetic, constants, `fload`,
//!   `range_ptr`): always;
//! - it is a guard (an `Ov` op, a type or value check): the earlier copy already
//!   left the trace if the check fails, so the repeat can never fail (its value,
//!   if any, is the earlier one's);
//! - it reads memory (`mload`, the pure helpers `list_get`, `load_global`,
//!   `getattr_cached`, ...): only while nothing in between may write memory — no
//!   store, clobber or effectful helper call — and never across the loop
//!   body's start, since the body runs again after its own writes.
//!
//! Never merged: slot loads (the recorder already forwards them), `gccheck` (it
//! asks the collector each time), `phi`s and everything with effects.

use std::collections::HashMap;

use crate::jit::ir::{Helper, Op, Ref, Trace, Ty};

/// How an op may be shared.
#[derive(PartialEq)]
enum Kind {
    /// Never.
    Unique,
    /// Its value depends on its arguments only.
    Pure,
    /// It reads memory that stores and effectful helpers may change.
    Reads,
}

fn kind(op: &Op) -> Kind {
    match op {
        Op::LoadSlot(_)
        | Op::StoreSlot(..)
        | Op::Clobber(_)
        | Op::GcCheck
        | Op::Phi(..)
        | Op::StoreMut(..) => Kind::Unique,
        Op::LoadMut(..) => Kind::Reads,
        // A field's address depends only on the object.
        Op::Call(Helper::RangePtr, _) => Kind::Pure,
        Op::Call(h, _) if h.has_effects() => Kind::Unique,
        Op::Call(..) => Kind::Reads,
        _ => Kind::Pure,
    }
}

/// Whether the instruction may change memory a `Reads` op sees.
fn writes_memory(op: &Op) -> bool {
    !op.is_pure() && !op.is_guard()
}

/// The lookup key: the op with its (already replaced) arguments and type. Float
/// constants compare by bits (0.0 is not -0.0).
fn key(op: &Op, ty: Ty) -> String {
    match op {
        Op::Float(x) => format!("float {:x} {ty:?}", x.to_bits()),
        op => format!("{op:?} {ty:?}"),
    }
}

pub fn run(mut t: Trace) -> Trace {
    let n = t.ins.len();
    let mut replace: Vec<Ref> = (0..n as u32).map(Ref).collect();
    let mut pure: HashMap<String, Ref> = HashMap::new();
    // Memory reads since the last write (or the loop body's start).
    let mut reads: HashMap<String, Ref> = HashMap::new();
    for i in 0..n {
        if t.loop_start == Some(i as u32) {
            reads.clear();
        }
        let ins = &mut t.ins[i];
        ins.op.map_args(|a| replace[a.idx()]);
        let table = match kind(&ins.op) {
            Kind::Unique => {
                if writes_memory(&ins.op) {
                    reads.clear();
                }
                continue;
            }
            Kind::Pure => &mut pure,
            Kind::Reads => &mut reads,
        };
        let k = key(&ins.op, ins.ty);
        match table.get(&k) {
            Some(&earlier) => replace[i] = earlier,
            None => {
                table.insert(k, Ref(i as u32));
            }
        }
    }
    let keep = vec![false; n];
    super::compact(t, &replace, &keep)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::ir_text::{parse, snaps_text};

    fn cse(text: &str) -> String {
        run(parse(text).unwrap()).to_text()
    }

    #[test]
    fn merges_pure_ops_constants_and_repeated_guards() {
        let out = run(parse(
            "0000 val  sload r0\n\
             0001 int  gint 0000  -> exit 0\n\
             0002 int  int 1\n\
             0003 int  addov 0001 0002  -> exit 0\n\
             0004 int  gint 0000  -> exit 1\n\
             0005 int  int 1\n\
             0006 int  addov 0004 0005  -> exit 1\n\
             0007 bool icmp < 0003 0006\n\
             0008      gtrue 0007  -> exit 1\n\
             0009      gtrue 0007  -> exit 2\n\
             0010 flt  float 0.0\n\
             0011 flt  float -0.0\n\
             0012 flt  float 0.0\n\
             exit 2 (Resume): r1=0006 r2=0012\n",
        )
        .unwrap());
        assert_eq!(
            out.to_text(),
            "0000 val  sload r0\n\
             0001 int  gint 0000  -> exit 0\n\
             0002 int  int 1\n\
             0003 int  addov 0001 0002  -> exit 0\n\
             0004 bool icmp < 0003 0003\n\
             0005      gtrue 0004  -> exit 1\n\
             0006 flt  float 0.0\n\
             0007 flt  float -0.0\n"
        );
        assert_eq!(
            snaps_text(&out),
            "exit 0 (Resume):\nexit 1 (Resume):\nexit 2 (Resume): r1=0003 r2=0006\n"
        );
    }

    #[test]
    fn memory_reads_merge_only_between_writes() {
        assert_eq!(
            cse("0000 val  sload r0\n\
                 0001 int  int 2\n\
                 0002 val  call list_get 0000 0001\n\
                 0003      gnot 0002 MISS  -> exit 0\n\
                 0004 val  call list_get 0000 0001\n\
                 0005      gnot 0004 MISS  -> exit 0\n\
                 0006 val  call list_set 0000 0001 0004\n\
                 0007 val  call list_get 0000 0001\n\
                 0008      gnot 0007 MISS  -> exit 1\n\
                 0009      sstore r1 0007\n"),
            "0000 val  sload r0\n\
             0001 int  int 2\n\
             0002 val  call list_get 0000 0001\n\
             0003      gnot 0002 MISS  -> exit 0\n\
             0004 val  call list_set 0000 0001 0002\n\
             0005 val  call list_get 0000 0001\n\
             0006      gnot 0005 MISS  -> exit 1\n\
             0007      sstore r1 0005\n"
        );
    }

    #[test]
    fn field_loads_and_range_pointers_are_pure_mutable_fields_are_not() {
        assert_eq!(
            cse("0000 val  sload r4\n\
                 0001 int  call range_ptr 0000\n\
                 0002 int  fload 0001+8\n\
                 0003 int  mload 0001+0\n\
                 0004 int  call range_ptr 0000\n\
                 0005 int  fload 0004+8\n\
                 0006 int  mload 0004+0\n\
                 0007      mstore 0004+0 0005\n\
                 0008 int  mload 0001+0\n\
                 0009 int  fload 0001+8\n\
                 0010      sstore r1 0008\n"),
            "0000 val  sload r4\n\
             0001 int  call range_ptr 0000\n\
             0002 int  fload 0001+8\n\
             0003 int  mload 0001+0\n\
             0004      mstore 0001+0 0002\n\
             0005 int  mload 0001+0\n\
             0006      sstore r1 0005\n"
        );
    }

    #[test]
    fn the_loop_body_reads_memory_again_but_reuses_pure_values() {
        assert_eq!(
            cse("0000 val  sload r0\n\
                 0001 val  call load_global 0000 0000\n\
                 0002 int  int 7\n\
                 ---- loop body\n\
                 0003 val  call load_global 0000 0000\n\
                 0004 int  int 7\n\
                 0005      sstore r1 0003\n\
                 0006      sstore r2 0004\n\
                 ---- loop\n"),
            "0000 val  sload r0\n\
             0001 val  call load_global 0000 0000\n\
             0002 int  int 7\n\
             ---- loop body\n\
             0003 val  call load_global 0000 0000\n\
             0004      sstore r1 0003\n\
             0005      sstore r2 0002\n\
             ---- loop\n"
        );
    }

    #[test]
    fn slot_loads_gc_checks_and_effectful_calls_stay() {
        let text = "0000      gccheck  -> exit 0\n\
                    0001 val  sload r0\n\
                    0002 val  sload r0\n\
                    0003 int  call truthy 0001\n\
                    0004 int  call truthy 0001\n\
                    0005      gccheck  -> exit 0\n";
        assert_eq!(cse(text), text);
    }
}

//! Known types from type guards.
//!
//! After `g = gint v` (or `gfloat`, `gbool`) passed, `v` is the boxed form of `g`,
//! bit for bit (boxing an unboxed int, bool or float that came out of a value
//! gives that value back). So a later slot store of `v` stores `g` instead: the
//! backend boxes it to the same word, and `peel` then sees that the slot carries
//! an int (or float, or bool) and keeps it unboxed in the loop body. Without this,
//! `a, b = b, a + b` stores the boxed `b` into `a` and the slot changes type
//! around the loop, which stops peeling.
//!
//! The other type-guard eliminations live where their facts are: `fold` drops a
//! guard on a constant or on `box x` of the right type, `cse` a repeated guard,
//! and `peel` guards on loop-carried values whose type the preamble proved (the
//! recorder itself emits no guard on a value whose type it knows).

use std::collections::HashMap;

use crate::jit::ir::{Op, Ref, Trace, Ty};

pub fn run(mut t: Trace) -> Trace {
    // The unboxed value a type guard made of each boxed value, so far.
    let mut unboxed: HashMap<Ref, Ref> = HashMap::new();
    for i in 0..t.ins.len() {
        match t.ins[i].op {
            Op::GuardInt(v) | Op::GuardFloat(v) | Op::GuardBool(v) if t.ty(v) == Ty::Val => {
                unboxed.entry(v).or_insert(Ref(i as u32));
            }
            Op::StoreSlot(s, v) => {
                if let Some(&g) = unboxed.get(&v) {
                    t.ins[i].op = Op::StoreSlot(s, g);
                }
            }
            _ => {}
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::ir_text::parse;

    #[test]
    fn a_swap_stores_the_unboxed_values() {
        // `a, b = b, a + b`: r1 gets the old r2.
        let t = parse(
            "0000 val  sload r2\n\
             0001 val  sload r1\n\
             0002 int  gint 0001  -> exit 0\n\
             0003 int  gint 0000  -> exit 0\n\
             0004 int  addov 0002 0003  -> exit 1\n\
             0005      sstore r1 0000\n\
             0006      sstore r2 0004\n\
             ---- loop\n",
        )
        .unwrap();
        assert_eq!(
            run(t).to_text(),
            "0000 val  sload r2\n\
             0001 val  sload r1\n\
             0002 int  gint 0001  -> exit 0\n\
             0003 int  gint 0000  -> exit 0\n\
             0004 int  addov 0002 0003  -> exit 1\n\
             0005      sstore r1 0003\n\
             0006      sstore r2 0004\n\
             ---- loop\n"
        );
    }

    #[test]
    fn a_store_before_the_guard_stays_boxed() {
        let text = "0000 val  sload r2\n\
                    0001      sstore r1 0000\n\
                    0002 flt  gfloat 0000  -> exit 0\n\
                    0003      sstore r3 0000\n";
        assert_eq!(
            run(parse(text).unwrap()).to_text(),
            text.replace("sstore r3 0000", "sstore r3 0002")
        );
    }

    #[test]
    fn swapped_ints_are_carried_unboxed_after_peeling() {
        let t = parse(
            "0000      gccheck  -> exit 0\n\
             0001 val  sload r2\n\
             0002 val  sload r1\n\
             0003 int  gint 0002  -> exit 1\n\
             0004 int  gint 0001  -> exit 1\n\
             0005 int  addov 0003 0004  -> exit 2\n\
             0006      sstore r1 0001\n\
             0007      sstore r2 0005\n\
             ---- loop\n",
        )
        .unwrap();
        // Without the rewrite, slot r1 changes type and peeling gives up.
        assert!(super::super::peel::run(t.clone(), 8).loop_start.is_none());
        let out = super::super::peel::run(run(t), 8);
        let body = out.loop_start.expect("peeled") as usize;
        assert!(
            !out.ins[body..]
                .iter()
                .any(|i| matches!(i.op, Op::GuardInt(_) | Op::LoadSlot(_))),
            "{}",
            out.to_text()
        );
    }
}

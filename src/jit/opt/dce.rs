//! Dead-code elimination: drops pure instructions whose values nothing uses (no
//! instruction and no snapshot of a kept guard), then renumbers the IR.

use crate::jit::ir::{Ref, Trace};

pub fn run(mut t: Trace) -> Trace {
    let n = t.ins.len();
    let mut live = vec![false; n];
    // Walk backwards: a use always comes after its definition.
    for i in (0..n).rev() {
        let ins = &t.ins[i];
        if !ins.op.is_pure() {
            live[i] = true;
        }
        if !live[i] {
            continue;
        }
        for a in ins.op.args() {
            live[a.idx()] = true;
        }
        if let Some(s) = ins.snap {
            for (_, r) in &t.snaps[s as usize].slots {
                live[r.idx()] = true;
            }
        }
    }
    // Snapshots not referenced by a guard (the loop-end or collect exits) keep
    // their values too.
    let mut guarded = vec![false; t.snaps.len()];
    for ins in &t.ins {
        if let Some(s) = ins.snap {
            guarded[s as usize] = true;
        }
    }
    for (s, snap) in t.snaps.iter().enumerate() {
        if !guarded[s] {
            for (_, r) in &snap.slots {
                live[r.idx()] = true;
            }
        }
    }
    // A snapshot value may be defined by an otherwise dead instruction whose own
    // arguments must then live: propagate once more to a fixed point.
    loop {
        let mut changed = false;
        for i in (0..n).rev() {
            if live[i] {
                for a in t.ins[i].op.args() {
                    if !live[a.idx()] {
                        live[a.idx()] = true;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    // Number the kept instructions first: a Phi refers forward to its carried value.
    let mut map = vec![Ref(u32::MAX); n];
    let mut kept = 0u32;
    for i in 0..n {
        if live[i] {
            map[i] = Ref(kept);
            kept += 1;
        }
    }
    if let Some(start) = t.loop_start {
        t.loop_start = (start as usize..n)
            .find(|&i| live[i])
            .map(|i| map[i].0)
            .or(Some(kept));
    }
    let mut out = Vec::with_capacity(kept as usize);
    for (i, mut ins) in std::mem::take(&mut t.ins).into_iter().enumerate() {
        if live[i] {
            ins.op.map_args(|a| map[a.idx()]);
            out.push(ins);
        }
    }
    for snap in &mut t.snaps {
        for (_, r) in &mut snap.slots {
            *r = map[r.idx()];
        }
    }
    t.ins = out;
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::ir::{ExitKind, Ins, Op, SnapFrame, Snapshot, Ty};

    #[test]
    fn drops_unused_pure_values_and_renumbers() {
        let t = Trace {
            ins: vec![
                Ins::new(Op::Int(7), Ty::Int, None),      // dead
                Ins::new(Op::LoadSlot(0), Ty::Val, None), // used by the guard
                Ins::new(Op::GuardInt(Ref(1)), Ty::Int, Some(0)),
                Ins::new(Op::Int(1), Ty::Int, None),
                Ins::new(Op::AddOv(Ref(2), Ref(3)), Ty::Int, Some(0)),
                Ins::new(Op::StoreSlot(0, Ref(4)), Ty::Void, None),
            ],
            snaps: vec![Snapshot {
                frames: vec![SnapFrame { frame: 0, pc: 0 }],
                slots: vec![],
                kind: ExitKind::Resume,
            }],
            loops: true,
            loop_start: None,
        };
        let out = run(t);
        assert_eq!(
            out.to_text(),
            "0000 val  sload r0\n\
             0001 int  gint 0000  -> exit 0\n\
             0002 int  int 1\n\
             0003 int  addov 0001 0002  -> exit 0\n\
             0004      sstore r0 0003\n\
             ---- loop\n"
        );
    }

    #[test]
    fn keeps_values_snapshots_need() {
        let t = Trace {
            ins: vec![
                Ins::new(Op::Float(2.5), Ty::Float, None),
                Ins::new(Op::LoadSlot(1), Ty::Val, None),
                Ins::new(Op::GuardIs(Ref(1), 0), Ty::Void, Some(0)),
            ],
            snaps: vec![Snapshot {
                frames: vec![SnapFrame { frame: 0, pc: 3 }],
                slots: vec![(4, Ref(0))],
                kind: ExitKind::Resume,
            }],
            loops: false,
            loop_start: None,
        };
        let out = run(t.clone());
        assert_eq!(out.ins.len(), 3);
        assert_eq!(out.snaps[0].slots, vec![(4, Ref(0))]);
    }
}

//! Loop peeling with copy-substitution.
//!
//! The recorded iteration stays as the preamble; a copy of it becomes the loop
//! body. In the copy, frame slots that the iteration reads at the header and
//! writes back ("carried" slots) live in SSA values — a `Phi` at the top of the
//! body — instead of memory, so loop-carried ints and floats stay unboxed in
//! registers. Slots the loop never writes ("invariant" slots) reuse the
//! preamble's loads. Guards the preamble already proved for the same value, and
//! type guards on values whose type is known, disappear; pure instructions the
//! preamble computed from the same inputs are reused. Named locals the iteration
//! writes without reading them at the header are carried too, so they are
//! stored only when something needs memory exact.
//!
//! Invariants kept: memory stays canonical for every slot that is not carried; a
//! carried slot's current value is in every snapshot of the body (exits write it
//! back), and it is written to memory before any helper that reads frame memory
//! (`Step`, `Call`, `CallMethod`). A slot a helper may write (`Clobber`) is never
//! carried.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::jit::ir::{Helper, Ins, Op, Ref, Snapshot, Trace, Ty};

/// Helpers that read frame slots from memory.
fn reads_frame(op: &Op) -> bool {
    matches!(
        op,
        Op::Call(
            Helper::Step | Helper::Call | Helper::CallMethod | Helper::CallTrace,
            _
        )
    )
}

/// Iterator fields the iteration loads once and then stores once (a `range`
/// loop's counter), at an address the body reuses from the preamble: the body
/// takes the loaded value from a Phi instead of memory (the store stays, so
/// memory is exact at every exit). Only when no helper can run Python code, which
/// could advance the same iterator. Returns `(load index, stored value)` pairs.
fn carried_fields(t: &Trace, invariant: &BTreeSet<u32>) -> Vec<(usize, Ref)> {
    let python = t
        .ins
        .iter()
        .any(|i| matches!(i.op, Op::Call(h, _) if h.runs_python()));
    if python {
        return vec![];
    }
    let mut out = vec![];
    for (i, ins) in t.ins.iter().enumerate() {
        let Op::LoadMut(p, off) = ins.op else {
            continue;
        };
        // The address must be the same in the body: a range pointer of an
        // invariant slot, which the body reuses from the preamble.
        let reused = match &t.ins[p.idx()].op {
            Op::Call(Helper::RangePtr, args) => args.first().is_some_and(
                |a| matches!(t.ins[a.idx()].op, Op::LoadSlot(s) if invariant.contains(&s)),
            ),
            _ => false,
        };
        let loads = t
            .ins
            .iter()
            .filter(|x| matches!(x.op, Op::LoadMut(q, o) if q == p && o == off))
            .count();
        let stores: Vec<(usize, Ref)> = t
            .ins
            .iter()
            .enumerate()
            .filter_map(|(j, x)| match x.op {
                Op::StoreMut(q, o, v) if q == p && o == off => Some((j, v)),
                _ => None,
            })
            .collect();
        if let ([(j, v)], true, 1) = (stores.as_slice(), reused, loads) {
            if *j > i && t.ty(*v) == Ty::Int && ins.ty == Ty::Int {
                out.push((i, *v));
            }
        }
    }
    out
}

/// A key for common-subexpression lookup: the op with its (renamed) arguments,
/// for ops whose value depends on their arguments only (`cse`'s pure ops).
/// Memory reads are not shared between preamble and body here: `loopopt` runs
/// `cse` again, which knows what the body writes.
fn cse_key(op: &Op, ty: Ty) -> Option<String> {
    super::cse::is_pure(op).then(|| super::cse::key(op, ty))
}

/// `first_temp`: the root frame's first compiler temporary (registers below it
/// are named locals, cells and free variables).
pub fn run(t: Trace, first_temp: u32) -> Trace {
    if !t.loops || t.loop_start.is_some() {
        return t;
    }
    // Sinking named locals' stores can make a Phi change type (a local stored
    // boxed in the preamble and unboxed in the body): then peel without it.
    peel(&t, first_temp, true)
        .or_else(|| peel(&t, first_temp, false))
        .unwrap_or(t)
}

/// `sink`: named locals the iteration writes without reading them at the header
/// are carried in Phis too (stored only at exits and before frame-reading
/// helpers), instead of being stored on every iteration.
fn peel(t: &Trace, first_temp: u32, sink: bool) -> Option<Trace> {
    // The stores that flush the iteration's registers before the back-edge.
    let tail_start = t
        .ins
        .iter()
        .rposition(|i| !matches!(i.op, Op::StoreSlot(..)))
        .map_or(0, |p| p + 1);
    // Which slots are read at the header, written, or clobbered.
    let mut accessed = BTreeSet::new();
    let mut header_load: BTreeMap<u32, Ref> = BTreeMap::new();
    let mut last_store: BTreeMap<u32, Ref> = BTreeMap::new();
    let mut clobbered = BTreeSet::new();
    let mut store_count: BTreeMap<u32, u32> = BTreeMap::new();
    for (i, ins) in t.ins.iter().enumerate() {
        match ins.op {
            Op::LoadSlot(s) if accessed.insert(s) => {
                header_load.insert(s, Ref(i as u32));
            }
            Op::StoreSlot(s, v) => {
                accessed.insert(s);
                last_store.insert(s, v);
                *store_count.entry(s).or_insert(0u32) += 1;
            }
            Op::Clobber(s) => {
                accessed.insert(s);
                clobbered.insert(s);
            }
            _ => {}
        }
    }
    let carried: Vec<u32> = last_store
        .keys()
        .copied()
        .filter(|s| !clobbered.contains(s))
        .filter(|s| header_load.contains_key(s) || (sink && *s < first_temp))
        .collect();
    let invariant: BTreeSet<u32> = header_load
        .keys()
        .copied()
        .filter(|s| !last_store.contains_key(s) && !clobbered.contains(s))
        .collect();

    let mut out = t.ins.clone();
    let mut snaps = t.snaps.clone();
    let loop_start = out.len() as u32;
    let mut cur: BTreeMap<u32, Ref> = BTreeMap::new();
    let mut phis: Vec<(u32, Ref)> = vec![];
    let mut stale: BTreeSet<u32> = BTreeSet::new();
    let push = |out: &mut Vec<Ins>, ins: Ins| -> Ref {
        out.push(ins);
        Ref(out.len() as u32 - 1)
    };
    for &s in &carried {
        let init = last_store[&s];
        let ty = t.ty(init);
        let first = &t.ins[header_load.get(&s).unwrap_or(&init).idx()];
        let phi = push(
            &mut out,
            Ins {
                op: Op::Phi(init, init),
                ty,
                snap: None,
                line: first.line,
                depth: first.depth,
            },
        );
        cur.insert(s, phi);
        phis.push((s, phi));
        stale.insert(s);
    }
    let fields = carried_fields(t, &invariant);
    // The Phi of each carried field, by the index of its load.
    let mut field_phis: Vec<(usize, Ref, Ref)> = vec![];
    for &(load, stored) in &fields {
        let l = &t.ins[load];
        let phi = push(
            &mut out,
            Ins {
                op: Op::Phi(stored, stored),
                ty: Ty::Int,
                snap: None,
                line: l.line,
                depth: l.depth,
            },
        );
        field_phis.push((load, stored, phi));
    }
    // Everything the preamble computed, for reuse.
    let mut cse: HashMap<String, Ref> = HashMap::new();
    for (i, ins) in t.ins.iter().enumerate() {
        if let Some(k) = cse_key(&ins.op, ins.ty) {
            cse.entry(k).or_insert(Ref(i as u32));
        }
    }
    let mut map: Vec<Ref> = vec![Ref(u32::MAX); t.ins.len()];
    // Boxed forms of unboxed body values, made on demand.
    let mut boxed: HashMap<Ref, Ref> = HashMap::new();
    let snap_for = |snaps: &mut Vec<Snapshot>,
                    sn: u32,
                    map: &[Ref],
                    cur: &BTreeMap<u32, Ref>,
                    stale: &BTreeSet<u32>|
     -> u32 {
        let old = &t.snaps[sn as usize];
        let mut slots: BTreeMap<u32, Ref> = BTreeMap::new();
        for s in stale {
            slots.insert(*s, cur[s]);
        }
        for (s, r) in &old.slots {
            slots.insert(*s, map[r.idx()]);
        }
        snaps.push(Snapshot {
            frames: old.frames.clone(),
            slots: slots.into_iter().collect(),
            kind: old.kind,
        });
        snaps.len() as u32 - 1
    };
    for (i, ins) in t.ins.iter().enumerate() {
        let mut op = ins.op.clone();
        let copy = |op: Op, ty: Ty, snap: Option<u32>| Ins {
            op,
            ty,
            snap,
            line: ins.line,
            depth: ins.depth,
        };
        if let Some(&(_, _, phi)) = field_phis.iter().find(|(l, _, _)| *l == i) {
            map[i] = phi;
            continue;
        }
        match op {
            Op::LoadSlot(s) if cur.contains_key(&s) => {
                map[i] = cur[&s];
                continue;
            }
            Op::LoadSlot(s) if invariant.contains(&s) => {
                map[i] = header_load[&s];
                continue;
            }
            Op::StoreSlot(s, v) if cur.contains_key(&s) => {
                cur.insert(s, map[v.idx()]);
                stale.insert(s);
                continue;
            }
            // A temporary the iteration writes before reading: the compiler's
            // temporaries never carry a value from one statement to the next, and
            // an exit before the next write has it in its snapshot if the trace
            // wrote it, so the back-edge need not store it.
            Op::StoreSlot(s, _)
                if i >= tail_start && s >= first_temp && !header_load.contains_key(&s) =>
            {
                continue;
            }
            // The only store to a slot, of a loop-invariant value: memory already
            // holds it since the preamble.
            Op::StoreSlot(s, v)
                if store_count.get(&s) == Some(&1)
                    && !clobbered.contains(&s)
                    && map[v.idx()] == v =>
            {
                continue;
            }
            _ => {}
        }
        let is_type_guard = matches!(op, Op::GuardInt(_) | Op::GuardFloat(_) | Op::GuardBool(_));
        if !is_type_guard {
            // A boxed operand that is now an unboxed carried value gets boxed again.
            for a in op.args() {
                let m = map[a.idx()];
                if t.ty(a) == Ty::Val && out[m.idx()].ty != Ty::Val && !boxed.contains_key(&m) {
                    let b = push(&mut out, copy(Op::Box(m), Ty::Val, None));
                    boxed.insert(m, b);
                }
            }
            op.map_args(|a| {
                let m = map[a.idx()];
                if t.ty(a) == Ty::Val {
                    boxed.get(&m).copied().unwrap_or(m)
                } else {
                    m
                }
            });
        } else {
            op.map_args(|a| map[a.idx()]);
        }
        if reads_frame(&op) {
            for s in std::mem::take(&mut stale) {
                push(&mut out, copy(Op::StoreSlot(s, cur[&s]), Ty::Void, None));
            }
        }
        // A type guard on a value whose type is already known.
        let known = match op {
            Op::GuardInt(a) => Some((a, Ty::Int)),
            Op::GuardFloat(a) => Some((a, Ty::Float)),
            Op::GuardBool(a) => Some((a, Ty::Bool)),
            _ => None,
        };
        if let Some((a, want)) = known {
            let have = out[a.idx()].ty;
            if have == want {
                map[i] = a;
                continue;
            }
            if have != Ty::Val {
                // The type changed: box it and let the guard fail at run time.
                let b = push(&mut out, copy(Op::Box(a), Ty::Val, None));
                op = match op {
                    Op::GuardInt(_) => Op::GuardInt(b),
                    Op::GuardFloat(_) => Op::GuardFloat(b),
                    _ => Op::GuardBool(b),
                };
            }
        }
        let key = cse_key(&op, ins.ty);
        if let Some(k) = &key {
            if let Some(&r) = cse.get(k) {
                map[i] = r;
                continue;
            }
        }
        let snap = ins
            .snap
            .map(|sn| snap_for(&mut snaps, sn, &map, &cur, &stale));
        let r = push(&mut out, copy(op, ins.ty, snap));
        if let Some(k) = key {
            cse.insert(k, r);
        }
        map[i] = r;
    }
    // Close the loop: each Phi receives the slot's value at the end of the body.
    for (s, phi) in phis {
        let carried = cur[&s];
        if out[carried.idx()].ty != out[phi.idx()].ty {
            return None;
        }
        if let Op::Phi(_, c) = &mut out[phi.idx()].op {
            *c = carried;
        }
    }
    for (_, stored, phi) in field_phis {
        let carried = map[stored.idx()];
        if out[carried.idx()].ty != Ty::Int {
            return None;
        }
        if let Op::Phi(_, c) = &mut out[phi.idx()].op {
            *c = carried;
        }
    }
    Some(Trace {
        ins: out,
        snaps,
        loops: true,
        loop_start: Some(loop_start),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::ir::{ExitKind, SnapFrame};

    fn snap(slots: Vec<(u32, Ref)>, kind: ExitKind) -> Snapshot {
        Snapshot {
            frames: vec![SnapFrame { frame: 0, pc: 0 }],
            slots,
            kind,
        }
    }

    /// `while i < n: i += 1` as recorded.
    fn counting_loop() -> Trace {
        Trace {
            ins: vec![
                Ins::new(Op::GcCheck, Ty::Void, Some(0)),
                Ins::new(Op::LoadSlot(0), Ty::Val, None),
                Ins::new(Op::GuardInt(Ref(1)), Ty::Int, Some(1)),
                Ins::new(Op::LoadSlot(1), Ty::Val, None),
                Ins::new(Op::GuardInt(Ref(3)), Ty::Int, Some(1)),
                Ins::new(
                    Op::ICmp(crate::compile::bytecode::CmpOp::Lt, Ref(2), Ref(4)),
                    Ty::Bool,
                    None,
                ),
                Ins::new(Op::GuardTrue(Ref(5)), Ty::Void, Some(2)),
                Ins::new(Op::Int(1), Ty::Int, None),
                Ins::new(Op::AddOv(Ref(2), Ref(7)), Ty::Int, Some(3)),
                Ins::new(Op::StoreSlot(0, Ref(8)), Ty::Void, None),
            ],
            snaps: vec![
                snap(vec![], ExitKind::Collect),
                snap(vec![], ExitKind::Resume),
                snap(vec![], ExitKind::Resume),
                snap(vec![], ExitKind::Resume),
            ],
            loops: true,
            loop_start: None,
        }
    }

    #[test]
    fn carried_ints_become_phis_and_invariant_guards_vanish() {
        let out = run(counting_loop(), 2);
        assert_eq!(
            out.to_text(),
            "0000      gccheck  -> exit 0\n\
             0001 val  sload r0\n\
             0002 int  gint 0001  -> exit 1\n\
             0003 val  sload r1\n\
             0004 int  gint 0003  -> exit 1\n\
             0005 bool icmp < 0002 0004\n\
             0006      gtrue 0005  -> exit 2\n\
             0007 int  int 1\n\
             0008 int  addov 0002 0007  -> exit 3\n\
             0009      sstore r0 0008\n\
             ---- loop body\n\
             0010 int  phi 0008 0014\n\
             0011      gccheck  -> exit 4\n\
             0012 bool icmp < 0010 0004\n\
             0013      gtrue 0012  -> exit 5\n\
             0014 int  addov 0010 0007  -> exit 6\n\
             ---- loop\n"
        );
        // Every exit of the body writes the carried slot back.
        for sn in &out.snaps[4..] {
            assert_eq!(sn.slots, vec![(0, Ref(10))]);
        }
    }

    #[test]
    fn a_named_local_written_each_iteration_is_stored_only_at_exits() {
        // `j = i` in the loop: r5 is a named local (below first_temp 8).
        let mut t = counting_loop();
        t.ins
            .push(Ins::new(Op::StoreSlot(5, Ref(2)), Ty::Void, None));
        let out = run(t.clone(), 8);
        let body = out.loop_start.unwrap() as usize;
        assert!(
            !out.ins[body..]
                .iter()
                .any(|i| matches!(i.op, Op::StoreSlot(..))),
            "{}",
            out.to_text()
        );
        for sn in &out.snaps[4..] {
            assert!(sn.slots.iter().any(|(s, _)| *s == 5), "{sn:?}");
        }
        // A compiler temporary (r5 at or above first_temp) is not carried.
        let out = run(t, 2);
        assert_eq!(
            out.ins[out.loop_start.unwrap() as usize..]
                .iter()
                .filter(|i| matches!(i.op, Op::Phi(..)))
                .count(),
            1,
            "{}",
            out.to_text()
        );
    }

    #[test]
    fn a_local_that_would_change_type_in_a_phi_is_stored_instead() {
        // `j = i` before `i += 1`, as the boxed value: j's Phi would start boxed
        // and carry the unboxed i, so j stays in memory (and i still peels).
        let mut t = counting_loop();
        t.ins
            .push(Ins::new(Op::StoreSlot(5, Ref(1)), Ty::Void, None));
        let out = run(t, 8);
        let body = out.loop_start.expect("still peeled") as usize;
        assert!(
            out.ins[body..]
                .iter()
                .any(|i| matches!(i.op, Op::StoreSlot(5, _))),
            "{}",
            out.to_text()
        );
    }

    #[test]
    fn a_clobbered_slot_is_not_carried() {
        let mut t = counting_loop();
        t.ins.insert(7, Ins::new(Op::Clobber(0), Ty::Void, None));
        // Refs after the insertion point shift by one.
        for ins in &mut t.ins[8..] {
            ins.op.map_args(|r| if r.0 >= 7 { Ref(r.0 + 1) } else { r });
        }
        let out = run(t, 2);
        assert!(!out.ins.iter().any(|i| matches!(i.op, Op::Phi(..))));
    }

    #[test]
    fn frame_reading_helpers_see_carried_slots_in_memory() {
        let mut t = counting_loop();
        let n = t.ins.len() as u32;
        t.ins.push(Ins::new(Op::Int(0), Ty::Int, None));
        t.ins.push(Ins::new(Op::Int(3), Ty::Int, None));
        t.ins.push(Ins::new(
            Op::Call(Helper::Step, vec![Ref(n), Ref(n + 1)]),
            Ty::Val,
            None,
        ));
        let out = run(t, 2);
        let body = out.loop_start.unwrap() as usize;
        let step = out.ins[body..]
            .iter()
            .position(|i| matches!(i.op, Op::Call(Helper::Step, _)))
            .unwrap()
            + body;
        assert!(matches!(out.ins[step - 1].op, Op::StoreSlot(0, _)));
    }

    /// `for i in range(...)` over r8 (the iterator) as recorded: load the range
    /// fields, step the counter in memory, store it back.
    fn range_loop() -> Trace {
        Trace {
            ins: vec![
                Ins::new(Op::GcCheck, Ty::Void, Some(0)),
                Ins::new(Op::LoadSlot(8), Ty::Val, None),
                Ins::new(Op::Call(Helper::RangePtr, vec![Ref(1)]), Ty::Int, None),
                Ins::new(
                    Op::GuardIsNot(Ref(2), crate::jit::ir::MISS_BITS),
                    Ty::Void,
                    Some(1),
                ),
                Ins::new(Op::LoadField(Ref(2), 8), Ty::Int, None),
                Ins::new(Op::LoadMut(Ref(2), 0), Ty::Int, None),
                Ins::new(
                    Op::ICmp(crate::compile::bytecode::CmpOp::Lt, Ref(5), Ref(4)),
                    Ty::Bool,
                    None,
                ),
                Ins::new(Op::GuardTrue(Ref(6)), Ty::Void, Some(2)),
                Ins::new(Op::Int(1), Ty::Int, None),
                Ins::new(Op::AddOv(Ref(5), Ref(8)), Ty::Int, Some(2)),
                Ins::new(Op::StoreMut(Ref(2), 0, Ref(9)), Ty::Void, None),
                Ins::new(Op::StoreSlot(3, Ref(5)), Ty::Void, None),
            ],
            snaps: vec![
                snap(vec![], ExitKind::Collect),
                snap(vec![], ExitKind::Resume),
                snap(vec![], ExitKind::Resume),
            ],
            loops: true,
            loop_start: None,
        }
    }

    #[test]
    fn a_range_counter_is_carried_in_a_phi_and_still_stored() {
        let out = run(range_loop(), 2);
        let body = out.loop_start.unwrap() as usize;
        let text = out.to_text();
        let body_text: String = text
            .lines()
            .skip_while(|l| !l.contains("loop body"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!body_text.contains("mload"), "{text}");
        assert!(body_text.contains("mstore"), "{text}");
        let Op::Phi(init, carried) = out.ins[body].op else {
            panic!("no phi at the body's start:\n{text}");
        };
        assert_eq!(init, Ref(9), "{text}");
        assert!(matches!(out.ins[carried.idx()].op, Op::AddOv(..)), "{text}");
    }

    #[test]
    fn a_module_attribute_read_keeps_the_counter_carried() {
        // `math.sqrt` in the body reads the module, it runs no Python code.
        let mut t = range_loop();
        t.ins.push(Ins::new(Op::Int(0), Ty::Int, None));
        t.ins.push(Ins::new(
            Op::Call(Helper::ModuleAttr, vec![Ref(1), Ref(12)]),
            Ty::Val,
            None,
        ));
        let out = run(t, 2);
        let body = out.loop_start.unwrap() as usize;
        assert!(
            !out.ins[body..]
                .iter()
                .any(|i| matches!(i.op, Op::LoadMut(..))),
            "{}",
            out.to_text()
        );
    }

    #[test]
    fn a_helper_that_runs_python_keeps_the_counter_in_memory() {
        let mut t = range_loop();
        t.ins.push(Ins::new(Op::Int(0), Ty::Int, None));
        t.ins.push(Ins::new(
            Op::Call(Helper::Step, vec![Ref(12), Ref(12)]),
            Ty::Val,
            None,
        ));
        let out = run(t, 2);
        let body = out.loop_start.unwrap() as usize;
        assert!(
            out.ins[body..]
                .iter()
                .any(|i| matches!(i.op, Op::LoadMut(..))),
            "{}",
            out.to_text()
        );
    }
}

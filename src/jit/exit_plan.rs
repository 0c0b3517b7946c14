//! How the backend lays out exit code: snapshots that write mostly the same
//! slots share one block.
//!
//! Consecutive guards usually leave with almost the same snapshot (the loop's
//! variables, plus a temporary or two that changed in between). Giving each
//! snapshot its own block that stores every slot made exit code most of a trace's
//! machine code and compile time. Instead, a run of snapshots forms a group: the
//! slot writes all its members make (`common`) are emitted once in a shared block,
//! which also counts the exit and leaves, with the exit number as a block
//! parameter; each member's own block writes only the rest (`own`) and jumps
//! there. Writes in a member's own block and in the shared block are to different
//! slots, so their order does not matter.

use crate::jit::ir::{ExitKind, Ref, Trace};

/// Extra instructions a group's shared block costs (counting, leaving).
const GROUP_OVERHEAD: usize = 8;

/// One group of snapshots that share an exit block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExitGroup {
    /// Slot writes every member makes.
    pub common: Vec<(u32, Ref)>,
    /// Whether the members resume and may continue into a linked trace.
    pub resumes: bool,
}

/// A group still taking members.
struct OpenGroup {
    common: Vec<(u32, Ref)>,
    members: Vec<u32>,
    /// Whether its snapshots are used in the peeled loop body.
    in_body: bool,
    resumes: bool,
}

/// Where each snapshot's exit code goes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExitPlan {
    pub groups: Vec<ExitGroup>,
    /// Per snapshot: its group, or `None` when no guard uses it.
    pub group_of: Vec<Option<u32>>,
    /// Per snapshot: the slot writes its group does not make.
    pub own: Vec<Vec<(u32, Ref)>>,
}

impl ExitPlan {
    /// Groups the snapshots of `trace` in the order guards first use them. A group
    /// never spans the start of a peeled loop body, and its members agree on
    /// whether they resume. A snapshot joins the open group while sharing saves
    /// more writes than the group's shrinking common part costs its earlier
    /// members.
    pub fn new(trace: &Trace) -> ExitPlan {
        let n = trace.snaps.len();
        let mut order: Vec<(u32, bool)> = vec![];
        let mut seen = vec![false; n];
        let body_start = trace.loop_start.map_or(usize::MAX, |s| s as usize);
        for (i, ins) in trace.ins.iter().enumerate() {
            if let Some(s) = ins.snap {
                if (s as usize) < n && !seen[s as usize] {
                    seen[s as usize] = true;
                    order.push((s, i >= body_start));
                }
            }
        }
        if !trace.loops && n > 0 && !seen[n - 1] {
            order.push(((n - 1) as u32, trace.ins.len() >= body_start));
        }

        let mut plan = ExitPlan {
            groups: vec![],
            group_of: vec![None; n],
            own: vec![vec![]; n],
        };
        let mut open: Option<OpenGroup> = None;
        for (s, in_body) in order {
            let snap = &trace.snaps[s as usize];
            let resumes = snap.kind == ExitKind::Resume;
            let slots = &snap.slots;
            if let Some(g) = &mut open {
                if g.in_body == in_body && g.resumes == resumes {
                    let kept: Vec<(u32, Ref)> = g
                        .common
                        .iter()
                        .filter(|w| slots.contains(w))
                        .copied()
                        .collect();
                    let lost = (g.common.len() - kept.len()) * g.members.len();
                    if lost < kept.len() + GROUP_OVERHEAD {
                        g.common = kept;
                        g.members.push(s);
                        continue;
                    }
                }
            }
            if let Some(g) = open.take() {
                plan.close(trace, g);
            }
            open = Some(OpenGroup {
                common: slots.clone(),
                members: vec![s],
                in_body,
                resumes,
            });
        }
        if let Some(g) = open.take() {
            plan.close(trace, g);
        }
        plan
    }

    fn close(&mut self, trace: &Trace, open: OpenGroup) {
        let OpenGroup {
            common,
            members,
            resumes,
            ..
        } = open;
        let g = self.groups.len() as u32;
        for s in members {
            self.group_of[s as usize] = Some(g);
            self.own[s as usize] = trace.snaps[s as usize]
                .slots
                .iter()
                .filter(|w| !common.contains(w))
                .copied()
                .collect();
        }
        self.groups.push(ExitGroup { common, resumes });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::ir::{Ins, Op, Snapshot, Ty};

    fn snap(slots: &[(u32, u32)], kind: ExitKind) -> Snapshot {
        Snapshot {
            frames: vec![],
            slots: slots.iter().map(|&(s, r)| (s, Ref(r))).collect(),
            kind,
        }
    }

    fn guard(s: u32) -> Ins {
        Ins::new(Op::GuardTrue(Ref(0)), Ty::Void, Some(s))
    }

    fn trace(snaps: Vec<Snapshot>, uses: &[u32]) -> Trace {
        let mut ins = vec![Ins::new(Op::Bool(true), Ty::Bool, None)];
        ins.extend(uses.iter().map(|&s| guard(s)));
        Trace {
            ins,
            snaps,
            loops: true,
            loop_start: None,
        }
    }

    #[test]
    fn snapshots_differing_in_a_temporary_share_the_loop_variables() {
        let vars = [(1, 10), (2, 11), (3, 12), (4, 13)];
        let mut a = vars.to_vec();
        a.push((9, 20));
        let mut b = vars.to_vec();
        b.push((9, 21));
        let t = trace(
            vec![snap(&a, ExitKind::Resume), snap(&b, ExitKind::Resume)],
            &[0, 1],
        );
        let p = ExitPlan::new(&t);
        assert_eq!(p.groups.len(), 1);
        assert_eq!(p.group_of, vec![Some(0), Some(0)]);
        assert_eq!(p.groups[0].common.len(), 4);
        assert_eq!(p.own[0], vec![(9, Ref(20))]);
        assert_eq!(p.own[1], vec![(9, Ref(21))]);
    }

    #[test]
    fn unrelated_snapshots_and_other_kinds_get_their_own_groups() {
        let a: Vec<(u32, u32)> = (0..12).map(|i| (i, 100 + i)).collect();
        let b: Vec<(u32, u32)> = (0..12).map(|i| (i, 200 + i)).collect();
        let t = trace(
            vec![
                snap(&a, ExitKind::Resume),
                snap(&b, ExitKind::Resume),
                snap(&b, ExitKind::Raise),
                snap(&[], ExitKind::Resume),
            ],
            &[0, 1, 2],
        );
        let p = ExitPlan::new(&t);
        assert_eq!(p.groups.len(), 3);
        assert_eq!(p.group_of, vec![Some(0), Some(1), Some(2), None]);
        assert!(p.groups[1].resumes && !p.groups[2].resumes);
        assert!(p.own.iter().all(|o| o.is_empty()));
    }

    #[test]
    fn every_write_is_made_exactly_once() {
        // Whatever the grouping, a member's own writes plus its group's common
        // writes are exactly its snapshot.
        let snaps: Vec<Snapshot> = (0..20u32)
            .map(|k| {
                let w: Vec<(u32, u32)> = (0..8)
                    .filter(|i| (k + i) % 3 != 0)
                    .map(|i| (i, 50 + i + k / 4))
                    .collect();
                snap(&w, ExitKind::Resume)
            })
            .collect();
        let uses: Vec<u32> = (0..20).rev().collect();
        let t = trace(snaps, &uses);
        let p = ExitPlan::new(&t);
        for (s, snap) in t.snaps.iter().enumerate() {
            let g = p.group_of[s].expect("used") as usize;
            let mut all = p.own[s].clone();
            all.extend(p.groups[g].common.iter().copied());
            all.sort();
            let mut want = snap.slots.clone();
            want.sort();
            assert_eq!(all, want, "snapshot {s}");
        }
    }

    #[test]
    fn a_group_does_not_span_the_loop_body_start() {
        let w = [(1, 5)];
        let mut t = trace(
            vec![snap(&w, ExitKind::Resume), snap(&w, ExitKind::Resume)],
            &[0, 1],
        );
        t.loop_start = Some(2);
        let p = ExitPlan::new(&t);
        assert_eq!(p.group_of, vec![Some(0), Some(1)]);
    }
}

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
//! - it reads memory: only while nothing in between may write that memory. Two
//!   kinds of memory, told apart by type: iterator fields (`mload`), which
//!   `mstore` and effectful helpers write, and the heap objects the pure helpers
//!   read (`list_get`, `load_global`, `getattr_cached`, ...), which only
//!   effectful helpers (`list_set`, `setattr_cached`, calls, `step`, ...)
//!   write; slot stores write neither. A read in the loop body reuses one from
//!   the preamble only when the body writes none of that memory (the body runs
//!   again after its own writes): a global read in a loop that calls nothing
//!   happens once, in the preamble.
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
    /// It reads an iterator field.
    ReadsField,
    /// It reads heap objects through a pure helper.
    ReadsHeap,
}

fn kind(op: &Op) -> Kind {
    match op {
        Op::LoadSlot(_)
        | Op::StoreSlot(..)
        | Op::Clobber(_)
        | Op::GcCheck
        | Op::Phi(..)
        | Op::StoreMut(..) => Kind::Unique,
        Op::LoadMut(..) => Kind::ReadsField,
        // A field's address depends only on the object.
        Op::Call(Helper::RangePtr, _) => Kind::Pure,
        Op::Call(h, _) if h.has_effects() => Kind::Unique,
        Op::Call(..) => Kind::ReadsHeap,
        _ => Kind::Pure,
    }
}

/// What memory an instruction may write: (iterator fields, heap objects).
fn writes(op: &Op) -> (bool, bool) {
    match op {
        Op::StoreMut(..) => (true, false),
        Op::Call(h, _) if h.has_effects() => (true, true),
        _ => (false, false),
    }
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
    // Memory reads since the last write of that memory.
    let mut fields: HashMap<String, Ref> = HashMap::new();
    let mut heap: HashMap<String, Ref> = HashMap::new();
    let body = t.loop_start.map_or(n, |s| s as usize);
    let body_writes = t.ins[body..].iter().fold((false, false), |(f, h), ins| {
        let (wf, wh) = writes(&ins.op);
        (f || wf, h || wh)
    });
    for i in 0..n {
        if i == body {
            if body_writes.0 {
                fields.clear();
            }
            if body_writes.1 {
                heap.clear();
            }
        }
        let ins = &mut t.ins[i];
        ins.op.map_args(|a| replace[a.idx()]);
        let (wf, wh) = writes(&ins.op);
        if wf {
            fields.clear();
        }
        if wh {
            heap.clear();
        }
        let table = match kind(&ins.op) {
            Kind::Unique => continue,
            Kind::Pure => &mut pure,
            Kind::ReadsField => &mut fields,
            Kind::ReadsHeap => &mut heap,
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
    fn the_loop_body_reads_memory_again_only_if_it_writes_it() {
        let preamble = "0000 val  sload r0\n\
                        0001 val  call load_global 0000 0000\n\
                        0002 int  int 7\n\
                        0003 int  call range_ptr 0000\n\
                        0004 int  mload 0003+0\n\
                        ---- loop body\n";
        // The body writes the iterator field but no heap object.
        assert_eq!(
            cse(&format!(
                "{preamble}\
                 0005 val  call load_global 0000 0000\n\
                 0006 int  int 7\n\
                 0007 int  mload 0003+0\n\
                 0008      mstore 0003+0 0006\n\
                 0009      sstore r1 0005\n\
                 0010      sstore r2 0007\n\
                 ---- loop\n"
            )),
            format!(
                "{preamble}\
                 0005 int  mload 0003+0\n\
                 0006      mstore 0003+0 0002\n\
                 0007      sstore r1 0001\n\
                 0008      sstore r2 0005\n\
                 ---- loop\n"
            )
        );
        // A call in the body may rebind the global: read it again.
        let body = "0005 val  call load_global 0000 0000\n\
                    0006 int  call call 0002 0002 0002\n\
                    0007 int  mload 0003+0\n\
                    0008      sstore r1 0005\n\
                    ---- loop\n";
        let text = format!("{preamble}{body}");
        assert_eq!(cse(&text), text);
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

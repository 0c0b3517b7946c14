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
//! - it reads memory: only while nothing in between may write that memory.
//!   Memory comes in kinds told apart by type (`Mem`): iterator fields (`mload`,
//!   written by `mstore`), list items (`list_get`, written by `list_set`),
//!   instance attribute slots (`getattr_cached` and `aload`, written by
//!   `setattr_cached` and `astore`, which only overwrite an existing slot: shapes
//!   and classes stay), and what only running Python code (or adding an
//!   attribute) changes (`load_global`, `module_attr`, `load_method_cached`, the
//!   `gshape` and `gepoch` guards). Helpers that may run Python code write every kind;
//!   slot stores write none. A read in the loop body reuses one from the
//!   preamble only when the body writes none of that kind (the body runs again
//!   after its own writes): a global read in a loop that calls nothing happens
//!   once, in the preamble.
//!
//! List items: a store to a constant index leaves loads of other constant
//! indices of the same item buffer alone, and a load of the item just stored
//! is the stored value. A list's length and buffer address (`llen`, `litems`)
//! change only by helpers that resize (`list_append`, `list_pop`) or run Python.
//!
//! Never merged: slot loads (the recorder already forwards them), `phi`s and
//! everything with effects. `gccheck` asks the collector each time, but the
//! loop body's is dropped when nothing in the trace allocates (no helper call
//! that may), since then nothing can ask for a collection after the preamble's.

use std::collections::HashMap;

use crate::jit::ir::{Helper, Op, Ref, Trace, Ty};

/// The kinds of memory pure reads see, as bits of a mask.
struct Mem;

impl Mem {
    const FIELDS: u8 = 1;
    const LIST_ITEMS: u8 = 2;
    const ATTRS: u8 = 4;
    /// Globals, module attributes and method caches.
    const CODE_ONLY: u8 = 8;
    /// A list's length and item buffer address (not its items).
    const LIST_SHAPE: u8 = 16;
    /// Closure cells' values.
    const CELLS: u8 = 32;
    const ALL: u8 = 63;
}

/// How an op may be shared.
#[derive(PartialEq)]
enum Kind {
    /// Never.
    Unique,
    /// Its value depends on its arguments only.
    Pure,
    /// It reads this kind of memory.
    Reads(u8),
}

fn kind(op: &Op) -> Kind {
    match op {
        Op::LoadSlot(_)
        | Op::StoreSlot(..)
        | Op::Clobber(_)
        | Op::GcCheck
        | Op::Phi(..)
        | Op::StoreMut(..)
        | Op::StoreAttr(..)
        | Op::ItemStore(..)
        | Op::CellStore(..) => Kind::Unique,
        Op::CellLoad(_) => Kind::Reads(Mem::CELLS),
        Op::LoadMut(..) => Kind::Reads(Mem::FIELDS),
        Op::ListLen(_) | Op::ListItems(_) => Kind::Reads(Mem::LIST_SHAPE),
        Op::ItemLoad(..) => Kind::Reads(Mem::LIST_ITEMS),
        Op::LoadAttr(..) => Kind::Reads(Mem::ATTRS),
        Op::GlobalLoad(..) => Kind::Reads(Mem::CODE_ONLY),
        Op::GuardShape(..) | Op::GuardEpoch(_) => Kind::Reads(Mem::CODE_ONLY),
        // A field's address depends only on the object.
        Op::Call(Helper::RangePtr, _) => Kind::Pure,
        Op::Call(Helper::ListGet, _) => Kind::Reads(Mem::LIST_ITEMS),
        Op::Call(Helper::GetAttrCached, _) => Kind::Reads(Mem::ATTRS),
        Op::Call(Helper::LoadGlobal | Helper::ModuleAttr | Helper::LoadMethodCached, _) => {
            Kind::Reads(Mem::CODE_ONLY)
        }
        Op::Call(..) => Kind::Unique,
        _ => Kind::Pure,
    }
}

/// The kinds of memory an instruction may write.
fn writes(op: &Op) -> u8 {
    match op {
        Op::StoreMut(..) => Mem::FIELDS,
        Op::Call(Helper::ListSet, _) | Op::ItemStore(..) => Mem::LIST_ITEMS,
        Op::CellStore(..) => Mem::CELLS,
        Op::Call(Helper::ListAppend | Helper::ListPop, _) => Mem::LIST_ITEMS | Mem::LIST_SHAPE,
        // New objects only.
        Op::Call(
            Helper::NewRange
            | Helper::IterOf
            | Helper::RangeIter
            | Helper::IntArith
            | Helper::SeqAdd
            | Helper::BuildList,
            _,
        ) => 0,
        Op::Call(Helper::SetAttrCached, _) | Op::StoreAttr(..) => Mem::ATTRS,
        Op::Call(h, _) if h.has_effects() => Mem::ALL,
        _ => 0,
    }
}

/// Whether an op's value depends on its arguments only (so any copy of it may
/// stand for another).
pub(super) fn is_pure(op: &Op) -> bool {
    kind(op) == Kind::Pure
}

/// The lookup key: the op with its (already replaced) arguments and type. Float
/// constants compare by bits (0.0 is not -0.0).
pub(super) fn key(op: &Op, ty: Ty) -> String {
    match op {
        Op::Float(x) => format!("float {:x} {ty:?}", x.to_bits()),
        op => format!("{op:?} {ty:?}"),
    }
}

pub fn run(mut t: Trace) -> Trace {
    let n = t.ins.len();
    let mut replace: Vec<Ref> = (0..n as u32).map(Ref).collect();
    let mut pure: HashMap<String, Ref> = HashMap::new();
    // Memory reads since the last write of their kind, with that kind.
    let mut reads: HashMap<String, (u8, Ref)> = HashMap::new();
    let body = t.loop_start.map_or(n, |s| s as usize);
    let body_writes = t.ins[body..].iter().fold(0, |m, ins| m | writes(&ins.op));
    // Without allocation, nothing can ask for a collection after the preamble's
    // safepoint: the body's is redundant.
    let allocates = t.ins.iter().any(|ins| may_allocate(&ins.op));
    let mut drop = vec![false; n];
    for i in 0..n {
        if i == body {
            reads.retain(|_, (mem, _)| *mem & body_writes == 0);
        }
        t.ins[i].op.map_args(|a| replace[a.idx()]);
        let ins = &t.ins[i];
        if ins.op == Op::GcCheck && i >= body && !allocates {
            drop[i] = true;
            continue;
        }
        if let Op::ItemStore(items, k, v) = ins.op {
            // An item store leaves the other constant indices of the same buffer
            // alone, and a load of the item it wrote reads what it wrote.
            let k_const = constant_index(&t, k);
            reads.retain(|_, (mem, r)| {
                *mem & Mem::LIST_ITEMS == 0
                    || matches!(t.ins[r.idx()].op, Op::ItemLoad(p, j)
                        if p == items && k_const.is_some()
                            && constant_index(&t, j).is_some_and(|j| Some(j) != k_const))
            });
            if t.ty(v) == Ty::Val {
                let load = key(&Op::ItemLoad(items, k), Ty::Val);
                reads.insert(load, (Mem::LIST_ITEMS, v));
            }
            continue;
        }
        let written = writes(&ins.op);
        if written != 0 {
            reads.retain(|_, (mem, _)| *mem & written == 0);
        }
        let k = key(&ins.op, ins.ty);
        let earlier = match kind(&ins.op) {
            Kind::Unique => continue,
            Kind::Pure => *pure.entry(k).or_insert(Ref(i as u32)),
            Kind::Reads(mem) => reads.entry(k).or_insert((mem, Ref(i as u32))).1,
        };
        replace[i] = earlier;
    }
    super::compact(t, &replace, &drop)
}

/// Whether an instruction may allocate (and so ask for a collection): every
/// helper call but the few that only read or overwrite.
fn may_allocate(op: &Op) -> bool {
    !matches!(
        op,
        Op::Call(Helper::ListGet | Helper::ListSet | Helper::RangePtr, _)
    ) && matches!(op, Op::Call(..))
}

/// The value of an `int` constant.
fn constant_index(t: &Trace, r: Ref) -> Option<i64> {
    match t.ins[r.idx()].op {
        Op::Int(k) => Some(k),
        _ => None,
    }
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
    fn item_stores_forward_and_spare_other_constant_indices() {
        // b[0] and b[1] are loaded once; b[1] = x makes the next b[1] be x; a
        // store to b2 (which may be b) forgets everything; an unknown index
        // forgets everything; the length and buffer survive item stores.
        assert_eq!(
            cse("0000 val  sload r0\n\
                 0001      glist 0000  -> exit 0\n\
                 0002 int  llen 0000\n\
                 0003 int  int 0\n\
                 0004 int  int 1\n\
                 0005 int  litems 0000\n\
                 0006 val  iload 0005 0003\n\
                 0007 val  iload 0005 0004\n\
                 0008 val  sload r1\n\
                 0009      istore 0005 0004 0008\n\
                 0010 val  iload 0005 0003\n\
                 0011 val  iload 0005 0004\n\
                 0012      glist 0000  -> exit 1\n\
                 0013 int  llen 0000\n\
                 0014 int  litems 0000\n\
                 0015 val  sload r2\n\
                 0016 int  litems 0015\n\
                 0017      istore 0016 0003 0008\n\
                 0018 val  iload 0005 0004\n\
                 0019 val  sload r3\n\
                 0020 int  gint 0019  -> exit 1\n\
                 0021      istore 0005 0020 0008\n\
                 0022 val  iload 0005 0003\n\
                 0023      sstore r4 0006\n\
                 0024      sstore r5 0007\n\
                 0025      sstore r6 0010\n\
                 0026      sstore r7 0011\n\
                 0027      sstore r8 0013\n\
                 0028      sstore r9 0018\n\
                 0029      sstore r10 0022\n"),
            "0000 val  sload r0\n\
             0001      glist 0000  -> exit 0\n\
             0002 int  llen 0000\n\
             0003 int  int 0\n\
             0004 int  int 1\n\
             0005 int  litems 0000\n\
             0006 val  iload 0005 0003\n\
             0007 val  iload 0005 0004\n\
             0008 val  sload r1\n\
             0009      istore 0005 0004 0008\n\
             0010 val  sload r2\n\
             0011 int  litems 0010\n\
             0012      istore 0011 0003 0008\n\
             0013 val  iload 0005 0004\n\
             0014 val  sload r3\n\
             0015 int  gint 0014  -> exit 1\n\
             0016      istore 0005 0015 0008\n\
             0017 val  iload 0005 0003\n\
             0018      sstore r4 0006\n\
             0019      sstore r5 0007\n\
             0020      sstore r6 0006\n\
             0021      sstore r7 0008\n\
             0022      sstore r8 0002\n\
             0023      sstore r9 0013\n\
             0024      sstore r10 0017\n"
        );
    }

    #[test]
    fn cell_loads_merge_until_a_cell_store() {
        assert_eq!(
            cse("0000 val  sload r0\n\
                 0001      gcell 0000  -> exit 0\n\
                 0002 val  cload 0000\n\
                 0003      gcell 0000  -> exit 1\n\
                 0004 val  cload 0000\n\
                 0005      cstore 0000 0004\n\
                 0006 val  cload 0000\n\
                 0007      sstore r1 0006\n"),
            "0000 val  sload r0\n\
             0001      gcell 0000  -> exit 0\n\
             0002 val  cload 0000\n\
             0003      cstore 0000 0002\n\
             0004 val  cload 0000\n\
             0005      sstore r1 0004\n"
        );
    }

    #[test]
    fn list_shape_is_reloaded_after_a_resize() {
        let text = "0000 val  sload r0\n\
                    0001 int  llen 0000\n\
                    0002 val  call list_append 0000 0000\n\
                    0003 int  llen 0000\n\
                    0004 bool icmp < 0001 0003\n\
                    0005      gtrue 0004  -> exit 0\n";
        assert_eq!(cse(text), text);
    }

    #[test]
    fn the_body_safepoint_goes_only_when_nothing_allocates() {
        let looped = |call: &str| {
            format!(
                "0000      gccheck  -> exit 0\n\
                 0001 val  sload r0\n\
                 {call}\
                 ---- loop body\n\
                 0003      gccheck  -> exit 1\n\
                 0004 val  sload r0\n\
                 ---- loop\n"
            )
        };
        let quiet = cse(&looped("0002 val  call list_get 0001 0001\n"));
        assert_eq!(quiet.matches("gccheck").count(), 1, "{quiet}");
        let allocating = cse(&looped("0002 val  call new_range 0001 0001 0001\n"));
        assert_eq!(allocating.matches("gccheck").count(), 2, "{allocating}");
    }

    #[test]
    fn global_loads_merge_across_list_and_field_writes_not_across_calls() {
        assert_eq!(
            cse("0000 int  int 4096\n\
                 0001 val  glob 0000 #2\n\
                 0002 val  sload r0\n\
                 0003 int  int 1\n\
                 0004 val  call list_set 0002 0003 0001\n\
                 0005 int  mstore 0000+0 0003\n\
                 0006 val  glob 0000 #2\n\
                 0007 val  call step 0003 0003\n\
                 0008 val  glob 0000 #2\n\
                 0009      sstore r1 0006\n\
                 0010      sstore r2 0008\n"),
            "0000 int  int 4096\n\
             0001 val  glob 0000 #2\n\
             0002 val  sload r0\n\
             0003 int  int 1\n\
             0004 val  call list_set 0002 0003 0001\n\
             0005 int  mstore 0000+0 0003\n\
             0006 val  call step 0003 0003\n\
             0007 val  glob 0000 #2\n\
             0008      sstore r1 0001\n\
             0009      sstore r2 0007\n"
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
    fn instance_guards_and_slot_reads_merge_until_a_write_or_python() {
        // A repeated shape/epoch guard and slot load merge; an `astore` forgets
        // slot loads but keeps the guards; a helper running Python forgets all.
        assert_eq!(
            cse("0000 val  sload r0\n\
                 0001      gshape 0000 7 shape 3  -> exit 0\n\
                 0002      gepoch 5  -> exit 0\n\
                 0003 val  aload 0000 #1\n\
                 0004      gshape 0000 7 shape 3  -> exit 0\n\
                 0005 val  aload 0000 #1\n\
                 0006      astore 0000 #1 0005\n\
                 0007      astore 0000 #1 0005\n\
                 0008      gshape 0000 7 shape 3  -> exit 0\n\
                 0009 val  aload 0000 #1\n\
                 0010 val  call iter_next 0000\n\
                 0011      gshape 0000 7 shape 3  -> exit 0\n\
                 0012      gepoch 5  -> exit 0\n\
                 0013      sstore r1 0009\n"),
            "0000 val  sload r0\n\
             0001      gshape 0000 7 shape 3  -> exit 0\n\
             0002      gepoch 5  -> exit 0\n\
             0003 val  aload 0000 #1\n\
             0004      astore 0000 #1 0003\n\
             0005      astore 0000 #1 0003\n\
             0006 val  aload 0000 #1\n\
             0007 val  call iter_next 0000\n\
             0008      gshape 0000 7 shape 3  -> exit 0\n\
             0009      gepoch 5  -> exit 0\n\
             0010      sstore r1 0006\n"
        );
    }

    #[test]
    fn a_write_forgets_only_reads_of_its_kind() {
        // `c.n += k` with a method call: the attribute store leaves the method
        // cache and the list alone; a list store leaves the attribute alone.
        assert_eq!(
            cse("0000 val  sload r0\n\
                 0001 int  int 9\n\
                 0002 val  call load_method_cached 0000 0001\n\
                 0003 val  call getattr_cached 0000 0001\n\
                 0004 val  call list_get 0003 0001\n\
                 0005 val  call setattr_cached 0000 0001 0004\n\
                 0006 val  call load_method_cached 0000 0001\n\
                 0007 val  call getattr_cached 0000 0001\n\
                 0008 val  call list_get 0003 0001\n\
                 0009 val  call list_set 0003 0001 0007\n\
                 0010 val  call getattr_cached 0000 0001\n\
                 0011 val  call list_get 0003 0001\n\
                 0012      sstore r1 0006\n\
                 0013      sstore r2 0010\n\
                 0014      sstore r3 0011\n"),
            "0000 val  sload r0\n\
             0001 int  int 9\n\
             0002 val  call load_method_cached 0000 0001\n\
             0003 val  call getattr_cached 0000 0001\n\
             0004 val  call list_get 0003 0001\n\
             0005 val  call setattr_cached 0000 0001 0004\n\
             0006 val  call getattr_cached 0000 0001\n\
             0007 val  call list_set 0003 0001 0006\n\
             0008 val  call list_get 0003 0001\n\
             0009      sstore r1 0002\n\
             0010      sstore r2 0006\n\
             0011      sstore r3 0008\n"
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

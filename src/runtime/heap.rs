//! The heap and its precise, non-moving mark-and-sweep collector.
//!
//! Allocation only counts bytes and raises `collection_wanted`; the interpreter
//! collects at safepoints (loop back-edges and calls), where every live value is in
//! a frame register, a global, a constant table or another VM root. Machine code
//! therefore needs no stack maps (DESIGN §3).

use super::object::{ExcState, IterState, Obj, ObjData};
use super::value::Value;
use std::cell::Cell;

pub struct Heap {
    objects: Vec<*mut Obj>,
    bytes_since_collect: usize,
    threshold: usize,
    pub collection_wanted: bool,
    pub collections: u64,
    live_after_last: usize,
    /// `TAURARO_GC_STRESS=N`: a collection is wanted after every N bytes
    /// allocated (1: at every safepoint after an allocation), or a 256th
    /// of what is live, when that is more (so that a large live set does not
    /// make the run quadratic).
    stress: Option<usize>,
}

/// The least allocation between collections. Smaller keeps a short-lived
/// heap in memory the program already touched (each first touch is a page
/// fault); larger collects less often. 4 MiB measured best of 1, 2, 4 and 8 on
/// nbody, raytrace, generators and polymorphic (5-10% faster than 8).
const MIN_THRESHOLD: usize = 4 << 20;

/// mimalloc's `purge_delay` option (the same index in its v2 and v3 option enums).
const MIMALLOC_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Tunes the global allocator for a collected heap, once, before the program runs.
///
/// - mimalloc returns freed memory to the OS 10 ms after it is freed. A sweep
///   frees many megabytes at once and the program allocates them again moments
///   later, so with the default every large list or buffer is faulted in (and
///   zeroed by the kernel) again and again: `[True] * 2_000_001` six times spent
///   more time in the kernel than in the program. Freed memory is kept instead.
/// - mimalloc asks for transparent huge pages, so the first touch of any 4 KiB
///   faults in and zeroes 2 MiB. Most runs are short and touch little of each
///   region (the JIT compiler's scratch memory, a few pages of small objects), so
///   huge pages made startup and compilation measurably slower and never made a
///   benchmark faster.
pub fn tune_allocator() {
    // SAFETY: `mi_option_set` only stores an integer option; any value is valid for
    // `purge_delay` (-1: never purge), and it is called before other threads exist.
    unsafe { libmimalloc_sys::mi_option_set(MIMALLOC_OPTION_PURGE_DELAY, -1) };
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integer arguments and touches no memory of
    // ours; on a kernel without it the call fails harmlessly.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Self {
        Heap {
            objects: Vec::with_capacity(1 << 16),
            bytes_since_collect: 0,
            threshold: MIN_THRESHOLD,
            collection_wanted: false,
            collections: 0,
            live_after_last: 0,
            stress: None,
        }
    }

    /// Collects after every `bytes` allocated (for testing that every value the
    /// program can still use is a root).
    pub fn stress(&mut self, bytes: usize) {
        self.stress = Some(bytes.max(1));
        self.threshold = bytes.max(1);
    }

    pub fn alloc(&mut self, data: ObjData) -> Value {
        let size = std::mem::size_of::<Obj>() + payload_size(&data);
        let ptr = Box::into_raw(Box::new(Obj {
            marked: Cell::new(false),
            data,
        }));
        self.objects.push(ptr);
        self.bytes_since_collect += size;
        if self.bytes_since_collect >= self.threshold {
            self.collection_wanted = true;
        }
        Value::from_obj(ptr)
    }

    /// Extra bytes a payload holds beyond the `Obj` itself, for collection pacing.
    pub fn note_growth(&mut self, bytes: usize) {
        self.bytes_since_collect += bytes;
        if self.bytes_since_collect >= self.threshold {
            self.collection_wanted = true;
        }
    }

    pub fn object_count(&self) -> usize {
        self.objects.len()
    }

    /// Marks everything reachable from `roots` and frees the rest.
    pub fn collect(&mut self, roots: impl Iterator<Item = Value>) {
        let mut work: Vec<Value> = Vec::with_capacity(1024);
        for r in roots {
            push_if_unmarked(&mut work, r);
        }
        while let Some(v) = work.pop() {
            if let Some(o) = v.as_obj() {
                trace_children(o, &mut work);
            }
        }
        let mut live_bytes = 0usize;
        self.objects.retain(|&p| {
            // SAFETY: every pointer in `objects` came from `Box::into_raw` in `alloc`
            // and is freed only here, once, when unmarked.
            let obj = unsafe { &*p };
            if obj.marked.get() {
                obj.marked.set(false);
                live_bytes += std::mem::size_of::<Obj>() + payload_size(&obj.data);
                true
            } else {
                // SAFETY: unmarked means unreachable from every root, so no value that
                // the program can still use points here.
                drop(unsafe { Box::from_raw(p) });
                false
            }
        });
        self.live_after_last = live_bytes;
        // Collect again after allocating twice what survived: the cost of tracing
        // the live set stays proportional to allocation.
        self.threshold = match self.stress {
            Some(bytes) => bytes.max(live_bytes / 256),
            None => MIN_THRESHOLD.max(live_bytes.saturating_mul(2)),
        };
        self.bytes_since_collect = 0;
        self.collection_wanted = false;
        self.collections += 1;
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &p in &self.objects {
            // SAFETY: the heap owns every object; at drop nothing else can use them.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

#[inline]
fn push_if_unmarked(work: &mut Vec<Value>, v: Value) {
    if let Some(o) = v.as_obj() {
        if !o.marked.get() {
            o.marked.set(true);
            work.push(v);
        }
    }
}

fn payload_size(d: &ObjData) -> usize {
    match d {
        ObjData::Str(s) => s.s.len(),
        ObjData::List(l) => l.get().capacity() * 8,
        ObjData::Tuple(t) => t.len() * 8,
        ObjData::Dict(d) => d.get().len() * 32,
        ObjData::Set(s) => s.get().len() * 24,
        ObjData::BigInt(b) => (b.bits() / 8) as usize,
        _ => 0,
    }
}

fn trace_children(o: &Obj, work: &mut Vec<Value>) {
    let mut p = |v: Value| push_if_unmarked(work, v);
    match &o.data {
        ObjData::Str(_) | ObjData::BigInt(_) | ObjData::Range(_) => {}
        ObjData::List(l) => l.get().iter().for_each(|&v| p(v)),
        ObjData::Tuple(t) => t.iter().for_each(|&v| p(v)),
        ObjData::Dict(d) => d.get().trace(&mut p),
        ObjData::Set(s) => s.get().trace(&mut p),
        ObjData::FrozenSet(s) => s.trace(&mut p),
        ObjData::Slice(a, b, c) => {
            p(*a);
            p(*b);
            p(*c)
        }
        ObjData::Function(f) => {
            p(f.code);
            p(f.module);
            f.defaults.iter().for_each(|&v| p(v));
            f.kwdefaults.iter().for_each(|(_, v)| p(*v));
            f.closure.iter().for_each(|&v| p(v));
            f.attrs.get().values().for_each(|&v| p(v));
        }
        ObjData::Native(n) => p(n.receiver),
        ObjData::BoundMethod(a, b) => {
            p(*a);
            p(*b)
        }
        ObjData::Code(c) => c.consts.iter().for_each(|&v| p(v)),
        ObjData::Cell(c) => p(c.get()),
        ObjData::Class(c) => {
            p(c.meta.get());
            c.subclasses.get().iter().for_each(|&v| p(v));
            c.bases.iter().for_each(|&v| p(v));
            c.mro.get().iter().for_each(|&v| p(v));
            c.dict.get().values().for_each(|&v| p(v));
        }
        ObjData::Instance(i) => {
            p(i.class.get());
            i.attrs.get().values().for_each(|&v| p(v));
            p(i.payload);
            if let Some(e) = &i.exc {
                trace_exc(e.get(), &mut p);
            }
        }
        ObjData::Iter(it) => trace_iter(it.get(), &mut p),
        ObjData::Module(m) => m.globals.get().values.iter().for_each(|&v| p(v)),
        ObjData::DictView(_, d) => p(*d),
        ObjData::Generator(g) => {
            let g = g.get();
            p(g.func);
            p(g.code);
            p(g.module);
            p(g.result);
            g.saved.iter().for_each(|&v| p(v));
        }
    }
}

fn trace_exc(e: &ExcState, p: &mut impl FnMut(Value)) {
    p(e.args);
    p(e.cause);
    p(e.context);
    for t in &e.traceback {
        p(t.code);
    }
}

fn trace_iter(it: &IterState, p: &mut impl FnMut(Value)) {
    match it {
        IterState::Range { .. } | IterState::Exhausted => {}
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => p(*seq),
        IterState::Str { s, .. } => p(*s),
        IterState::DictKeys { dict, .. }
        | IterState::DictValues { dict, .. }
        | IterState::DictItems { dict, .. } => p(*dict),
        IterState::Set { set, .. } => p(*set),
        IterState::Enumerate { it, n } => {
            p(*it);
            p(*n)
        }
        IterState::Zip { its, .. } => its.iter().for_each(|&v| p(v)),
        IterState::Map { func, its } => {
            p(*func);
            its.iter().for_each(|&v| p(v))
        }
        IterState::Filter { func, it } => {
            p(*func);
            p(*it)
        }
        IterState::Callable { func, sentinel } => {
            p(*func);
            p(*sentinel)
        }
    }
}

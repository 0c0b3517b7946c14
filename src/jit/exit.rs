//! Entering a compiled trace and leaving it: an exit rebuilds the interpreter's
//! frames exactly as the snapshot describes (the machine code already wrote the
//! snapshot's slot values to memory), then the interpreter carries on.

use crate::interp::{Frame, Vm};
use crate::runtime::error::ExcKind;
use crate::runtime::object::PyErr;
use crate::runtime::value::Value;

use super::backend::CtxHeader;
use super::helpers::JitCtx;
use super::ir::ExitKind;

/// What the dispatch loop does after a trace returned.
pub enum Resume {
    /// The trace was not entered (a limit); interpret the loop body.
    NotEntered,
    /// Frames are rebuilt; continue with the top frame at its pc.
    Continue,
    /// Raise this exception at the top frame (its pc is just past the raising
    /// instruction, as for an interpreter error).
    Raise(PyErr),
}

/// The GC flag of traces running inside native code, where no collection may start.
static NEVER_COLLECT: bool = false;

/// Registers above the trace's extent kept free for exits that rebuild frames.
const STACK_MARGIN: usize = 64;

/// Runs trace `n` on frame `fi`, which stands at the trace's loop header, then
/// follows links: an exit with a side trace runs it, and an exit at a back-edge
/// whose loop has a trace enters that trace, without returning to the
/// interpreter. A hot exit without a side trace starts recording one.
pub fn run_trace(vm: &mut Vm, fi: usize, n: u32) -> Resume {
    let mut n = n;
    let mut first = true;
    loop {
        let (resume, exit) = run_one(vm, fi, n);
        let (left, exit) = match (resume, exit) {
            (Resume::NotEntered, _) if !first => return Resume::Continue,
            (Resume::Continue, Some(exit)) => exit,
            (r, _) => return r,
        };
        first = false;
        match next_trace(vm, fi, left, exit) {
            Some(next) => {
                link_in_machine_code(vm, left, exit, next);
                n = next;
            }
            None => return Resume::Continue,
        }
    }
}

/// Makes exit `exit` of trace `from` continue into trace `to` inside machine code
/// from now on, when `to` may run wherever `from` runs: the same root function and
/// module (the entry check of the first trace covers both), and `to` not a
/// trace with its own recording limits. The entry checks use the largest slot
/// extent and depth of all traces, so any linked trace fits.
fn link_in_machine_code(vm: &mut Vm, from: u32, exit: u32, to: u32) {
    let traces = &vm.jit.traces;
    let (Some(a), Some(b)) = (traces.get(from as usize), traces.get(to as usize)) else {
        return;
    };
    if a.frames[0].func.0 == b.frames[0].func.0 && a.frames[0].module.0 == b.frames[0].module.0 {
        a.compiled.tables.set_link(exit, b.compiled.address);
    }
}

/// Where execution goes after trace `n` left through `exit` (a `Resume` exit with
/// no inlined frames): the trace to run next, if any. May start recording a side
/// trace for the exit.
fn next_trace(vm: &mut Vm, fi: usize, n: u32, exit: u32) -> Option<u32> {
    let t = &vm.jit.traces[n as usize];
    if let Some(side) = t.side[exit as usize] {
        // The side trace describes the exit's inlined frames itself (its exits
        // rebuild them).
        vm.frames.truncate(fi + 1);
        return Some(side);
    }
    let code = vm.frames[fi].code;
    let pc = vm.frames[fi].pc;
    if vm.frames.len() == fi + 1 {
        if let Some(crate::compile::bytecode::Instr::Loop { target }) = code.instrs.get(pc) {
            let c = code.hot[pc].get();
            if c < 0 {
                vm.frames[fi].pc = *target as usize;
                return Some((-(c + 1)) as u32);
            }
        }
    }
    // The end of a trace that leaves to the interpreter is where recording stopped
    // for a reason (a return, a yield, an unsupported instruction): no side trace.
    let leaves = !t.trace.loops && exit as usize + 1 == t.trace.snaps.len();
    if leaves && t.link == super::record::Link::Interp {
        return None;
    }
    let count = t.compiled.tables.exit_count(exit);
    let tries = t.side_aborts[exit as usize];
    let cfg = &vm.jit.config;
    if count >= cfg.hotexit as u64
        && tries < cfg.maxabort
        && vm.jit.recorder.is_none()
        && vm.jit.traces.len() < cfg.maxtrace
    {
        vm.jit_start_side_trace(fi, n, exit);
    }
    None
}

/// Runs one trace (and the traces its linked exits continue into); on a `Resume`
/// exit without inlined frames, also returns which trace left through which exit
/// (for linking).
fn run_one(vm: &mut Vm, fi: usize, n: u32) -> (Resume, Option<(u32, u32)>) {
    let Some(trace) = vm.jit.traces.get(n as usize) else {
        return (Resume::NotEntered, None);
    };
    let root = &vm.frames[fi];
    let root_base = root.base;
    // The trace's constants (closure cells, globals) belong to one function object.
    if root.func.0 != trace.frames[0].func.0 || root.module.0 != trace.frames[0].module.0 {
        return (Resume::NotEntered, None);
    }
    // Linked exits may continue into any trace: check room for the largest.
    let extent = root_base + vm.jit.max_slot_extent as usize;
    if extent + STACK_MARGIN >= vm.stack.len()
        || vm.frames.len() + vm.jit.max_depth >= vm.recursion_limit
    {
        return (Resume::NotEntered, None);
    }
    let enter = trace.compiled.enter;
    let address = trace.compiled.address;
    let saved_top = vm.jit_reserved_top;
    vm.jit_reserved_top = saved_top.max(extent);
    vm.jit.stats.rust_entries += 1;
    let base_ptr = vm.stack.base_ptr();
    let mut ctx = JitCtx {
        header: CtxHeader {
            gc_flag: if vm.reentry_depth == 0 {
                &vm.heap.collection_wanted
            } else {
                &NEVER_COLLECT
            },
            running: n as u64,
            class_epoch: &vm.class_epoch,
        },
        vm: vm as *mut Vm,
        root_base,
    };
    // SAFETY: `address` is the compiled code of trace `n` and `enter` the
    // trampoline of the backend that keeps it alive; `base_ptr + root_base`
    // addresses the root frame's registers in the register stack, which never
    // moves, and the entry checks above keep every slot any trace touches
    // (`max_slot_extent`) inside it. The context outlives the call.
    let word = unsafe {
        enter(
            &mut ctx.header as *mut CtxHeader,
            (base_ptr as *mut u64).add(root_base),
            address,
        )
    };
    vm.jit_reserved_top = saved_top;
    let (left, exit) = super::backend::split_exit(word);
    let Some(snap) = vm
        .jit
        .traces
        .get(left as usize)
        .and_then(|t| t.trace.snaps.get(exit as usize))
    else {
        let e = PyErr::new(
            ExcKind::RuntimeError,
            format!("JIT trace {left} returned an unknown exit {exit}"),
        );
        return (Resume::Raise(e), None);
    };
    let trace = &vm.jit.traces[left as usize];
    let kind = snap.kind;
    // The inlined frames to rebuild, outermost first; the root frame stays.
    let root_pc = snap.frames.first().map(|f| f.pc as usize);
    let rebuilt: Vec<Frame> = snap.frames[1..]
        .iter()
        .map(|sf| {
            let desc = &trace.frames[sf.frame as usize];
            let base = root_base + desc.base_off as usize;
            Frame {
                code: desc.code,
                code_val: desc.code_val,
                func: desc.func,
                module: desc.module,
                base,
                pc: sf.pc as usize,
                ret_slot: root_base + desc.ret_off as usize,
                returns_to_native: false,
                // The instance stays in the first register of a constructing
                // `__init__` (see `FrameDesc::constructs`).
                init_self: if desc.constructs {
                    vm.stack.get(base)
                } else {
                    Value::EMPTY
                },
                generator: Value::EMPTY,
            }
        })
        .collect();
    if let Some(pc) = root_pc {
        vm.frames[fi].pc = pc;
    }
    vm.frames.extend(rebuilt);
    let resume = match kind {
        ExitKind::Resume => Resume::Continue,
        ExitKind::Collect => {
            if vm.reentry_depth == 0 {
                vm.collect_garbage();
            }
            Resume::Continue
        }
        ExitKind::Raise => match vm.jit.pending_error.take() {
            Some(e) => Resume::Raise(e),
            None => Resume::Raise(PyErr::new(
                ExcKind::RuntimeError,
                "JIT exit without a pending exception",
            )),
        },
    };
    // Any `Resume` exit may continue into a side trace (which starts with the
    // same frames); only single-frame ones into another loop's trace.
    let linkable = kind == ExitKind::Resume;
    (resume, linkable.then_some((left, exit)))
}

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
    match enter_code(vm, fi, n) {
        Some(word) => follow_exit(vm, fi, word),
        None => Resume::NotEntered,
    }
}

/// Rebuilds the frames for the exit `word` (as the trace's machine code
/// returned it) of a trace whose root frame is frame `fi`, then follows links
/// and side traces as `run_trace` does.
pub fn follow_exit(vm: &mut Vm, fi: usize, word: u64) -> Resume {
    let mut word = word;
    loop {
        let (left, exit) = match apply_exit(vm, fi, word) {
            (Resume::Continue, Some(exit)) => exit,
            (r, _) => return r,
        };
        let Some(next) = next_trace(vm, fi, left, exit) else {
            return Resume::Continue;
        };
        link_in_machine_code(vm, left, exit, next);
        match enter_code(vm, fi, next) {
            Some(w) => word = w,
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
    if leaves
        && matches!(
            t.link,
            super::record::Link::Interp | super::record::Link::Return
        )
    {
        return None;
    }
    let count = t.compiled.tables.exit_count(exit);
    let tries = t.side_aborts[exit as usize];
    let cfg = &vm.jit.config;
    let tree = &vm.jit.traces[t.root as usize];
    let tree_open = !t.flushed && tree.tree_sides < cfg.maxside;
    if tree_open
        && count >= cfg.hotexit as u64
        && tries < cfg.maxabort
        && vm.jit.recorder.is_none()
        && vm.jit.traces.len() < cfg.maxtrace
    {
        vm.jit_start_side_trace(fi, n, exit);
    }
    None
}

/// Runs the machine code of trace `n` (and the traces its linked exits continue
/// into) on frame `fi`; returns the exit word, or None when the trace may not
/// run here.
fn enter_code(vm: &mut Vm, fi: usize, n: u32) -> Option<u64> {
    let trace = vm.jit.traces.get(n as usize)?;
    let root = &vm.frames[fi];
    let root_base = root.base;
    // The trace's constants (closure cells, globals) belong to one function object.
    if root.func.0 != trace.frames[0].func.0 || root.module.0 != trace.frames[0].module.0 {
        return None;
    }
    // Linked exits may continue into any trace: check room for the largest.
    let extent = root_base + vm.jit.max_slot_extent as usize;
    if extent + STACK_MARGIN >= vm.stack.len()
        || vm.frames.len() + vm.jit_frame_bias + vm.jit.max_depth >= vm.recursion_limit
    {
        return None;
    }
    let enter = trace.compiled.enter;
    let address = trace.compiled.address;
    let saved_top = vm.jit_reserved_top;
    vm.reserve_jit_registers(extent);
    vm.jit.stats.rust_entries += 1;
    let word = call_code(vm, enter, address, n, root_base);
    vm.jit_reserved_top = saved_top;
    Some(word)
}

/// Calls trace `n`'s code at `address` through `enter` with its root frame at
/// `root_base`, on a fresh context. The caller has checked that every slot a
/// trace may touch from `root_base` (`max_slot_extent`) lies inside the
/// register stack and reserved those registers. No collection starts while
/// native code is on the Rust stack below (`reentry_depth`); otherwise the
/// trace's `GcCheck` sees the VM's flag.
fn call_code(
    vm: &mut Vm,
    enter: super::backend::EnterFn,
    address: usize,
    n: u32,
    root_base: usize,
) -> u64 {
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
    // moves, and the caller's checks keep every slot any trace touches
    // (`max_slot_extent`) inside it. The context outlives the call.
    unsafe {
        enter(
            &mut ctx.header as *mut CtxHeader,
            (base_ptr as *mut u64).add(root_base),
            address,
        )
    }
}

/// Rebuilds the interpreter state for exit `word` of a trace whose root frame
/// is frame `fi`. On a `Resume` exit, also returns which trace left through
/// which exit (for linking).
fn apply_exit(vm: &mut Vm, fi: usize, word: u64) -> (Resume, Option<(u32, u32)>) {
    let root_base = vm.frames[fi].base;
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
        // The interpreter runs the `Return` itself.
        ExitKind::Resume | ExitKind::Return(_) => Resume::Continue,
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

/// How a call from a trace into a function trace went.
pub enum DirectCall {
    /// The function trace returned this value.
    Returned(Value),
    /// The function trace left through the exit `word` before returning; the
    /// callee's registers and the VM's bias and reserved top are as it left them.
    Left(u64),
    /// The function trace may not run here (room, recursion limit, another
    /// function): make the call the general way.
    NotEntered,
}

/// Runs function trace `target` for a call of `f` from running machine code
/// that `inlined` inlined frames deep, with the arguments already at
/// `stack[callee_base..]` (where the interpreter would put the callee's frame).
/// The callee's frame exists only in machine code, counted in
/// `Vm::jit_frame_bias`; the caller restores the bias and `jit_reserved_top`.
#[inline(always)]
pub fn call_trace_direct(
    vm: &mut Vm,
    f: Value,
    callee_base: usize,
    inlined: usize,
    target: u32,
) -> DirectCall {
    let Some(trace) = vm.jit.traces.get(target as usize) else {
        return DirectCall::NotEntered;
    };
    let root = &trace.frames[0];
    let code = root.code;
    let extent = callee_base + vm.jit.max_slot_extent as usize;
    let bias = vm.jit_frame_bias + inlined + 1;
    if root.func.0 != f.0
        || extent + STACK_MARGIN >= vm.stack.len()
        || vm.frames.len() + bias + vm.jit.max_depth >= vm.recursion_limit
    {
        return DirectCall::NotEntered;
    }
    let enter = trace.compiled.enter;
    let address = trace.compiled.address;
    // As `push_frame_of` does for the interpreter's frame.
    vm.stack.fill(
        callee_base + code.params.count(),
        callee_base + code.nregs as usize,
        Value::EMPTY,
    );
    vm.jit_frame_bias = bias;
    vm.reserve_jit_registers(extent);
    vm.jit.stats.trace_calls += 1;
    // The calling trace stored its state in its frames before the call (a
    // safepoint): the callee may collect as it would on its own. Its caller's
    // values in machine code are in memory too, and the callee's registers were
    // cleared above.
    let word = call_code(vm, enter, address, target, callee_base);
    let (left, exit) = super::backend::split_exit(word);
    let kind = vm
        .jit
        .traces
        .get(left as usize)
        .and_then(|t| t.trace.snaps.get(exit as usize))
        .map(|s| s.kind);
    match kind {
        Some(ExitKind::Return(src)) => {
            DirectCall::Returned(vm.stack.get(callee_base + src as usize))
        }
        _ => DirectCall::Left(word),
    }
}

/// After function trace `target`, called directly (`call_trace_direct`), left
/// through the exit `word`: gives the callee a real frame at `callee_base`,
/// rebuilds the exit's frames above it and lets the interpreter (and any trace
/// it enters) finish the call.
pub fn finish_direct_call(
    vm: &mut Vm,
    target: u32,
    callee_base: usize,
    word: u64,
) -> Result<Value, PyErr> {
    let root = vm.jit.traces[target as usize].frames[0].clone();
    let fi = vm.frames.len();
    vm.frames.push(Frame {
        code: root.code,
        code_val: root.code_val,
        func: root.func,
        module: root.module,
        base: callee_base,
        pc: 0,
        // The result goes back to native code, not to a register.
        ret_slot: usize::MAX,
        returns_to_native: true,
        init_self: Value::EMPTY,
        generator: Value::EMPTY,
    });
    let r = match follow_exit(vm, fi, word) {
        Resume::Continue | Resume::NotEntered => vm.run(fi),
        Resume::Raise(e) => match vm.unwind(e, false, fi) {
            Ok(()) => vm.run(fi),
            Err(e) => Err(e),
        },
    };
    vm.frames.truncate(fi);
    r
}

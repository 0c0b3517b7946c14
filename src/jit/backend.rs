//! The Cranelift backend: turns a trace into machine code.
//!
//! The generated function is `f(ctx, base) -> (trace index << 32) | exit number`,
//! in Cranelift's `tail` calling convention (Rust enters it through a trampoline,
//! [`EnterFn`]). It counts its entry, then starts at the loop header, which checks
//! the collector's flag (exit 0), then runs the body in IR order. Every guard
//! branches to its snapshot's cold exit block, which writes the snapshot's dirty
//! slots back (boxed) and counts the exit; an exit that resumes in the root frame
//! then consults its link cell: a linked exit tail-calls the next trace (a side
//! trace, or the trace of the loop it reached), all others return. A looping trace
//! jumps back to the header after its last instruction; memory is canonical there,
//! so the header takes no block parameters.

use std::cell::Cell;
use std::time::Instant;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I64, I8};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, SigRef, Signature, SourceLoc, Type, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Module};

use crate::jit::exit_plan::ExitPlan;
use crate::jit::ir::{Cmp, Helper, Ins, Op, Ref, Trace, Ty, MISS_BITS};
use crate::jit::layout::{CellLayout, InstanceLayout, ListLayout};
use crate::runtime::value::{
    CANONICAL_NAN, FIRST_TAGGED, PAYLOAD_MASK, TAG_BOOL, TAG_INT, TAG_OBJ, TAG_SHIFT,
};

/// First field of the runtime's JIT context; the only part generated code reads.
#[repr(C)]
pub struct CtxHeader {
    pub gc_flag: *const bool,
    /// The index of the trace running now (each trace stores it on entry), so
    /// helpers find its frame descriptions after linked exits.
    pub running: u64,
    /// The VM's class epoch (`GuardEpoch` compares it).
    pub class_epoch: *const u32,
}

/// Byte offset of `CtxHeader::class_epoch`.
const CTX_CLASS_EPOCH: i32 = std::mem::offset_of!(CtxHeader, class_epoch) as i32;

/// The trampoline that runs compiled trace code at `entry` (a [`Compiled::address`]):
/// `base` points at the trace's root frame slot 0; the result is
/// `(index << 32) | exit`, the index of the trace that finally left (linked exits
/// continue into other traces) and the number of the snapshot it left through.
// SAFETY (contract for callers): `ctx` is a live context whose `gc_flag` points at a
// readable bool, `base` addresses at least the slot extent of every trace reachable
// through links from `entry` of writable words, and the `Backend` that compiled the
// code is still alive.
pub type EnterFn = unsafe extern "C" fn(ctx: *mut CtxHeader, base: *mut u64, entry: usize) -> u64;

/// The result of [`EnterFn`], split: which trace left, through which exit.
pub fn split_exit(word: u64) -> (u32, u32) {
    ((word >> 32) as u32, word as u32)
}

/// Counters and link cells that a trace's machine code reads and writes. The boxes
/// never move, so their addresses are constants in the code.
pub struct TraceTables {
    /// `counts[0]`: entries; `counts[1 + n]`: exits through snapshot `n`.
    counts: Box<[Cell<u64>]>,
    /// `links[n]`: entry address of the trace that exit `n` continues into, or 0.
    links: Box<[Cell<usize>]>,
}

impl TraceTables {
    fn new(snaps: usize) -> TraceTables {
        TraceTables {
            counts: (0..=snaps).map(|_| Cell::new(0)).collect(),
            links: (0..snaps).map(|_| Cell::new(0)).collect(),
        }
    }
    pub fn entries(&self) -> u64 {
        self.counts[0].get()
    }
    pub fn exit_count(&self, exit: u32) -> u64 {
        self.counts.get(1 + exit as usize).map_or(0, Cell::get)
    }
    /// Exit counts, indexed by snapshot.
    pub fn exit_counts(&self) -> impl Iterator<Item = u64> + '_ {
        self.counts[1..].iter().map(Cell::get)
    }
    pub fn link(&self, exit: u32) -> usize {
        self.links.get(exit as usize).map_or(0, Cell::get)
    }
    /// Makes exit `exit` continue into the trace whose code starts at `address`.
    /// The caller guarantees that trace may run wherever this exit leaves: the same
    /// root function, and its slot extent covered by the entry checks.
    pub fn set_link(&self, exit: u32, address: usize) {
        if let Some(c) = self.links.get(exit as usize) {
            c.set(address);
        }
    }
}

/// The machine signature every runtime helper has.
pub type HelperFn = extern "C" fn(ctx: *mut CtxHeader, a: u64, b: u64, c: u64) -> u64;

/// One compiled trace. `address` stays valid as long as the [`Backend`] that made it.
pub struct Compiled {
    /// The trampoline to run it with.
    pub enter: EnterFn,
    /// Entry address of the trace's code (`tail` calling convention).
    pub address: usize,
    pub tables: TraceTables,
    pub size: usize,
    pub bytes: Vec<u8>,
    /// Cranelift's VCode text, when asked for.
    pub vcode: Option<String>,
    /// `(code offset start, end, IR index)`, sorted by offset.
    pub ranges: Vec<(u32, u32, u32)>,
    pub compile_us: u64,
}

/// Owns the JIT module. Compiled code is freed when the backend is dropped, so no
/// [`TraceFn`] it returned may be called afterwards.
pub struct Backend {
    module: Option<JITModule>,
    /// A second module for large traces, whose register allocator
    /// (`single_pass`) compiles several times faster and makes slower code:
    /// a trace that large (many exits, each storing its snapshot) spends more
    /// time compiling than running. Made on first use.
    quick: Option<JITModule>,
    enter: Option<EnterFn>,
    /// Reused by every compilation, so that its buffers keep their capacity.
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
}

/// Traces whose instructions plus snapshot entries exceed this compile in the
/// `quick` module.
const QUICK_COMPILE_SIZE: usize = 4000;

impl Backend {
    pub fn new() -> Result<Backend, String> {
        let mut be = Backend {
            module: Some(Self::new_module("backtracking")?),
            quick: None,
            enter: None,
            ctx: cranelift_codegen::Context::new(),
            fctx: FunctionBuilderContext::new(),
        };
        be.enter = Some(be.compile_trampoline()?);
        Ok(be)
    }

    /// A JIT module for the host, with register allocator `regalloc`.
    fn new_module(regalloc: &str) -> Result<JITModule, String> {
        let mut flags = settings::builder();
        let set = |flags: &mut settings::Builder, k: &str, v: &str| {
            flags
                .set(k, v)
                .map_err(|e| format!("cranelift setting {k}={v}: {e}"))
        };
        set(&mut flags, "is_pic", "false")?;
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "regalloc_algorithm", regalloc)?;
        // Cranelift's x86-64 tail calls (linked exits) need frame pointers.
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(
            &mut flags,
            "enable_verifier",
            if cfg!(debug_assertions) {
                "true"
            } else {
                "false"
            },
        )?;
        let isa_builder = cranelift_native::builder().map_err(|e| format!("host ISA: {e}"))?;
        let isa = isa_builder
            .finish(settings::Flags::new(flags))
            .map_err(|e| format!("host ISA: {e}"))?;
        if isa.pointer_type() != I64 {
            return Err("the JIT needs a 64-bit target".into());
        }
        let builder = JITBuilder::with_isa(isa, default_libcall_names());
        Ok(JITModule::new(builder))
    }

    /// The signature of trace code: `(ctx, base) -> exit word`, tail calls allowed.
    fn trace_signature(module: &JITModule) -> Signature {
        let mut sig = module.make_signature();
        sig.call_conv = CallConv::Tail;
        sig.params.push(AbiParam::new(I64));
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(I64));
        sig
    }

    /// Compiles [`EnterFn`]: a platform-convention function that calls trace code.
    fn compile_trampoline(&mut self) -> Result<EnterFn, String> {
        let module = self.module();
        let target = module.target_config();
        let trace_sig = Self::trace_signature(module);
        let mut sig = module.make_signature();
        for _ in 0..3 {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns.push(AbiParam::new(I64));
        let mut ctx = module.make_context();
        ctx.func.signature = sig.clone();
        let mut fctx = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let p = b.block_params(blk).to_vec();
            let sref = b.import_signature(trace_sig);
            let call = b.ins().call_indirect(sref, p[2], &[p[0], p[1]]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(target);
        }
        let id = module
            .declare_anonymous_function(&sig)
            .map_err(|e| format!("declare trampoline: {e}"))?;
        module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("trampoline: {e:?}"))?;
        module.clear_context(&mut ctx);
        module
            .finalize_definitions()
            .map_err(|e| format!("finalize: {e}"))?;
        let ptr = module.get_finalized_function(id);
        // SAFETY: `ptr` is the finalized code of a function defined with exactly
        // `EnterFn`'s signature (three pointer-sized integer params, an i64 return,
        // the platform's default C calling convention).
        Ok(unsafe { std::mem::transmute::<*const u8, EnterFn>(ptr) })
    }

    fn module(&mut self) -> &mut JITModule {
        // The module is only taken out in `drop`.
        self.module.as_mut().expect("backend module present")
    }

    /// Compiles `trace`, which will be trace number `index` (reported in its exit
    /// words). `helper_addr` gives each runtime helper's address (a [`HelperFn`]).
    pub fn compile(
        &mut self,
        trace: &Trace,
        index: u32,
        helper_addr: &dyn Fn(Helper) -> usize,
        want_disasm: bool,
    ) -> Result<Compiled, String> {
        let start = Instant::now();
        check_trace(trace)?;
        let enter = self.enter.ok_or("no trampoline")?;
        let tables = TraceTables::new(trace.snaps.len());
        let size = trace.ins.len() + trace.snaps.iter().map(|s| s.slots.len()).sum::<usize>();
        if size > QUICK_COMPILE_SIZE && self.quick.is_none() {
            self.quick = Some(Self::new_module("single_pass")?);
        }
        // The module is only taken out in `drop`.
        let module = if size > QUICK_COMPILE_SIZE {
            self.quick.as_mut()
        } else {
            self.module.as_mut()
        }
        .expect("backend module present");

        let sig = Self::trace_signature(module);
        let mut helper_sig = module.make_signature();
        for _ in 0..4 {
            helper_sig.params.push(AbiParam::new(I64));
        }
        helper_sig.returns.push(AbiParam::new(I64));

        let ctx = &mut self.ctx;
        ctx.clear();
        ctx.func.signature = sig.clone();
        ctx.set_disasm(want_disasm);
        {
            let b = FunctionBuilder::new(&mut ctx.func, &mut self.fctx);
            let em = Emitter::new(b, trace, helper_sig, helper_addr, index, &tables);
            match em.emit() {
                Ok(b) => b.finalize(module.target_config()),
                Err(e) => {
                    // An unfinished builder leaves its context mid-function.
                    self.fctx = FunctionBuilderContext::new();
                    return Err(e);
                }
            }
        }

        let id = module
            .declare_anonymous_function(&sig)
            .map_err(|e| format!("declare: {e}"))?;
        module.define_function(id, ctx).map_err(|e| match e {
            cranelift_module::ModuleError::Compilation(ce) => {
                format!("compile: {ce:?}")
            }
            e => format!("define: {e}"),
        })?;
        let code = ctx
            .compiled_code()
            .ok_or_else(|| "no compiled code".to_string())?;
        let size = code.code_info().total_size as usize;
        let bytes = code.code_buffer().to_vec();
        let vcode = if want_disasm {
            code.vcode.clone()
        } else {
            None
        };
        let ranges = code
            .buffer
            .get_srclocs_sorted()
            .iter()
            .filter(|s| !s.loc.is_default())
            .map(|s| (s.start, s.end, s.loc.bits()))
            .collect();
        module.clear_context(ctx);
        module
            .finalize_definitions()
            .map_err(|e| format!("finalize: {e}"))?;
        let ptr = module.get_finalized_function(id);
        Ok(Compiled {
            enter,
            address: ptr as usize,
            tables,
            size,
            bytes,
            vcode,
            ranges,
            compile_us: start.elapsed().as_micros() as u64,
        })
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        for m in [self.module.take(), self.quick.take()]
            .into_iter()
            .flatten()
        {
            // SAFETY: the backend owns every trace it compiled; its contract (see
            // `Backend`) is that no `TraceFn` is running or called after it drops.
            unsafe { m.free_memory() };
        }
    }
}

/// Structural checks that do not need the builder.
fn check_trace(trace: &Trace) -> Result<(), String> {
    let Some(s0) = trace.snaps.first() else {
        return Err("trace has no snapshots (snapshot 0 is the collector exit)".into());
    };
    if !s0.slots.is_empty() {
        return Err("snapshot 0 (collector exit) must not have slots".into());
    }
    if trace.snaps.len() > u32::MAX as usize || trace.ins.len() >= u32::MAX as usize {
        return Err("trace too large".into());
    }
    for (n, s) in trace.snaps.iter().enumerate() {
        for &(slot, r) in &s.slots {
            slot_offset(slot)?;
            if r.idx() >= trace.ins.len() {
                return Err(format!("snapshot {n} refers to undefined {r}"));
            }
        }
    }
    Ok(())
}

fn slot_offset(slot: u32) -> Result<i32, String> {
    if slot >= (1 << 28) {
        return Err(format!("slot {slot} out of range"));
    }
    Ok(slot as i32 * 8)
}

fn mach_ty(ty: Ty) -> Option<Type> {
    match ty {
        Ty::Int | Ty::Val => Some(I64),
        Ty::Float => Some(F64),
        Ty::Bool => Some(I8),
        Ty::Void => None,
    }
}

fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

struct Emitter<'a, 'f> {
    b: FunctionBuilder<'f>,
    trace: &'a Trace,
    helper_addr: &'a dyn Fn(Helper) -> usize,
    helper_sig: Signature,
    helper_sig_ref: Option<SigRef>,
    trace_sig_ref: Option<SigRef>,
    /// The machine value of each IR instruction (None for Void).
    vals: Vec<Option<Value>>,
    /// Each snapshot's exit block, created on first use, with the IR index its
    /// code is attributed to.
    exits: Vec<Option<(Block, u32)>>,
    base: Value,
    ctx: Value,
    /// Index of the instruction being emitted.
    cur: usize,
    /// This trace's index, reported in the high half of its exit words.
    index: u32,
    /// Addresses of the trace's counters and link cells ([`TraceTables`]).
    counts_addr: usize,
    links_addr: usize,
    /// Where list objects keep their items, when known (inline list access).
    list_layout: Option<ListLayout>,
    instance_layout: Option<InstanceLayout>,
    /// Which exits share exit code.
    plan: ExitPlan,
}

type R<T> = Result<T, String>;

impl<'a, 'f> Emitter<'a, 'f> {
    fn new(
        b: FunctionBuilder<'f>,
        trace: &'a Trace,
        helper_sig: Signature,
        helper_addr: &'a dyn Fn(Helper) -> usize,
        index: u32,
        tables: &TraceTables,
    ) -> Self {
        Emitter {
            index,
            counts_addr: tables.counts.as_ptr() as usize,
            links_addr: tables.links.as_ptr() as usize,
            list_layout: crate::jit::layout::list_layout(),
            instance_layout: crate::jit::layout::instance_layout(),
            plan: ExitPlan::new(trace),
            b,
            trace,
            helper_addr,
            helper_sig,
            helper_sig_ref: None,
            trace_sig_ref: None,
            vals: vec![None; trace.ins.len()],
            exits: vec![None; trace.snaps.len()],
            base: Value::from_u32(0),
            ctx: Value::from_u32(0),
            cur: 0,
        }
    }

    fn iconst(&mut self, ty: Type, v: i64) -> Value {
        self.b.ins().iconst(ty, v)
    }

    /// Adds one to counter `i` of the trace's tables.
    fn bump_counter(&mut self, i: usize) {
        let addr = self.iconst(I64, (self.counts_addr + 8 * i) as i64);
        let c = self.b.ins().load(I64, trusted(), addr, 0);
        let c1 = self.b.ins().iadd_imm_s(c, 1);
        self.b.ins().store(trusted(), c1, addr, 0);
    }

    /// The signature of trace code, for tail calls into linked traces.
    fn trace_sig_ref(&mut self) -> SigRef {
        if let Some(s) = self.trace_sig_ref {
            return s;
        }
        let mut sig = self.helper_sig.clone();
        sig.call_conv = CallConv::Tail;
        sig.params.truncate(2);
        let s = self.b.import_signature(sig);
        self.trace_sig_ref = Some(s);
        s
    }

    /// The machine value of `r`, checking it is defined before the current
    /// instruction and has one of the types `want`.
    fn arg(&self, r: Ref, want: &[Ty]) -> R<(Value, Ty)> {
        if r.idx() >= self.cur {
            return Err(format!("{:04}: uses {r}, not defined before it", self.cur));
        }
        let ty = self.trace.ty(r);
        if !want.contains(&ty) {
            return Err(format!(
                "{:04}: operand {r} has type {ty:?}, expected one of {want:?}",
                self.cur
            ));
        }
        let v = self.vals[r.idx()].ok_or_else(|| format!("{:04}: {r} has no value", self.cur))?;
        Ok((v, ty))
    }

    fn arg1(&self, r: Ref, want: Ty) -> R<Value> {
        Ok(self.arg(r, &[want])?.0)
    }

    /// Sign-extends the low 48 bits of `x`.
    fn sext48(&mut self, x: Value) -> Value {
        let sh = self.iconst(I64, 64 - TAG_SHIFT as i64);
        let up = self.b.ins().ishl(x, sh);
        self.b.ins().sshr(up, sh)
    }

    /// An i8 that is 1 when `x` is outside the small-int range.
    fn not_small(&mut self, x: Value) -> Value {
        let s = self.sext48(x);
        self.b.ins().icmp(IntCC::NotEqual, s, x)
    }

    /// `v` (of IR type `ty`) as a boxed value word.
    fn boxed(&mut self, v: Value, ty: Ty) -> R<Value> {
        Ok(match ty {
            Ty::Val => v,
            Ty::Int => {
                let mask = self.iconst(I64, PAYLOAD_MASK as i64);
                let p = self.b.ins().band(v, mask);
                let tag = self.iconst(I64, (TAG_INT << TAG_SHIFT) as i64);
                self.b.ins().bor(p, tag)
            }
            Ty::Float => {
                let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), v);
                let first = self.iconst(I64, FIRST_TAGGED as i64);
                let tagged = self
                    .b
                    .ins()
                    .icmp(IntCC::UnsignedGreaterThanOrEqual, bits, first);
                let nan = self.iconst(I64, CANONICAL_NAN as i64);
                self.b.ins().select(tagged, nan, bits)
            }
            Ty::Bool => {
                let w = self.b.ins().uextend(I64, v);
                let tag = self.iconst(I64, (TAG_BOOL << TAG_SHIFT) as i64);
                self.b.ins().bor(w, tag)
            }
            Ty::Void => return Err(format!("{:04}: cannot box a void value", self.cur)),
        })
    }

    /// `v` as raw 64 bits for a helper argument.
    fn raw(&mut self, v: Value, ty: Ty) -> R<Value> {
        Ok(match ty {
            Ty::Int | Ty::Val => v,
            Ty::Bool => self.b.ins().uextend(I64, v),
            Ty::Float => self.b.ins().bitcast(I64, MemFlagsData::new(), v),
            Ty::Void => return Err(format!("{:04}: void helper argument", self.cur)),
        })
    }

    /// The exit block of snapshot `n`, checking every ref it writes back is
    /// defined before the current instruction.
    fn exit_block(&mut self, n: u32, origin: u32) -> R<Block> {
        let snap = self
            .trace
            .snaps
            .get(n as usize)
            .ok_or_else(|| format!("{:04}: no snapshot {n}", self.cur))?;
        for &(slot, r) in &snap.slots {
            if r.idx() >= self.cur || self.vals[r.idx()].is_none() {
                return Err(format!(
                    "{:04}: snapshot {n} writes r{slot} from {r}, not available here",
                    self.cur
                ));
            }
        }
        if let Some((blk, _)) = self.exits[n as usize] {
            return Ok(blk);
        }
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.exits[n as usize] = Some((blk, origin));
        Ok(blk)
    }

    /// Writes IR value `r` (boxed) to frame slot `slot`.
    fn store_slot(&mut self, slot: u32, r: Ref) -> R<()> {
        let v = self.vals[r.idx()].ok_or_else(|| format!("exit: {r} has no value"))?;
        let w = self.boxed(v, self.trace.ty(r))?;
        let off = slot_offset(slot)?;
        self.b.ins().store(trusted(), w, self.base, off);
        Ok(())
    }

    fn snap_of(&self) -> R<u32> {
        self.trace.ins[self.cur]
            .snap
            .ok_or_else(|| format!("{:04}: guard without a snapshot", self.cur))
    }

    /// Leaves through the current instruction's snapshot when `bad` is nonzero.
    fn exit_if(&mut self, bad: Value) -> R<()> {
        let n = self.snap_of()?;
        let exit = self.exit_block(n, self.cur as u32)?;
        let cont = self.b.create_block();
        self.b.ins().brif(bad, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// Leaves through the current instruction's snapshot when `ok` is zero.
    fn exit_unless(&mut self, ok: Value) -> R<()> {
        let n = self.snap_of()?;
        let exit = self.exit_block(n, self.cur as u32)?;
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], exit, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    fn tag_is(&mut self, v: Value, tag: u64) -> Value {
        let sh = self.iconst(I64, TAG_SHIFT as i64);
        let t = self.b.ins().ushr(v, sh);
        let want = self.iconst(I64, tag as i64);
        self.b.ins().icmp(IntCC::Equal, t, want)
    }

    /// Python floor division and modulo of `a` by a nonzero `b`: `(q, r)`.
    fn floor_divmod(&mut self, a: Value, b: Value) -> (Value, Value) {
        // sdiv traps on MIN / -1: divide by 1 instead and negate.
        let m1 = self.iconst(I64, -1);
        let is_m1 = self.b.ins().icmp(IntCC::Equal, b, m1);
        let one = self.iconst(I64, 1);
        let d = self.b.ins().select(is_m1, one, b);
        let q0 = self.b.ins().sdiv(a, d);
        let r0 = self.b.ins().srem(a, d);
        let neg = self.b.ins().ineg(a);
        let zero = self.iconst(I64, 0);
        let qt = self.b.ins().select(is_m1, neg, q0);
        let rt = self.b.ins().select(is_m1, zero, r0);
        // Truncation rounds toward zero; floor when the remainder is nonzero and
        // its sign differs from the divisor's.
        let nz = self.b.ins().icmp(IntCC::NotEqual, rt, zero);
        let x = self.b.ins().bxor(rt, b);
        let diff = self.b.ins().icmp(IntCC::SignedLessThan, x, zero);
        let adj = self.b.ins().band(nz, diff);
        let adj64 = self.b.ins().uextend(I64, adj);
        let q = self.b.ins().isub(qt, adj64);
        let radd = self.b.ins().select(adj, b, zero);
        let r = self.b.ins().iadd(rt, radd);
        (q, r)
    }

    /// Python floor division and modulo of `a` by a constant `k` (not 0 or -1).
    fn floor_divmod_const(&mut self, a: Value, k: i64) -> (Value, Value) {
        let kv = self.iconst(I64, k);
        let q0 = self.b.ins().sdiv(a, kv);
        let r0 = self.b.ins().srem(a, kv);
        let zero = self.iconst(I64, 0);
        let nz = self.b.ins().icmp(IntCC::NotEqual, r0, zero);
        // The remainder's sign differs from the divisor's.
        let cc = if k > 0 {
            IntCC::SignedLessThan
        } else {
            IntCC::SignedGreaterThan
        };
        let wrong_sign = self.b.ins().icmp(cc, r0, zero);
        let adj = self.b.ins().band(nz, wrong_sign);
        let adj64 = self.b.ins().uextend(I64, adj);
        let q = self.b.ins().isub(q0, adj64);
        let radd = self.b.ins().select(adj, kv, zero);
        let r = self.b.ins().iadd(r0, radd);
        (q, r)
    }

    fn expect_ty(&self, want: Ty) -> R<()> {
        let ty = self.trace.ins[self.cur].ty;
        if ty != want {
            return Err(format!(
                "{:04}: {} has type {ty:?}, expected {want:?}",
                self.cur,
                self.trace.ins[self.cur].op.name()
            ));
        }
        Ok(())
    }

    fn emit(mut self) -> R<FunctionBuilder<'f>> {
        let trace = self.trace;
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.ctx = self.b.block_params(entry)[0];
        self.base = self.b.block_params(entry)[1];
        self.bump_counter(0);
        let idx = self.iconst(I64, self.index as i64);
        self.b.ins().store(trusted(), idx, self.ctx, 8);
        let top = self.b.create_block();
        self.b.ins().jump(top, &[]);
        self.b.switch_to_block(top);
        // The loop body's block, with one parameter per Phi (peeled traces).
        let mut body: Option<(Block, Vec<usize>)> = None;

        // The MISS guard after an inlined list access, already emitted with it.
        let mut done_guard = None;
        for i in 0..trace.ins.len() {
            self.cur = i;
            self.b.set_srcloc(SourceLoc::new(i as u32));
            let ins = &trace.ins[i];
            if trace.loop_start == Some(i as u32) {
                body = Some(self.start_body(i)?);
            }
            if done_guard == Some(i) {
                continue;
            }
            if let Some(v) = self.inline_list_access(i)? {
                self.vals[i] = Some(v);
                done_guard = Some(i + 1);
                continue;
            }
            if let Op::Phi(..) = ins.op {
                if self.vals[i].is_none() {
                    return Err(format!("{i:04}: phi outside the loop body's start"));
                }
                continue;
            }
            if ins.op.is_guard() && ins.snap.is_none() {
                return Err(format!("{i:04}: guard without a snapshot"));
            }
            self.vals[i] = self.emit_ins(&ins.op)?;
            if let Some(v) = self.vals[i] {
                let want = mach_ty(ins.ty);
                if want != Some(self.b.func.dfg.value_type(v)) {
                    return Err(format!("{i:04}: result type mismatch"));
                }
            }
        }
        self.cur = trace.ins.len();

        if trace.loops {
            match body {
                Some((blk, phis)) => {
                    let mut carried = vec![];
                    for p in phis {
                        let Op::Phi(_, c) = trace.ins[p].op else {
                            unreachable!("phis are Phi instructions")
                        };
                        let v = self.vals[c.idx()]
                            .ok_or_else(|| format!("{p:04}: carried {c} has no value"))?;
                        if trace.ty(c) != trace.ty(Ref(p as u32)) {
                            return Err(format!("{p:04}: carried {c} changes type"));
                        }
                        carried.push(BlockArg::Value(v));
                    }
                    self.b.ins().jump(blk, &carried);
                }
                None => {
                    self.b.ins().jump(top, &[]);
                }
            }
        } else {
            let last = (trace.snaps.len() - 1) as u32;
            let origin = trace.ins.len().saturating_sub(1) as u32;
            let exit = self.exit_block(last, origin)?;
            self.b.ins().jump(exit, &[]);
        }

        // Each snapshot's block writes its own slots and jumps to its group's
        // shared block, which writes the rest, counts the exit and leaves.
        let mut groups: Vec<Option<(Block, u32)>> = vec![None; self.plan.groups.len()];
        for n in 0..self.exits.len() {
            let Some((blk, origin)) = self.exits[n] else {
                continue;
            };
            self.b.switch_to_block(blk);
            self.b.set_srcloc(if n == 0 {
                SourceLoc::default()
            } else {
                SourceLoc::new(origin)
            });
            for (slot, r) in std::mem::take(&mut self.plan.own[n]) {
                self.store_slot(slot, r)?;
            }
            let g = self.plan.group_of[n].ok_or_else(|| format!("exit {n}: in no group"))?;
            let shared = match groups[g as usize] {
                Some((shared, _)) => shared,
                None => {
                    let shared = self.b.create_block();
                    self.b.set_cold_block(shared);
                    self.b.append_block_param(shared, I64);
                    groups[g as usize] = Some((shared, origin));
                    shared
                }
            };
            let exit = self.iconst(I64, n as i64);
            self.b.ins().jump(shared, &[BlockArg::Value(exit)]);
        }
        for (g, group) in groups.into_iter().enumerate() {
            let Some((blk, origin)) = group else {
                continue;
            };
            self.b.switch_to_block(blk);
            self.b.set_srcloc(SourceLoc::new(origin));
            let exit = self.b.block_params(blk)[0];
            let common = std::mem::take(&mut self.plan.groups[g].common);
            for (slot, r) in common {
                self.store_slot(slot, r)?;
            }
            // counts[1 + exit] += 1
            let off = self.b.ins().ishl_imm_u(exit, 3);
            let at = self.b.ins().iadd_imm_s(off, (self.counts_addr + 8) as i64);
            let c = self.b.ins().load(I64, trusted(), at, 0);
            let c1 = self.b.ins().iadd_imm_s(c, 1);
            self.b.ins().store(trusted(), c1, at, 0);
            let word = self
                .b
                .ins()
                .bor_imm_u(exit, ((self.index as u64) << 32) as i64);
            if self.plan.groups[g].resumes {
                // A `Resume` exit may continue into another trace of the same root
                // frame (slots pass through memory; that trace's own exits
                // rebuild any inlined frames).
                let cell = self.b.ins().iadd_imm_s(off, self.links_addr as i64);
                let next = self.b.ins().load(I64, trusted(), cell, 0);
                let linked = self.b.create_block();
                self.b.set_cold_block(linked);
                let ret = self.b.create_block();
                self.b.set_cold_block(ret);
                self.b.ins().brif(next, linked, &[], ret, &[]);
                self.b.switch_to_block(linked);
                let sig = self.trace_sig_ref();
                self.b
                    .ins()
                    .return_call_indirect(sig, next, &[self.ctx, self.base]);
                self.b.switch_to_block(ret);
            }
            self.b.ins().return_(&[word]);
        }
        self.b.seal_all_blocks();
        Ok(self.b)
    }

    /// Starts the loop body at instruction `start`: a block with one parameter per
    /// leading `Phi`, entered from the preamble with the Phis' initial values.
    fn start_body(&mut self, start: usize) -> R<(Block, Vec<usize>)> {
        let trace = self.trace;
        let blk = self.b.create_block();
        let mut phis = vec![];
        let mut inits = vec![];
        let mut i = start;
        while let Some(Ins {
            op: Op::Phi(init, _),
            ty,
            ..
        }) = trace.ins.get(i)
        {
            let mt = mach_ty(*ty).ok_or_else(|| format!("{i:04}: void phi"))?;
            if trace.ty(*init) != *ty {
                return Err(format!("{i:04}: phi init {init} has another type"));
            }
            self.cur = i;
            let (v, _) = self.arg(*init, &[*ty])?;
            inits.push(BlockArg::Value(v));
            let p = self.b.append_block_param(blk, mt);
            self.vals[i] = Some(p);
            phis.push(i);
            i += 1;
        }
        self.cur = start;
        self.b.ins().jump(blk, &inits);
        self.b.switch_to_block(blk);
        Ok((blk, phis))
    }

    /// `call list_get`/`call list_set` followed by its MISS guard, as machine code:
    /// the checks the helper makes (a list, the index in range after adding the
    /// length to a negative one) branch to the guard's exit. `None` when the
    /// pattern or the probed list layout is not there (the helper is called).
    fn instance_layout(&self) -> R<InstanceLayout> {
        self.instance_layout
            .ok_or_else(|| format!("{:04}: instance layout unknown", self.cur))
    }

    /// Leaves unless the Val `r` is an object whose `ObjData` discriminant (at
    /// `tag_offset`) is `tag`.
    fn guard_kind(&mut self, r: Ref, tag_offset: i32, tag: u8) -> R<()> {
        self.expect_ty(Ty::Void)?;
        let v = self.arg1(r, Ty::Val)?;
        let is_obj = self.tag_is(v, TAG_OBJ);
        self.exit_unless(is_obj)?;
        let p = self.obj_ptr(v);
        let found = self.b.ins().uload8(I64, trusted(), p, tag_offset);
        let same = self.b.ins().icmp_imm_u(IntCC::Equal, found, tag as i64);
        self.exit_unless(same)
    }

    fn cell_layout(&self) -> R<CellLayout> {
        crate::jit::layout::cell_layout()
            .ok_or_else(|| format!("{:04}: cell layout unknown", self.cur))
    }

    fn list_layout(&self) -> R<ListLayout> {
        self.list_layout
            .ok_or_else(|| format!("{:04}: list layout unknown", self.cur))
    }

    /// The address of item `k` in the item buffer at `items`.
    fn item_addr(&mut self, items: Ref, k: Ref) -> R<Value> {
        let items = self.arg1(items, Ty::Int)?;
        let k = self.arg1(k, Ty::Int)?;
        let off = self.b.ins().ishl_imm_u(k, 3);
        Ok(self.b.ins().iadd(items, off))
    }

    /// The address of an object's payload from its value word.
    fn obj_ptr(&mut self, v: Value) -> Value {
        let mask = self.iconst(I64, PAYLOAD_MASK as i64);
        self.b.ins().band(v, mask)
    }

    /// The address of attribute slot `n` of the instance in `r` (which a shape
    /// guard proved has that slot).
    fn attr_slot_addr(&mut self, r: Ref, n: u32) -> R<Value> {
        let l = self.instance_layout()?;
        let v = self.arg1(r, Ty::Val)?;
        let p = self.obj_ptr(v);
        let slots = self.b.ins().load(I64, trusted(), p, l.slots_ptr_offset);
        let off =
            i32::try_from(n as usize * 8).map_err(|_| format!("{:04}: slot {n}", self.cur))?;
        Ok(self.b.ins().iadd_imm_s(slots, off as i64))
    }

    fn inline_list_access(&mut self, i: usize) -> R<Option<Value>> {
        let trace = self.trace;
        let Some(layout) = self.list_layout else {
            return Ok(None);
        };
        let (Op::Call(h @ (Helper::ListGet | Helper::ListSet), args), Some(next)) =
            (&trace.ins[i].op, trace.ins.get(i + 1))
        else {
            return Ok(None);
        };
        let is_miss_guard = next.op == Op::GuardIsNot(Ref(i as u32), MISS_BITS);
        let want = [Ty::Val, Ty::Int, Ty::Val];
        let typed = args.len() == if *h == Helper::ListSet { 3 } else { 2 }
            && args.iter().zip(want).all(|(a, w)| trace.ty(*a) == w);
        if !is_miss_guard || !typed || next.snap.is_none() || trace.loop_start == Some(i as u32 + 1)
        {
            return Ok(None);
        }
        self.expect_ty(Ty::Val)?;
        let list = self.arg1(args[0], Ty::Val)?;
        let index = self.arg1(args[1], Ty::Int)?;
        let value = match h {
            Helper::ListSet => Some(self.arg1(args[2], Ty::Val)?),
            _ => None,
        };
        // Leave through the guard's snapshot.
        self.cur = i + 1;
        let is_obj = self.tag_is(list, TAG_OBJ);
        self.exit_unless(is_obj)?;
        let mask = self.iconst(I64, PAYLOAD_MASK as i64);
        let p = self.b.ins().band(list, mask);
        let tag = self.b.ins().uload8(I64, trusted(), p, layout.tag_offset);
        let is_list = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, tag, layout.list_tag as i64);
        self.exit_unless(is_list)?;
        let len = self.b.ins().load(I64, trusted(), p, layout.len_offset);
        let zero = self.iconst(I64, 0);
        let negative = self.b.ins().icmp(IntCC::SignedLessThan, index, zero);
        let from_end = self.b.ins().iadd(index, len);
        let k = self.b.ins().select(negative, from_end, index);
        let in_range = self.b.ins().icmp(IntCC::UnsignedLessThan, k, len);
        self.exit_unless(in_range)?;
        let items = self
            .b
            .ins()
            .load(I64, trusted(), p, layout.items_ptr_offset);
        let off = self.b.ins().ishl_imm_u(k, 3);
        let at = self.b.ins().iadd(items, off);
        let r = match value {
            Some(v) => {
                self.b.ins().store(trusted(), v, at, 0);
                self.iconst(I64, 0)
            }
            None => self.b.ins().load(I64, trusted(), at, 0),
        };
        self.cur = i;
        Ok(Some(r))
    }

    fn emit_ins(&mut self, op: &Op) -> R<Option<Value>> {
        use Ty::*;
        let v = match op {
            // Int constants may also be raw words for helpers (cache addresses).
            Op::Int(x) => {
                self.expect_ty(Int)?;
                self.iconst(I64, *x)
            }
            Op::Clobber(_) => return Ok(None),
            Op::LoadField(p, off) | Op::LoadMut(p, off) => {
                self.expect_ty(Int)?;
                let p = self.arg1(*p, Int)?;
                self.b.ins().load(I64, trusted(), p, *off)
            }
            Op::StoreMut(p, off, v) => {
                let p = self.arg1(*p, Int)?;
                let v = self.arg1(*v, Int)?;
                self.b.ins().store(trusted(), v, p, *off);
                return Ok(None);
            }
            Op::GuardCell(r) => {
                let l = self.cell_layout()?;
                self.guard_kind(*r, l.tag_offset, l.cell_tag)?;
                return Ok(None);
            }
            Op::CellLoad(r) => {
                self.expect_ty(Val)?;
                let l = self.cell_layout()?;
                let v = self.arg1(*r, Val)?;
                let p = self.obj_ptr(v);
                self.b.ins().load(I64, trusted(), p, l.value_offset)
            }
            Op::CellStore(r, x) => {
                self.expect_ty(Void)?;
                let l = self.cell_layout()?;
                let v = self.arg1(*r, Val)?;
                let x = self.arg1(*x, Val)?;
                let p = self.obj_ptr(v);
                self.b.ins().store(trusted(), x, p, l.value_offset);
                return Ok(None);
            }
            Op::GuardList(r) => {
                let l = self.list_layout()?;
                self.guard_kind(*r, l.tag_offset, l.list_tag)?;
                return Ok(None);
            }
            Op::ListLen(r) | Op::ListItems(r) => {
                self.expect_ty(Int)?;
                let l = self.list_layout()?;
                let v = self.arg1(*r, Val)?;
                let p = self.obj_ptr(v);
                let off = match op {
                    Op::ListLen(_) => l.len_offset,
                    _ => l.items_ptr_offset,
                };
                self.b.ins().load(I64, trusted(), p, off)
            }
            Op::GuardIndex(k, len) => {
                self.expect_ty(Void)?;
                let k = self.arg1(*k, Int)?;
                let len = self.arg1(*len, Int)?;
                let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, k, len);
                self.exit_unless(ok)?;
                return Ok(None);
            }
            Op::ItemLoad(items, k) => {
                self.expect_ty(Val)?;
                let at = self.item_addr(*items, *k)?;
                self.b.ins().load(I64, trusted(), at, 0)
            }
            Op::ItemStore(items, k, v) => {
                self.expect_ty(Void)?;
                let at = self.item_addr(*items, *k)?;
                let v = self.arg1(*v, Val)?;
                self.b.ins().store(trusted(), v, at, 0);
                return Ok(None);
            }
            Op::GcCheck => {
                let gc_ptr = self.b.ins().load(I64, trusted(), self.ctx, 0);
                let flag = self.b.ins().load(I8, trusted(), gc_ptr, 0);
                self.exit_if(flag)?;
                return Ok(None);
            }
            Op::Phi(..) => return Err(format!("{:04}: misplaced phi", self.cur)),
            Op::Float(x) => {
                self.expect_ty(Float)?;
                self.b.ins().f64const(*x)
            }
            Op::Bool(x) => {
                self.expect_ty(Bool)?;
                self.iconst(I8, *x as i64)
            }
            Op::Val(x) => {
                self.expect_ty(Val)?;
                self.iconst(I64, *x as i64)
            }
            Op::LoadSlot(n) => {
                self.expect_ty(Val)?;
                let off = slot_offset(*n)?;
                self.b.ins().load(I64, trusted(), self.base, off)
            }
            Op::StoreSlot(n, r) => {
                self.expect_ty(Void)?;
                let off = slot_offset(*n)?;
                let (v, ty) = self.arg(*r, &[Int, Float, Bool, Val])?;
                let w = self.boxed(v, ty)?;
                self.b.ins().store(trusted(), w, self.base, off);
                return Ok(None);
            }
            Op::GuardInt(r) => {
                self.expect_ty(Int)?;
                let v = self.arg1(*r, Val)?;
                let ok = self.tag_is(v, TAG_INT);
                self.exit_unless(ok)?;
                self.sext48(v)
            }
            Op::GuardFloat(r) => {
                self.expect_ty(Float)?;
                let v = self.arg1(*r, Val)?;
                let first = self.iconst(I64, FIRST_TAGGED as i64);
                let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, v, first);
                self.exit_unless(ok)?;
                self.b.ins().bitcast(F64, MemFlagsData::new(), v)
            }
            Op::GuardBool(r) => {
                self.expect_ty(Bool)?;
                let v = self.arg1(*r, Val)?;
                let ok = self.tag_is(v, TAG_BOOL);
                self.exit_unless(ok)?;
                self.b.ins().ireduce(I8, v)
            }
            Op::GuardShape(r, class, shape) => {
                self.expect_ty(Void)?;
                let l = self.instance_layout()?;
                let v = self.arg1(*r, Val)?;
                let is_obj = self.tag_is(v, TAG_OBJ);
                self.exit_unless(is_obj)?;
                let p = self.obj_ptr(v);
                let tag = self.b.ins().uload8(I64, trusted(), p, l.tag_offset);
                let ok = self
                    .b
                    .ins()
                    .icmp_imm_u(IntCC::Equal, tag, l.instance_tag as i64);
                self.exit_unless(ok)?;
                let cls = self.b.ins().load(I64, trusted(), p, l.class_offset);
                let want = self.iconst(I64, *class as i64);
                let ok = self.b.ins().icmp(IntCC::Equal, cls, want);
                self.exit_unless(ok)?;
                let sp = self.b.ins().load(I64, trusted(), p, l.shape_offset);
                let id = self.b.ins().uload32(trusted(), sp, l.shape_id_offset);
                let ok = self.b.ins().icmp_imm_u(IntCC::Equal, id, *shape as i64);
                self.exit_unless(ok)?;
                return Ok(None);
            }
            Op::GuardEpoch(epoch) => {
                self.expect_ty(Void)?;
                let ep = self.b.ins().load(I64, trusted(), self.ctx, CTX_CLASS_EPOCH);
                let e = self.b.ins().uload32(trusted(), ep, 0);
                let ok = self.b.ins().icmp_imm_u(IntCC::Equal, e, *epoch as i64);
                self.exit_unless(ok)?;
                return Ok(None);
            }
            Op::GlobalLoad(r, n) => {
                self.expect_ty(Val)?;
                let ptr_offset = super::layout::vec_items_ptr_offset()
                    .ok_or_else(|| format!("{:04}: Vec layout unknown", self.cur))?;
                let values = self.arg1(*r, Int)?;
                let items = self.b.ins().load(I64, trusted(), values, ptr_offset);
                let off = i32::try_from(u64::from(*n) * 8)
                    .map_err(|_| format!("{:04}: global slot {n} too large", self.cur))?;
                self.b.ins().load(I64, trusted(), items, off)
            }
            Op::LoadAttr(r, n) => {
                self.expect_ty(Val)?;
                let at = self.attr_slot_addr(*r, *n)?;
                self.b.ins().load(I64, trusted(), at, 0)
            }
            Op::StoreAttr(r, n, val) => {
                self.expect_ty(Void)?;
                let v = self.arg1(*val, Val)?;
                let at = self.attr_slot_addr(*r, *n)?;
                self.b.ins().store(trusted(), v, at, 0);
                return Ok(None);
            }
            Op::GuardIs(r, bits) | Op::GuardIsNot(r, bits) => {
                self.expect_ty(Void)?;
                let v = self.arg(*r, &[Val, Int])?.0;
                let c = self.iconst(I64, *bits as i64);
                let eq = self.b.ins().icmp(IntCC::Equal, v, c);
                if matches!(op, Op::GuardIs(..)) {
                    self.exit_unless(eq)?;
                } else {
                    self.exit_if(eq)?;
                }
                return Ok(None);
            }
            Op::GuardTrue(r) | Op::GuardFalse(r) => {
                self.expect_ty(Void)?;
                let v = self.arg1(*r, Bool)?;
                if matches!(op, Op::GuardTrue(_)) {
                    self.exit_unless(v)?;
                } else {
                    self.exit_if(v)?;
                }
                return Ok(None);
            }
            Op::AddOv(a, b) | Op::SubOv(a, b) => {
                self.expect_ty(Int)?;
                let a = self.arg1(*a, Int)?;
                let b = self.arg1(*b, Int)?;
                // Both operands are 48-bit, so the 64-bit result is exact.
                let r = if matches!(op, Op::AddOv(..)) {
                    self.b.ins().iadd(a, b)
                } else {
                    self.b.ins().isub(a, b)
                };
                let bad = self.not_small(r);
                self.exit_if(bad)?;
                r
            }
            Op::MulOv(a, b) => {
                self.expect_ty(Int)?;
                let a = self.arg1(*a, Int)?;
                let b = self.arg1(*b, Int)?;
                let (r, of) = self.b.ins().smul_overflow(a, b);
                let big = self.not_small(r);
                let bad = self.b.ins().bor(of, big);
                self.exit_if(bad)?;
                r
            }
            Op::FloorDiv(a, b) | Op::Mod(a, b) => {
                self.expect_ty(Int)?;
                let divisor = match self.trace.ins[b.idx()].op {
                    Op::Int(k) if k != 0 && k != -1 => Some(k),
                    _ => None,
                };
                let a = self.arg1(*a, Int)?;
                if let Some(k) = divisor {
                    // A constant divisor: no guard, and Cranelift turns the
                    // division into a multiplication. |a // k| <= |a| stays small.
                    let (q, r) = self.floor_divmod_const(a, k);
                    return Ok(Some(if matches!(op, Op::FloorDiv(..)) { q } else { r }));
                }
                let b = self.arg1(*b, Int)?;
                let zero = self.iconst(I64, 0);
                let is_zero = self.b.ins().icmp(IntCC::Equal, b, zero);
                self.exit_if(is_zero)?;
                let (q, r) = self.floor_divmod(a, b);
                if matches!(op, Op::FloorDiv(..)) {
                    let bad = self.not_small(q);
                    self.exit_if(bad)?;
                    q
                } else {
                    r
                }
            }
            Op::Shr(a, b) => {
                self.expect_ty(Int)?;
                let x = self.arg1(*a, Int)?;
                let k = self.arg1(*b, Int)?;
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, k, 0);
                self.exit_if(negative)?;
                // Shifting by 63 or more gives the sign (0 or -1), as Python does.
                let max = self.iconst(I64, 63);
                let big = self.b.ins().icmp(IntCC::SignedGreaterThan, k, max);
                let k = self.b.ins().select(big, max, k);
                self.b.ins().sshr(x, k)
            }
            Op::ShlOv(a, b) => {
                self.expect_ty(Int)?;
                let x = self.arg1(*a, Int)?;
                let k = self.arg1(*b, Int)?;
                // Leave unless 0 <= k < 48 (an inline int shifted further
                // overflows unless it is 0, which the interpreter handles).
                let in_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, k, 48);
                self.exit_unless(in_range)?;
                let r = self.b.ins().ishl(x, k);
                let back = self.b.ins().sshr(r, k);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, x);
                self.exit_if(lost)?;
                let bad = self.not_small(r);
                self.exit_if(bad)?;
                r
            }
            Op::BitAnd(a, b) | Op::BitOr(a, b) | Op::BitXor(a, b) => {
                let (x, tx) = self.arg(*a, &[Int, Bool])?;
                let y = self.arg1(*b, tx)?;
                self.expect_ty(tx)?;
                match op {
                    Op::BitAnd(..) => self.b.ins().band(x, y),
                    Op::BitOr(..) => self.b.ins().bor(x, y),
                    _ => self.b.ins().bxor(x, y),
                }
            }
            Op::ICmp(c, a, b) => {
                self.expect_ty(Bool)?;
                let a = self.arg1(*a, Int)?;
                let b = self.arg1(*b, Int)?;
                let cc = match c {
                    Cmp::Lt => IntCC::SignedLessThan,
                    Cmp::Le => IntCC::SignedLessThanOrEqual,
                    Cmp::Eq => IntCC::Equal,
                    Cmp::Ne => IntCC::NotEqual,
                    Cmp::Gt => IntCC::SignedGreaterThan,
                    Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
                    c => return Err(format!("{:04}: icmp {c:?} unsupported", self.cur)),
                };
                self.b.ins().icmp(cc, a, b)
            }
            Op::IToF(a) => {
                self.expect_ty(Float)?;
                let a = self.arg1(*a, Int)?;
                self.b.ins().fcvt_from_sint(F64, a)
            }
            Op::FAdd(a, b) | Op::FSub(a, b) | Op::FMul(a, b) => {
                self.expect_ty(Float)?;
                let a = self.arg1(*a, Float)?;
                let b = self.arg1(*b, Float)?;
                match op {
                    Op::FAdd(..) => self.b.ins().fadd(a, b),
                    Op::FSub(..) => self.b.ins().fsub(a, b),
                    _ => self.b.ins().fmul(a, b),
                }
            }
            Op::FDiv(a, b) => {
                self.expect_ty(Float)?;
                let a = self.arg1(*a, Float)?;
                let b = self.arg1(*b, Float)?;
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, b, zero);
                self.exit_if(is_zero)?;
                self.b.ins().fdiv(a, b)
            }
            Op::FNeg(a) => {
                self.expect_ty(Float)?;
                let a = self.arg1(*a, Float)?;
                self.b.ins().fneg(a)
            }
            Op::FAbs(a) => {
                self.expect_ty(Float)?;
                let a = self.arg1(*a, Float)?;
                self.b.ins().fabs(a)
            }
            Op::FSqrt(a) => {
                self.expect_ty(Float)?;
                let a = self.arg1(*a, Float)?;
                let zero = self.b.ins().f64const(0.0);
                // False for negatives and NaN: the interpreter raises or returns.
                let ok = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, a, zero);
                self.exit_unless(ok)?;
                self.b.ins().sqrt(a)
            }
            Op::FCmp(c, a, b) => {
                self.expect_ty(Bool)?;
                let a = self.arg1(*a, Float)?;
                let b = self.arg1(*b, Float)?;
                let cc = match c {
                    Cmp::Lt => FloatCC::LessThan,
                    Cmp::Le => FloatCC::LessThanOrEqual,
                    Cmp::Eq => FloatCC::Equal,
                    // Unordered or not equal: NaN != x is true.
                    Cmp::Ne => FloatCC::NotEqual,
                    Cmp::Gt => FloatCC::GreaterThan,
                    Cmp::Ge => FloatCC::GreaterThanOrEqual,
                    c => return Err(format!("{:04}: fcmp {c:?} unsupported", self.cur)),
                };
                self.b.ins().fcmp(cc, a, b)
            }
            Op::Not(a) => {
                self.expect_ty(Bool)?;
                let a = self.arg1(*a, Bool)?;
                let one = self.iconst(I8, 1);
                self.b.ins().bxor(a, one)
            }
            Op::Box(a) => {
                self.expect_ty(Val)?;
                let (v, ty) = self.arg(*a, &[Int, Float, Bool, Val])?;
                self.boxed(v, ty)?
            }
            Op::Same(a, b) => {
                self.expect_ty(Bool)?;
                let (x, tx) = self.arg(*a, &[Int, Float, Bool, Val])?;
                let (y, ty) = self.arg(*b, &[Int, Float, Bool, Val])?;
                let x = self.boxed(x, tx)?;
                let y = self.boxed(y, ty)?;
                self.b.ins().icmp(IntCC::Equal, x, y)
            }
            Op::Call(h, args) => {
                let rty = self.trace.ins[self.cur].ty;
                if !matches!(rty, Val | Int | Void) {
                    return Err(format!("{:04}: call result type {rty:?}", self.cur));
                }
                if args.len() > 3 {
                    return Err(format!("{:04}: call with {} args", self.cur, args.len()));
                }
                let mut call_args = vec![self.ctx];
                for a in args {
                    let (v, ty) = self.arg(*a, &[Int, Float, Bool, Val])?;
                    let w = self.raw(v, ty)?;
                    call_args.push(w);
                }
                while call_args.len() < 4 {
                    let z = self.iconst(I64, 0);
                    call_args.push(z);
                }
                let sig = match self.helper_sig_ref {
                    Some(s) => s,
                    None => {
                        let s = self.b.import_signature(self.helper_sig.clone());
                        self.helper_sig_ref = Some(s);
                        s
                    }
                };
                let addr = (self.helper_addr)(*h);
                if addr == 0 {
                    return Err(format!(
                        "{:04}: helper {} has no address",
                        self.cur,
                        h.name()
                    ));
                }
                let callee = self.iconst(I64, addr as i64);
                let call = self.b.ins().call_indirect(sig, callee, &call_args);
                let res = self.b.inst_results(call)[0];
                if rty == Void {
                    return Ok(None);
                }
                res
            }
        };
        Ok(Some(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::ir::{ExitKind, Snapshot, MISS_BITS};
    use crate::runtime::value::{Value as V, SMALL_INT_MAX, SMALL_INT_MIN};

    /// Builds traces by hand.
    struct Tb {
        t: Trace,
    }

    impl Tb {
        fn new() -> Tb {
            let mut t = Trace::default();
            t.snaps.push(Snapshot {
                frames: vec![],
                slots: vec![],
                kind: ExitKind::Collect,
            });
            // Every trace starts with the GC safepoint, as the recorder emits it.
            t.ins.push(Ins::new(Op::GcCheck, Ty::Void, Some(0)));
            Tb { t }
        }
        fn snap(&mut self, slots: &[(u32, Ref)]) -> u32 {
            self.t.snaps.push(Snapshot {
                frames: vec![],
                slots: slots.to_vec(),
                kind: ExitKind::Resume,
            });
            (self.t.snaps.len() - 1) as u32
        }
        fn add(&mut self, op: Op, ty: Ty) -> Ref {
            self.guard(op, ty, None)
        }
        fn guard(&mut self, op: Op, ty: Ty, snap: Option<u32>) -> Ref {
            self.t.ins.push(Ins::new(op, ty, snap));
            Ref((self.t.ins.len() - 1) as u32)
        }
        /// `sload n` then a type guard leaving through `snap`.
        fn load_int(&mut self, n: u32, snap: u32) -> Ref {
            let v = self.add(Op::LoadSlot(n), Ty::Val);
            self.guard(Op::GuardInt(v), Ty::Int, Some(snap))
        }
        fn load_float(&mut self, n: u32, snap: u32) -> Ref {
            let v = self.add(Op::LoadSlot(n), Ty::Val);
            self.guard(Op::GuardFloat(v), Ty::Float, Some(snap))
        }
    }

    extern "C" fn test_helper(ctx: *mut CtxHeader, a: u64, b: u64, c: u64) -> u64 {
        if ctx.is_null() {
            return MISS_BITS;
        }
        if a == MISS_BITS {
            return MISS_BITS;
        }
        a.wrapping_mul(100)
            .wrapping_add(b.wrapping_mul(10))
            .wrapping_add(c)
    }

    fn helper_addr(_: Helper) -> usize {
        test_helper as *const () as usize
    }

    fn compile(be: &mut Backend, t: &Trace) -> Compiled {
        be.compile(t, 0, &helper_addr, true)
            .unwrap_or_else(|e| panic!("compile failed: {e}\n{}", t.to_text()))
    }

    fn run(c: &Compiled, slots: &mut [u64], gc: bool) -> u32 {
        run_in_epoch(c, slots, gc, 0)
    }

    fn run_in_epoch(c: &Compiled, slots: &mut [u64], gc: bool, epoch: u32) -> u32 {
        let flag = gc;
        let mut ctx = CtxHeader {
            gc_flag: &flag,
            running: 0,
            class_epoch: &epoch,
        };
        // SAFETY: the trace only touches slots the test's traces name, all inside
        // `slots`, and `ctx` outlives the call.
        let word = unsafe { (c.enter)(&mut ctx, slots.as_mut_ptr(), c.address) };
        split_exit(word).1
    }

    fn int(i: i64) -> u64 {
        V::from_small_int(i).0
    }
    fn flt(x: f64) -> u64 {
        V::from_f64(x).0
    }
    fn b(x: bool) -> u64 {
        V::from_bool(x).0
    }

    /// `while i < n: s += i; i += 1` over slots r0=i, r1=s, r2=n.
    /// Exits: 1 type guard, 2 loop done, 3 s overflow, 4 i overflow.
    fn sum_loop() -> Trace {
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let s2 = tb.snap(&[]);
        let s3 = tb.snap(&[]);
        let i = tb.load_int(0, s1);
        let s = tb.load_int(1, s1);
        let n = tb.load_int(2, s1);
        let lt = tb.add(Op::ICmp(Cmp::Lt, i, n), Ty::Bool);
        tb.guard(Op::GuardTrue(lt), Ty::Void, Some(s2));
        let s_new = tb.guard(Op::AddOv(s, i), Ty::Int, Some(s3));
        let s4 = tb.snap(&[(1, s_new)]);
        let one = tb.add(Op::Int(1), Ty::Int);
        let i_new = tb.guard(Op::AddOv(i, one), Ty::Int, Some(s4));
        tb.add(Op::StoreSlot(1, s_new), Ty::Void);
        tb.add(Op::StoreSlot(0, i_new), Ty::Void);
        tb.t.loops = true;
        tb.t
    }

    #[test]
    fn counting_loop() {
        let mut be = Backend::new().unwrap();
        let c = compile(&mut be, &sum_loop());
        assert!(c.size > 0 && c.bytes.len() == c.size);
        assert!(c.vcode.as_deref().is_some_and(|s| !s.is_empty()));
        assert!(!c.ranges.is_empty());
        assert!(c
            .ranges
            .iter()
            .all(|&(s, e, ir)| s < e && (ir as usize) < 14));
        let mut slots = [int(0), int(0), int(10)];
        assert_eq!(run(&c, &mut slots, false), 2);
        assert_eq!(slots, [int(10), int(45), int(10)]);
        // Negative numbers round-trip through the boxing.
        let mut slots = [int(-5), int(-100), int(0)];
        assert_eq!(run(&c, &mut slots, false), 2);
        assert_eq!(slots, [int(0), int(-115), int(0)]);
    }

    #[test]
    fn gc_flag_exits_0() {
        let mut be = Backend::new().unwrap();
        let c = compile(&mut be, &sum_loop());
        let mut slots = [int(0), int(0), int(10)];
        assert_eq!(run(&c, &mut slots, true), 0);
        assert_eq!(slots, [int(0), int(0), int(10)]);
    }

    #[test]
    fn add_overflow_exits_with_pre_overflow_state() {
        let mut be = Backend::new().unwrap();
        let c = compile(&mut be, &sum_loop());
        let max = SMALL_INT_MAX;
        let mut slots = [int(0), int(max - 5), int(100)];
        // s: max-5, max-5, max-4, max-2, then + 3 overflows.
        assert_eq!(run(&c, &mut slots, false), 3);
        assert_eq!(slots, [int(3), int(max - 2), int(100)]);
        // Going down: SubOv through negative sums is covered by the i guard below.
        let mut slots = [int(0), int(SMALL_INT_MIN), int(1)];
        assert_eq!(run(&c, &mut slots, false), 2);
        assert_eq!(slots, [int(1), int(SMALL_INT_MIN), int(1)]);
    }

    #[test]
    fn guard_int_fails_on_float() {
        let mut be = Backend::new().unwrap();
        let c = compile(&mut be, &sum_loop());
        let mut slots = [int(0), flt(1.5), int(10)];
        assert_eq!(run(&c, &mut slots, false), 1);
        assert_eq!(slots, [int(0), flt(1.5), int(10)]);
        let mut slots = [V::NONE.0, int(0), int(10)];
        assert_eq!(run(&c, &mut slots, false), 1);
    }

    /// r2 = r0 // r1, r3 = r0 % r1 (either may be left out); exit 1 types, 2 the
    /// division guards, 3 done.
    fn divmod(div: bool, m: bool) -> Trace {
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let s2 = tb.snap(&[]);
        let a = tb.load_int(0, s1);
        let d = tb.load_int(1, s1);
        let mut out = vec![];
        if div {
            let q = tb.guard(Op::FloorDiv(a, d), Ty::Int, Some(s2));
            out.push((2, q));
        }
        if m {
            let r = tb.guard(Op::Mod(a, d), Ty::Int, Some(s2));
            out.push((3, r));
        }
        tb.snap(&out);
        tb.t
    }

    /// W^X: compiled code is executable and never writable at the same time.
    #[cfg(target_os = "linux")]
    #[test]
    fn compiled_code_pages_are_read_execute_only() {
        let mut be = Backend::new().unwrap();
        let mut addrs = vec![];
        for _ in 0..3 {
            addrs.push(compile(&mut be, &sum_loop()).address);
        }
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        for addr in addrs {
            let perms = maps
                .lines()
                .find_map(|l| {
                    let (range, rest) = l.split_once(' ')?;
                    let (lo, hi) = range.split_once('-')?;
                    let lo = usize::from_str_radix(lo, 16).ok()?;
                    let hi = usize::from_str_radix(hi, 16).ok()?;
                    (lo <= addr && addr < hi).then(|| rest[..4].to_string())
                })
                .expect("code address is mapped");
            assert_eq!(&perms[..3], "r-x", "code at {addr:#x} is mapped {perms}");
        }
    }

    #[test]
    fn floor_division_and_modulo_by_constants() {
        let mut be = Backend::new().unwrap();
        for k in [1i64, 2, 3, 7, 8, -2, -3, -8, 1000003] {
            let mut tb = Tb::new();
            let s1 = tb.snap(&[]);
            let a = tb.load_int(0, s1);
            let d = tb.add(Op::Int(k), Ty::Int);
            let q = tb.guard(Op::FloorDiv(a, d), Ty::Int, Some(s1));
            let r = tb.guard(Op::Mod(a, d), Ty::Int, Some(s1));
            tb.snap(&[(1, q), (2, r)]);
            let c = compile(&mut be, &tb.t);
            for x in [
                0i64,
                1,
                -1,
                5,
                -5,
                7,
                -7,
                100,
                -100,
                SMALL_INT_MAX,
                SMALL_INT_MIN,
            ] {
                let mut slots = [int(x), int(0), int(0)];
                assert_eq!(run(&c, &mut slots, false), 2);
                let (eq, er) = (x.div_euclid(k), x.rem_euclid(k));
                // Python floors: adjust Euclid's result for negative divisors.
                let (pq, pr) = if k < 0 && er != 0 {
                    (eq - 1, er + k)
                } else {
                    (eq, er)
                };
                assert_eq!(slots[1], int(pq), "{x} // {k}");
                assert_eq!(slots[2], int(pr), "{x} % {k}");
            }
        }
    }

    #[test]
    fn floor_division_and_modulo() {
        let mut be = Backend::new().unwrap();
        let c = compile(&mut be, &divmod(true, true));
        let cases: [(i64, i64); 12] = [
            (7, 2),
            (-7, 2),
            (7, -2),
            (-7, -2),
            (6, -3),
            (-6, 3),
            (0, -3),
            (1, -1),
            (SMALL_INT_MIN, 1),
            (SMALL_INT_MAX, -1),
            (SMALL_INT_MIN, 7),
            (SMALL_INT_MAX, SMALL_INT_MIN),
        ];
        for (a, d) in cases {
            let mut slots = [int(a), int(d), 0, 0];
            assert_eq!(run(&c, &mut slots, false), 3, "{a} // {d}");
            let q = a.div_euclid(d) - if d < 0 && a.rem_euclid(d) != 0 { 1 } else { 0 };
            let r = a - q * d;
            assert_eq!(slots[2], int(q), "{a} // {d}");
            assert_eq!(slots[3], int(r), "{a} % {d}");
            assert!(r == 0 || (r < 0) == (d < 0));
        }
        for a in [5, 0, -5] {
            let mut slots = [int(a), int(0), 0, 0];
            assert_eq!(run(&c, &mut slots, false), 2, "{a} // 0");
            assert_eq!(slots[2..], [0, 0]);
        }
        // -(1 << 47) // -1 does not fit.
        let mut slots = [int(SMALL_INT_MIN), int(-1), 0, 0];
        assert_eq!(run(&c, &mut slots, false), 2);
        // ... but the modulo alone is fine.
        let c = compile(&mut be, &divmod(false, true));
        let mut slots = [int(SMALL_INT_MIN), int(-1), 0, 0];
        assert_eq!(run(&c, &mut slots, false), 3);
        assert_eq!(slots[3], int(0));
        let mut slots = [int(3), int(0), 0, 0];
        assert_eq!(run(&c, &mut slots, false), 2);
    }

    #[test]
    fn sqrt_exits_outside_its_domain_and_fabs_clears_the_sign() {
        let mut be = Backend::new().unwrap();
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let s2 = tb.snap(&[]);
        let x = tb.load_float(0, s1);
        let r = tb.guard(Op::FSqrt(x), Ty::Float, Some(s2));
        let a = tb.add(Op::FAbs(x), Ty::Float);
        tb.snap(&[(1, r), (2, a)]);
        let c = compile(&mut be, &tb.t);
        let go = |x: f64| {
            let mut s = [flt(x), 0, 0];
            (run(&c, &mut s, false), s)
        };
        assert_eq!(go(6.25), (3, [flt(6.25), flt(2.5), flt(6.25)]));
        assert_eq!(go(-0.0).1[1], flt(-0.0));
        assert_eq!(go(f64::INFINITY).1[1], flt(f64::INFINITY));
        // Negative and NaN leave before computing (the interpreter raises).
        assert_eq!(go(-1.0).0, 2);
        assert_eq!(go(f64::NAN).0, 2);
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let x = tb.load_float(0, s1);
        let a = tb.add(Op::FAbs(x), Ty::Float);
        tb.snap(&[(1, a)]);
        let c = compile(&mut be, &tb.t);
        let mut s = [flt(-3.5), 0];
        run(&c, &mut s, false);
        assert_eq!(s[1], flt(3.5));
    }

    /// Shape and epoch guards leave unless the instance and class state match;
    /// attribute slots load and store in place.
    #[test]
    fn instance_guards_and_attribute_slots() {
        use crate::runtime::object::{InstanceObj, Mut, Obj, ObjData};
        use crate::runtime::shape::AttrStore;
        if crate::jit::layout::instance_layout().is_none() {
            return;
        }
        let make = |class: i64, names: &[&str]| {
            let mut attrs = AttrStore::default();
            for (k, n) in names.iter().enumerate() {
                attrs.insert((*n).into(), V::from_small_int(10 + k as i64));
            }
            let shape = attrs.shape_id();
            let o = Box::new(Obj {
                marked: std::cell::Cell::new(false),
                data: ObjData::Instance(InstanceObj {
                    class: std::cell::Cell::new(V::from_small_int(class)),
                    attrs: Mut::new(attrs),
                    exc: None,
                    payload: V::EMPTY,
                }),
            });
            (o, shape)
        };
        let (xy, shape_xy) = make(1, &["x", "y"]);
        let (xyz, _) = make(1, &["x", "y", "z"]);
        let (other_class, _) = make(2, &["x", "y"]);
        let mut be = Backend::new().unwrap();
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let s2 = tb.snap(&[]);
        let o = tb.add(Op::LoadSlot(0), Ty::Val);
        tb.guard(Op::GuardShape(o, int(1), shape_xy), Ty::Void, Some(s1));
        tb.guard(Op::GuardEpoch(7), Ty::Void, Some(s2));
        let y = tb.add(Op::LoadAttr(o, 1), Ty::Val);
        tb.add(Op::StoreAttr(o, 0, y), Ty::Void);
        tb.snap(&[(1, y)]);
        let c = compile(&mut be, &tb.t);
        let word = |o: &Obj| V::from_obj(o as *const Obj as *mut Obj).0;
        let mut s = [word(&xy), 0];
        assert_eq!(run_in_epoch(&c, &mut s, false, 7), 3);
        assert_eq!(s[1], int(11));
        let ObjData::Instance(i) = &xy.data else {
            unreachable!()
        };
        assert_eq!(i.attrs.get().slot(0), V::from_small_int(11));
        assert_eq!(run_in_epoch(&c, &mut s, false, 8), 2);
        for bad in [word(&xyz), word(&other_class), int(5), V::NONE.0] {
            let mut s = [bad, 0];
            assert_eq!(run_in_epoch(&c, &mut s, false, 7), 1);
        }
    }

    #[test]
    fn float_ops_and_nan_boxing() {
        let mut be = Backend::new().unwrap();
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let s2 = tb.snap(&[]);
        let x = tb.load_float(0, s1);
        let y = tb.load_float(1, s1);
        let sum = tb.add(Op::FAdd(x, y), Ty::Float);
        let dif = tb.add(Op::FSub(x, y), Ty::Float);
        let prd = tb.add(Op::FMul(x, y), Ty::Float);
        let neg = tb.add(Op::FNeg(x), Ty::Float);
        let quo = tb.guard(Op::FDiv(x, y), Ty::Float, Some(s2));
        let weird = tb.add(Op::Float(f64::from_bits(0xFFFC_0000_0000_1234)), Ty::Float);
        let i = tb.add(Op::Int(-3), Ty::Int);
        let fi = tb.add(Op::IToF(i), Ty::Float);
        let boxed = tb.add(Op::Box(neg), Ty::Val);
        tb.add(Op::StoreSlot(9, boxed), Ty::Void);
        let mut slots = vec![
            (2, sum),
            (3, dif),
            (4, prd),
            (5, quo),
            (6, neg),
            (7, weird),
            (8, fi),
        ];
        for (k, c) in [Cmp::Lt, Cmp::Le, Cmp::Eq, Cmp::Ne, Cmp::Gt, Cmp::Ge]
            .into_iter()
            .enumerate()
        {
            let r = tb.add(Op::FCmp(c, x, y), Ty::Bool);
            slots.push((10 + k as u32, r));
        }
        tb.snap(&slots);
        let c = compile(&mut be, &tb.t);

        let go = |x: f64, y: f64| {
            let mut s = [0u64; 16];
            s[0] = flt(x);
            s[1] = flt(y);
            let e = run(&c, &mut s, false);
            (e, s)
        };
        let (e, s) = go(1.5, 2.0);
        assert_eq!(e, 3);
        assert_eq!(
            s[2..10],
            [flt(3.5), flt(-0.5), flt(3.0), flt(0.75), flt(-1.5)]
                .iter()
                .copied()
                .chain([CANONICAL_NAN, flt(-3.0), flt(-1.5)])
                .collect::<Vec<_>>()[..]
        );
        assert_eq!(
            s[10..16],
            [b(true), b(true), b(false), b(true), b(false), b(false)]
        );
        let (e, s) = go(2.0, 2.0);
        assert_eq!(e, 3);
        assert_eq!(
            s[10..16],
            [b(false), b(true), b(true), b(false), b(false), b(true)]
        );
        // NaN: every comparison is false except !=.
        let (e, s) = go(f64::NAN, 1.0);
        assert_eq!(e, 3);
        assert_eq!(
            s[10..16],
            [b(false), b(false), b(false), b(true), b(false), b(false)]
        );
        let (_, s) = go(1.0, f64::NAN);
        assert_eq!(
            s[10..16],
            [b(false), b(false), b(false), b(true), b(false), b(false)]
        );
        // A NaN whose negation lands in the tagged space is canonicalized.
        let nan = f64::from_bits(0x7FFC_0000_0000_0001);
        let (e, s) = go(nan, 1.0);
        assert_eq!(e, 3);
        assert_eq!(s[6], CANONICAL_NAN);
        assert_eq!(s[9], CANONICAL_NAN);
        assert!(s[2..10].iter().all(|&w| w < FIRST_TAGGED));
        // inf - inf.
        let (_, s) = go(f64::INFINITY, f64::INFINITY);
        assert!(f64::from_bits(s[3]).is_nan() && s[3] < FIRST_TAGGED);
        // Division by zero (either sign) exits.
        assert_eq!(go(1.0, 0.0).0, 2);
        assert_eq!(go(1.0, -0.0).0, 2);
        // An int in a float slot fails the guard.
        let mut s = [0u64; 16];
        s[0] = int(1);
        s[1] = flt(1.0);
        assert_eq!(run(&c, &mut s, false), 1);
    }

    #[test]
    fn helper_call() {
        let mut be = Backend::new().unwrap();
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let s2 = tb.snap(&[]);
        let a = tb.load_int(0, s1);
        let v = tb.add(Op::LoadSlot(1), Ty::Val);
        let t = tb.add(Op::Bool(true), Ty::Bool);
        let r = tb.add(Op::Call(Helper::ListGet, vec![a, t]), Ty::Val);
        tb.guard(Op::GuardIsNot(r, MISS_BITS), Ty::Void, Some(s2));
        let r2 = tb.add(Op::Call(Helper::Truthy, vec![v]), Ty::Int);
        tb.guard(Op::GuardIsNot(r2, MISS_BITS), Ty::Void, Some(s2));
        tb.snap(&[(2, r), (3, r2)]);
        let c = compile(&mut be, &tb.t);
        let mut s = [int(4), 7, 0, 0];
        assert_eq!(run(&c, &mut s, false), 3);
        // The Val result is stored raw, the Int one boxed.
        assert_eq!(s, [int(4), 7, 4u64.wrapping_mul(100) + 10, int(700)]);
        let mut s = [int(4), MISS_BITS, 0, 0];
        assert_eq!(run(&c, &mut s, false), 2);
    }

    #[test]
    fn bools_boxes_and_identity() {
        let mut be = Backend::new().unwrap();
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let s2 = tb.snap(&[]);
        let v0 = tb.add(Op::LoadSlot(0), Ty::Val);
        let bb = tb.guard(Op::GuardBool(v0), Ty::Bool, Some(s1));
        let v1 = tb.add(Op::LoadSlot(1), Ty::Val);
        tb.guard(Op::GuardIs(v1, V::NONE.0), Ty::Void, Some(s2));
        let nb = tb.add(Op::Not(bb), Ty::Bool);
        let same = tb.add(Op::Same(v0, v1), Ty::Bool);
        let k = tb.add(Op::Int(0b1100), Ty::Int);
        let m = tb.add(Op::Int(0b1010), Ty::Int);
        let and = tb.add(Op::BitAnd(k, m), Ty::Int);
        let or = tb.add(Op::BitOr(k, m), Ty::Int);
        let xor = tb.add(Op::BitXor(k, m), Ty::Int);
        let bx = tb.add(Op::Box(bb), Ty::Val);
        tb.guard(Op::GuardFalse(same), Ty::Void, Some(s2));
        tb.snap(&[(2, nb), (3, same), (4, and), (5, or), (6, xor), (7, bx)]);
        let c = compile(&mut be, &tb.t);
        let mut s = [b(true), V::NONE.0, 0, 0, 0, 0, 0, 0];
        assert_eq!(run(&c, &mut s, false), 3);
        assert_eq!(
            s[2..],
            [b(false), b(false), int(8), int(14), int(6), b(true)]
        );
        let mut s = [b(false), V::NONE.0, 0, 0, 0, 0, 0, 0];
        assert_eq!(run(&c, &mut s, false), 3);
        assert_eq!(s[2], b(true));
        assert_eq!(s[7], b(false));
        let mut s = [int(1), V::NONE.0, 0, 0, 0, 0, 0, 0];
        assert_eq!(run(&c, &mut s, false), 1);
        let mut s = [b(true), b(true), 0, 0, 0, 0, 0, 0];
        assert_eq!(run(&c, &mut s, false), 2);
    }

    #[test]
    fn mul_overflow() {
        let mut be = Backend::new().unwrap();
        let mut tb = Tb::new();
        let s1 = tb.snap(&[]);
        let s2 = tb.snap(&[]);
        let a = tb.load_int(0, s1);
        let d = tb.load_int(1, s1);
        let p = tb.guard(Op::MulOv(a, d), Ty::Int, Some(s2));
        let df = tb.guard(Op::SubOv(a, d), Ty::Int, Some(s2));
        tb.snap(&[(2, p), (3, df)]);
        let c = compile(&mut be, &tb.t);
        let go = |x: i64, y: i64| {
            let mut s = [int(x), int(y), 0, 0];
            (run(&c, &mut s, false), s)
        };
        assert_eq!(go(-6, 7), (3, [int(-6), int(7), int(-42), int(-13)]));
        assert_eq!(go(1 << 23, 1 << 23).0, 3);
        assert_eq!(go(1 << 24, 1 << 23).0, 2);
        assert_eq!(go(-(1 << 24), 1 << 23).0, 3);
        assert_eq!(go(SMALL_INT_MAX, SMALL_INT_MAX).0, 2);
        assert_eq!(go(SMALL_INT_MIN, -1).0, 2);
        // The product fits, the difference does not.
        assert_eq!(go(SMALL_INT_MIN, 1).0, 2);
        assert_eq!(
            go(SMALL_INT_MIN + 1, 1),
            (
                3,
                [
                    int(SMALL_INT_MIN + 1),
                    int(1),
                    int(SMALL_INT_MIN + 1),
                    int(SMALL_INT_MIN)
                ]
            )
        );
        assert_eq!(go(SMALL_INT_MIN + 1, 2).0, 2);
        assert_eq!(go(SMALL_INT_MIN, 0).0, 3);
    }

    #[test]
    fn rejects_bad_traces() {
        let mut be = Backend::new().unwrap();
        // An unsupported comparison.
        let mut tb = Tb::new();
        let i = tb.add(Op::Int(1), Ty::Int);
        tb.add(Op::ICmp(Cmp::Is, i, i), Ty::Bool);
        tb.snap(&[]);
        assert!(be.compile(&tb.t, 0, &helper_addr, false).is_err());
        // A type mismatch.
        let mut tb = Tb::new();
        let f = tb.add(Op::Float(1.0), Ty::Float);
        tb.add(Op::AddOv(f, f), Ty::Int);
        tb.snap(&[]);
        assert!(be.compile(&tb.t, 0, &helper_addr, false).is_err());
        // A snapshot naming a value defined after its guard.
        let mut tb = Tb::new();
        let s1 = tb.snap(&[(0, Ref(2))]);
        let v = tb.add(Op::LoadSlot(0), Ty::Val);
        tb.guard(Op::GuardInt(v), Ty::Int, Some(s1));
        tb.snap(&[]);
        assert!(be.compile(&tb.t, 0, &helper_addr, false).is_err());
        // A guard without a snapshot, and no snapshots at all.
        let mut tb = Tb::new();
        let v = tb.add(Op::LoadSlot(0), Ty::Val);
        tb.add(Op::GuardInt(v), Ty::Int);
        assert!(be.compile(&tb.t, 0, &helper_addr, false).is_err());
        assert!(be
            .compile(&Trace::default(), 0, &helper_addr, false)
            .is_err());
        // The backend still works after errors.
        let c = be.compile(&sum_loop(), 0, &helper_addr, false).unwrap();
        assert!(c.vcode.is_none() && !c.ranges.is_empty());
        let mut slots = [int(0), int(0), int(3)];
        assert_eq!(run(&c, &mut slots, false), 2);
        assert_eq!(slots[1], int(3));
    }
}

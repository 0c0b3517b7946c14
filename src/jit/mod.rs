//! The tracing JIT: hot-loop detection, recording, compiling and running traces.
//!
//! Pipeline (one stage per module): the dispatch loop counts `Loop` back-edges
//! (`Code::hot`); a hot loop starts the recorder (`record.rs`), which follows the
//! interpreter through one iteration and emits trace IR (`ir.rs`); the optimizer
//! passes (`opt/`) rewrite it; the backend (`backend.rs`) compiles it with Cranelift;
//! the trace runs with runtime helpers (`helpers.rs`) and leaves through exits
//! (`exit.rs`) that rebuild the interpreter's frames. `dump.rs` writes the trace log.

pub mod backend;
pub mod config;
pub mod dump;
pub mod exit;
pub mod exit_plan;
pub mod helpers;
pub mod ir;
#[cfg(test)]
pub mod ir_text;
pub mod layout;
pub mod opt;
pub mod record;

use std::collections::HashMap;
use std::time::Instant;

use crate::compile::bytecode::{AttrCache, Code};
use crate::runtime::value::Value;

pub use config::JitConfig;
use record::{AbortReason, FrameDesc, Link, Recorder, TraceKind};

/// A trace that ends in the interpreter (a side trace, or a loop trace that
/// leaves its loop every iteration) must record at least this many instructions
/// to pay for its entry and exit.
const MIN_TRACE_TO_INTERP: usize = 12;

/// Whether a JIT counter (`Code::hot`, `Code::entry_hot`) is counting down to a
/// recording: not naming a trace (negative) and not parked. A blacklisted or
/// spent counter is parked at `i32::MAX`, which the dispatch loop counts down
/// like any other (backoffs stay below `i32::MAX / 2`).
pub fn counter_waits(c: i32) -> bool {
    (0..=i32::MAX / 2).contains(&c)
}

/// A compiled trace and everything an exit needs to rebuild the interpreter state.
pub struct TraceRecord {
    pub number: u32,
    pub kind: TraceKind,
    /// The root frame's code, the `Loop` instruction that closes the trace (none
    /// for side and function traces) and where it starts.
    pub code: &'static Code,
    pub loop_pc: u32,
    pub start_pc: u32,
    pub frames: Vec<FrameDesc>,
    pub trace: ir::Trace,
    pub compiled: backend::Compiled,
    /// Heap values the trace's constants refer to (collector roots).
    pub consts: Vec<Value>,
    /// Frozen inline-cache entries the trace's attribute helpers check against.
    pub caches: Vec<Box<AttrCache>>,
    /// Slots above the root base the trace may write (inlined frames included).
    pub slot_extent: u32,
    pub max_depth: usize,
    pub link: Link,
    /// The side trace (index in `JitState::traces`) each exit continues into.
    pub side: Vec<Option<u32>>,
    /// Aborted side-trace recordings per exit.
    pub side_aborts: Vec<u32>,
    /// For a side trace: the parent trace's index and exit.
    pub parent: Option<(u32, u32)>,
    /// Whether the interpreter enters it (a function trace too short to pay
    /// for an entry from the interpreter still serves calls from traces).
    pub interp_entry: bool,
    /// The root of its trace tree (itself for a loop or function trace).
    pub root: u32,
    /// For a root: the side traces its tree has grown.
    pub tree_sides: u32,
    /// Flushed with its tree: nothing leads to it any more (its code stays
    /// valid for callers that still hold its address; it is only slow).
    pub flushed: bool,
}

/// Backoff state of a loop whose recordings abort.
#[derive(Clone, Copy, Default)]
pub struct Backoff {
    pub aborts: u32,
    /// Times the trace tree rooted here was flushed.
    pub flushes: u32,
}

/// Aggregate counters for `TAURARO_TRACE=stats` and the JIT tests.
#[derive(Clone, Debug, Default)]
pub struct JitStats {
    pub traces_compiled: u64,
    /// Trace entries through Rust (from the dispatch loop, or following a link
    /// not yet in machine code); linked exits continue without one.
    pub rust_entries: u64,
    /// Calls from traces straight into function traces (`Helper::CallTrace`).
    pub trace_calls: u64,
    pub aborts: HashMap<&'static str, u64>,
    pub blacklisted: u64,
    /// Trace trees flushed for reaching `maxside`.
    pub flushes: u64,
    pub record_us: u64,
    pub optimize_us: u64,
    pub compile_us: u64,
}

pub struct JitState {
    pub config: JitConfig,
    pub backend: Option<backend::Backend>,
    pub traces: Vec<Box<TraceRecord>>,
    pub recorder: Option<Box<Recorder>>,
    /// While recording a side trace: its parent trace's index and exit.
    pub recording_side: Option<(u32, u32)>,
    record_started: Option<Instant>,
    /// The exception a helper raised, for the exit that follows.
    pub pending_error: Option<crate::runtime::object::PyErr>,
    pub backoff: HashMap<(usize, u32), Backoff>,
    pub stats: JitStats,
    pub log: dump::TraceLog,
    /// Recording attempts so far; the current (or last) attempt's trace number in
    /// the log, which its `start`, `abort` or `trace` event shares.
    pub attempts: u32,
    /// Pseudo-random state for backoff jitter (deterministic per run).
    rng: u64,
    /// The largest slot extent and inlining depth of any compiled trace: linked
    /// exits continue into other traces without returning, so the entry checks
    /// must cover every trace.
    pub max_slot_extent: u32,
    pub max_depth: usize,
}

impl JitState {
    pub fn new(config: JitConfig) -> JitState {
        let log = dump::TraceLog::from_env();
        JitState {
            backend: None,
            traces: vec![],
            recorder: None,
            recording_side: None,
            record_started: None,
            pending_error: None,
            backoff: HashMap::new(),
            stats: JitStats::default(),
            log,
            attempts: 0,
            rng: 0x9E37_79B9_7F4A_7C15,
            max_slot_extent: 0,
            max_depth: 0,
            config,
        }
    }

    pub fn enabled(&self) -> bool {
        self.config.enabled
    }

    fn next_random(&mut self) -> u64 {
        // xorshift64: only for backoff jitter.
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    /// Values compiled traces keep alive.
    pub fn roots(&self, out: &mut Vec<Value>) {
        for t in &self.traces {
            out.extend(t.consts.iter().copied());
            for c in &t.caches {
                out.push(c.value);
            }
        }
        if let Some(r) = &self.recorder {
            out.extend(r.consts.iter().copied());
        }
    }
}

/// The compiled traces, as the recorder looks them up.
struct CompiledTraces<'a>(&'a [Box<TraceRecord>]);

impl CompiledTraces<'_> {
    /// The trace a JIT counter names (see `Code::hot`).
    fn named_by(&self, counter: i32) -> Option<u32> {
        let n = (-(counter as i64 + 1)) as usize;
        (counter < 0 && n < self.0.len()).then_some(n as u32)
    }
}

impl record::TraceLookup for CompiledTraces<'_> {
    fn loop_trace(&self, code: &Code, pc: usize) -> Option<u32> {
        self.named_by(code.hot.get(pc)?.get())
    }

    fn function_trace(&self, code: &Code, f: Value) -> Option<u32> {
        let n = self.named_by(code.entry_hot.get())?;
        let t = &self.0[n as usize];
        (t.kind == TraceKind::Function && t.frames[0].func.0 == f.0).then_some(n)
    }

    fn next_index(&self) -> u32 {
        self.0.len() as u32
    }
}

/// What the dispatch loop does at a back-edge whose counter ran out.
pub enum BackEdge {
    /// Keep interpreting (maybe recording now).
    Interpret,
    /// Run compiled trace `n`.
    Enter(u32),
}

impl crate::interp::Vm {
    /// The slow path of a `Loop` back-edge at `loop_pc` of frame `fi` (its counter
    /// reached 1 or is negative): start recording, or name the trace to enter.
    pub fn jit_back_edge(&mut self, fi: usize, loop_pc: usize, target: usize) -> BackEdge {
        let code = self.frames[fi].code;
        let counter = &code.hot[loop_pc];
        let c = counter.get();
        if !self.jit.enabled() {
            counter.set(i32::MAX);
            return BackEdge::Interpret;
        }
        if c < 0 {
            return BackEdge::Enter((-(c + 1)) as u32);
        }
        if c == 0 {
            let h = self.jit.config.hotloop.max(1) as i32;
            counter.set(h);
            if h > 1 {
                return BackEdge::Interpret;
            }
        }
        if self.jit.traces.len() >= self.jit.config.maxtrace {
            // The trace budget is spent: this loop stays interpreted.
            counter.set(i32::MAX);
            return BackEdge::Interpret;
        }
        let preempts = self
            .jit
            .recorder
            .as_ref()
            .is_some_and(|r| r.kind == TraceKind::Function && fi >= r.expected_frames());
        if preempts {
            // A function being recorded called (through a helper) a function
            // with a hot loop: the loop is traced first, so that the recording
            // does not span the whole loop; the function tries again later.
            if let Some(rec) = self.jit.recorder.take() {
                self.jit_abort(rec, AbortReason::CalleeLoop);
            }
        }
        if self.jit.recorder.is_some() {
            // One recording at a time; try again later.
            counter.set(self.jit.config.hotloop.max(2) as i32);
            return BackEdge::Interpret;
        }
        // While recording, this counter must not fire again.
        counter.set(i32::MAX);
        self.jit_start_recording(fi, TraceKind::Loop, loop_pc as u32, target as u32, None);
        BackEdge::Interpret
    }

    /// A call entered frame `fi` at its first instruction and its code's entry
    /// counter reached 1 (or names a trace): start recording a function trace, or
    /// name the trace to enter.
    pub fn jit_function_entry(&mut self, fi: usize) -> BackEdge {
        let code = self.frames[fi].code;
        let counter = &code.entry_hot;
        let c = counter.get();
        // Module and class bodies (no function) run once.
        let is_function = matches!(
            self.frames[fi].func.as_obj().map(|o| &o.data),
            Some(crate::runtime::object::ObjData::Function(_))
        );
        if !self.jit.enabled() || code.is_generator || !is_function {
            counter.set(i32::MAX);
            return BackEdge::Interpret;
        }
        if c < 0 {
            let n = (-(c + 1)) as u32;
            let entered = self
                .jit
                .traces
                .get(n as usize)
                .is_some_and(|t| t.interp_entry);
            return if entered {
                BackEdge::Enter(n)
            } else {
                BackEdge::Interpret
            };
        }
        let hot = self.jit.config.hotfunc.max(1) as i32;
        if c == 0 {
            counter.set(hot);
            if hot > 1 {
                return BackEdge::Interpret;
            }
        }
        if self.jit.traces.len() >= self.jit.config.maxtrace {
            counter.set(i32::MAX);
            return BackEdge::Interpret;
        }
        if self.jit.recorder.is_some() {
            counter.set(hot.max(2));
            return BackEdge::Interpret;
        }
        counter.set(i32::MAX);
        self.jit_start_recording(fi, TraceKind::Function, u32::MAX, 0, None);
        BackEdge::Interpret
    }

    /// Starts a recording of `kind` on frame `fi` at `start_pc`; `parent` is the
    /// trace index and exit a side trace starts from.
    fn jit_start_recording(
        &mut self,
        fi: usize,
        kind: TraceKind,
        loop_pc: u32,
        start_pc: u32,
        parent: Option<(u32, u32)>,
    ) {
        let code = self.frames[fi].code;
        let limits = self.jit.config.limits();
        let rec = Recorder::new(self, kind, fi, loop_pc, start_pc, limits);
        self.jit.attempts += 1;
        let parent_number = parent.map(|(p, e)| (self.jit.traces[p as usize].number, e));
        self.jit.log.start(
            self.jit.attempts,
            code,
            start_pc,
            code.line_of(start_pc as usize),
            kind,
            parent_number,
        );
        self.jit.recorder = Some(Box::new(rec));
        self.jit.recording_side = parent;
        self.jit.record_started = Some(Instant::now());
    }

    /// The recording hook: called before each instruction while recording.
    /// Returns false when recording ended (the caller refreshes its state).
    pub fn jit_record_step(&mut self, pc: usize) -> bool {
        let Some(mut rec) = self.jit.recorder.take() else {
            return false;
        };
        let lookup = CompiledTraces(&self.jit.traces);
        match rec.record(self, pc, &lookup) {
            record::Flow::Continue => {
                self.jit.recorder = Some(rec);
                true
            }
            record::Flow::Abort(reason) => {
                self.jit_abort(rec, reason);
                false
            }
            record::Flow::Finish(link) => {
                self.jit_finish(rec, link);
                false
            }
        }
    }

    /// An exception unwinds through the frames being recorded: give up.
    pub fn jit_exception_while_recording(&mut self) {
        if let Some(rec) = self.jit.recorder.take() {
            if self.frames.len() <= rec.expected_frames() {
                self.jit_abort(rec, AbortReason::ExceptionWhileRecording);
            } else {
                self.jit.recorder = Some(rec);
            }
        }
    }

    fn jit_abort(&mut self, rec: Box<Recorder>, reason: AbortReason) {
        if let Some(t) = self.jit.record_started.take() {
            self.jit.stats.record_us += t.elapsed().as_micros() as u64;
        }
        *self.jit.stats.aborts.entry(reason.name()).or_default() += 1;
        let code = rec.frames_desc[0].code;
        let key = (code as *const Code as usize, rec.loop_pc);
        let line = code.line_of(rec.start_pc as usize);
        let n = self.jit.attempts;
        self.jit.log.abort(n, code, line, reason, &rec);
        // Blocked by an inner loop or a called function that has no trace yet:
        // make that loop record at its next back-edge (or the function at its
        // next call), and retry this one without a penalty (the other one's own
        // aborts bound this: once it is blacklisted, this counts).
        let kicked = rec.blocked_by.is_some_and(|inner| {
            let c = inner.get();
            let waiting = counter_waits(c);
            if waiting {
                inner.set(1);
            }
            waiting
        });
        if let Some((parent, exit)) = self.jit.recording_side.take() {
            if kicked {
                return;
            }
            // A side trace that keeps aborting: its exit stays an exit.
            self.jit.traces[parent as usize].side_aborts[exit as usize] += 1;
            return;
        }
        let (counter, hot) = match rec.kind {
            TraceKind::Function => (&code.entry_hot, self.jit.config.hotfunc),
            _ => (&code.hot[rec.loop_pc as usize], self.jit.config.hotloop),
        };
        if kicked {
            counter.set(hot.max(2) as i32);
            return;
        }
        let aborts = {
            let b = self.jit.backoff.entry(key).or_default();
            b.aborts += 1;
            b.aborts
        };
        if aborts >= self.jit.config.maxabort {
            counter.set(i32::MAX);
            self.jit.stats.blacklisted += 1;
            self.jit
                .log
                .blacklist(code, rec.start_pc, line, aborts, i32::MAX as u64);
        } else {
            // Growing, randomized backoff: the next attempt comes after about
            // hotloop (or hotfunc) * 2^aborts more iterations (or calls).
            let base = (hot.max(1) as u64) << aborts.min(16);
            let jitter = self.jit.next_random() % base.max(1);
            counter.set((base + jitter).min(i32::MAX as u64 / 2) as i32);
        }
    }

    fn jit_finish(&mut self, rec: Box<Recorder>, link: Link) {
        let rec = *rec;
        let record_us = self
            .jit
            .record_started
            .take()
            .map_or(0, |t| t.elapsed().as_micros() as u64);
        self.jit.stats.record_us += record_us;
        let code = rec.frames_desc[0].code;
        // A trace that returns is worth compiling however short: a trace calling
        // the function takes the result without the interpreter (but the
        // interpreter does not enter a short function trace).
        let to_interp = match link {
            Link::Interp => true,
            Link::Return => rec.kind == TraceKind::Loop,
            Link::Loop | Link::Trace(_) => false,
        };
        let short = rec.bytecode.len() < MIN_TRACE_TO_INTERP;
        if to_interp && short {
            // A short trace that returns to the interpreter costs an entry and an
            // exit for a few instructions: interpreting them is cheaper. (A loop
            // whose body yields or returns leaves its trace every iteration; it
            // ends up blacklisted.)
            let reason = match rec.kind {
                TraceKind::Side => AbortReason::SideTraceTooShort,
                TraceKind::Loop => AbortReason::LoopTraceTooShort,
                TraceKind::Function => AbortReason::FunctionTooShort,
            };
            self.jit_abort(Box::new(rec), reason);
            return;
        }
        let number = self.jit.attempts;
        let ir_before = rec.trace.clone();
        let t0 = Instant::now();
        let trace = opt::optimize(
            rec.trace.clone(),
            code.local_names.len() as u32,
            &self.jit.config.passes,
        );
        let optimize_us = t0.elapsed().as_micros() as u64;
        self.jit.stats.optimize_us += optimize_us;
        if self.jit.backend.is_none() {
            match backend::Backend::new() {
                Ok(b) => self.jit.backend = Some(b),
                Err(e) => {
                    eprintln!("tauraro: JIT disabled: {e}");
                    self.jit.config.enabled = false;
                    return;
                }
            }
        }
        let want_asm = self.jit.log.wants_asm();
        let backend = self.jit.backend.as_mut().expect("backend");
        // The counter names the trace by its index in `traces` (not its log number).
        let index = self.jit.traces.len() as u32;
        let compiled = match backend.compile(&trace, index, &helpers::address_of, want_asm) {
            Ok(c) => c,
            Err(e) => {
                // A backend limitation, not a wrong answer: interpret this loop.
                let line = code.line_of(rec.start_pc as usize);
                self.jit
                    .log
                    .compile_error(number, code, rec.start_pc, line, &e);
                match (self.jit.recording_side.take(), rec.kind) {
                    (Some((parent, exit)), _) => {
                        self.jit.traces[parent as usize].side_aborts[exit as usize] = u32::MAX;
                    }
                    (None, TraceKind::Function) => code.entry_hot.set(i32::MAX),
                    (None, _) => code.hot[rec.loop_pc as usize].set(i32::MAX),
                }
                return;
            }
        };
        self.jit.stats.compile_us += compiled.compile_us;
        self.jit.stats.traces_compiled += 1;
        let nsnaps = trace.snaps.len();
        let root = match self.jit.recording_side {
            Some((parent, _)) => self.jit.traces[parent as usize].root,
            None => index,
        };
        let record = Box::new(TraceRecord {
            number,
            kind: rec.kind,
            code,
            loop_pc: rec.loop_pc,
            start_pc: rec.start_pc,
            frames: rec.frames_desc.clone(),
            trace,
            compiled,
            consts: rec.consts.clone(),
            caches: rec.caches,
            slot_extent: rec.slot_extent,
            max_depth: rec.max_depth,
            link,
            side: vec![None; nsnaps],
            side_aborts: vec![0; nsnaps],
            parent: self.jit.recording_side,
            interp_entry: !(rec.kind == TraceKind::Function && short),
            root,
            tree_sides: 0,
            flushed: false,
        });
        self.jit.log.stop(
            &record,
            &self.jit.traces,
            &ir_before,
            &rec.bytecode,
            self.frames_line(code, rec.start_pc),
            record_us,
            optimize_us,
        );
        self.jit.max_slot_extent = self.jit.max_slot_extent.max(record.slot_extent);
        self.jit.max_depth = self.jit.max_depth.max(record.max_depth);
        self.jit.traces.push(record);
        if let Some((parent, exit)) = self.jit.recording_side.take() {
            self.jit.traces[parent as usize].side[exit as usize] = Some(index);
            let tree = &mut self.jit.traces[root as usize];
            tree.tree_sides += 1;
            if tree.tree_sides >= self.jit.config.maxside {
                self.jit_tree_full(root);
            }
        } else if rec.kind == TraceKind::Function {
            code.entry_hot.set(-(index as i32) - 1);
        } else {
            // A trace that leaves without looping still runs the loop body fast.
            code.hot[rec.loop_pc as usize].set(-(index as i32) - 1);
        }
    }

    /// The tree rooted at trace `root` reached `maxside` side traces: the first
    /// time for its start point, flush it, so the start point is recorded again
    /// (with the types and paths the program has now); after that the tree
    /// keeps what it has and grows no more side traces.
    fn jit_tree_full(&mut self, root: u32) {
        let r = &self.jit.traces[root as usize];
        let (code, kind, loop_pc, start_pc) = (r.code, r.kind, r.loop_pc, r.start_pc);
        let key = (code as *const Code as usize, loop_pc);
        let flushes = self.jit.backoff.entry(key).or_default().flushes;
        let line = code.line_of(start_pc as usize);
        if flushes >= 1 {
            let at = (start_pc, line);
            self.jit
                .log
                .tree_full(r.number, code, at, r.tree_sides, false);
            return;
        }
        self.jit.backoff.entry(key).or_default().flushes += 1;
        self.jit.stats.flushes += 1;
        let members: Vec<usize> = (0..self.jit.traces.len())
            .filter(|&i| self.jit.traces[i].root == root && !self.jit.traces[i].flushed)
            .collect();
        let addresses: Vec<usize> = members
            .iter()
            .map(|&i| self.jit.traces[i].compiled.address)
            .collect();
        for t in self.jit.traces.iter_mut() {
            for exit in 0..t.side.len() {
                if t.side[exit].is_some_and(|s| members.contains(&(s as usize))) {
                    t.side[exit] = None;
                }
                let e = exit as u32;
                if addresses.contains(&t.compiled.tables.link(e)) {
                    t.compiled.tables.set_link(e, 0);
                }
            }
        }
        for &i in &members {
            self.jit.traces[i].flushed = true;
        }
        match kind {
            TraceKind::Function => code.entry_hot.set(0),
            _ => code.hot[loop_pc as usize].set(0),
        }
        let r = &self.jit.traces[root as usize];
        let at = (start_pc, line);
        self.jit
            .log
            .tree_full(r.number, code, at, r.tree_sides, true);
    }

    /// Starts recording a side trace from exit `exit` of trace `parent`: frame `fi`
    /// stands where the exit resumed.
    pub fn jit_start_side_trace(&mut self, fi: usize, parent: u32, exit: u32) {
        let pc = self.frames[fi].pc as u32;
        // No `Loop` instruction closes a side trace: it ends at a loop with a trace
        // (or leaves to the interpreter).
        self.jit_start_recording(fi, TraceKind::Side, u32::MAX, pc, Some((parent, exit)));
    }

    fn frames_line(&self, code: &Code, pc: u32) -> u32 {
        code.line_of(pc as usize)
    }

    /// Runs compiled trace `n` on frame `fi` (positioned at the loop header).
    /// Returns what the dispatch loop must do next.
    pub fn jit_enter(&mut self, fi: usize, n: u32) -> exit::Resume {
        exit::run_trace(self, fi, n)
    }

    /// End-of-run report for `TAURARO_TRACE`.
    pub fn jit_finish_run(&mut self) {
        let jit = &mut self.jit;
        jit.log.summary(&jit.traces, &jit.stats);
    }
}

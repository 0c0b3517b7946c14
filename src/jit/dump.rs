//! The trace log: `TAURARO_TRACE` (text on stderr) and `TAURARO_TRACE_JSON`
//! (JSON lines for the visualizer). Formats: `docs/TRACE_FORMAT.md`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::time::Instant;

use crate::compile::bytecode::Code;

use super::ir::{ExitKind, Op};
use super::record::{AbortReason, Link, RecordedInstr, Recorder, TraceKind};
use super::{JitStats, TraceRecord};

/// Which sections of the text log are on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sections {
    pub events: bool,
    pub bc: bool,
    pub ir: bool,
    pub snap: bool,
    pub asm: bool,
    pub exits: bool,
    pub stats: bool,
}

impl Sections {
    pub fn parse(spec: &str) -> Sections {
        let mut s = Sections::default();
        for item in spec.split(',').map(str::trim) {
            match item {
                "" | "0" | "off" => {}
                "1" | "on" => s.events = true,
                "bc" => s.bc = true,
                "ir" => s.ir = true,
                "snap" => s.snap = true,
                "asm" => s.asm = true,
                "exits" => s.exits = true,
                "stats" => s.stats = true,
                "all" => {
                    s = Sections {
                        events: true,
                        bc: true,
                        ir: true,
                        snap: true,
                        asm: true,
                        exits: true,
                        stats: true,
                    }
                }
                other => eprintln!("tauraro: TAURARO_TRACE: unknown section {other:?} ignored"),
            }
        }
        // Any section implies the event lines that give it context.
        if s.bc || s.ir || s.snap || s.asm {
            s.events = true;
        }
        s
    }

    fn any(&self) -> bool {
        *self != Sections::default()
    }
}

pub struct TraceLog {
    pub text: Sections,
    /// The JSON-lines log (`TAURARO_TRACE_JSON`), when on.
    json: Option<JsonLog>,
}

fn place(code: &Code, line: u32) -> String {
    format!("{}:{}", code.filename, line)
}

impl TraceLog {
    pub fn from_env() -> TraceLog {
        let text = std::env::var("TAURARO_TRACE")
            .map(|v| Sections::parse(&v))
            .unwrap_or_default();
        let json = std::env::var("TAURARO_TRACE_JSON")
            .ok()
            .filter(|p| !p.is_empty())
            .map(JsonLog::new);
        TraceLog { text, json }
    }

    pub fn enabled(&self) -> bool {
        self.text.any() || self.json.is_some()
    }

    pub fn wants_asm(&self) -> bool {
        self.text.asm || self.json.is_some()
    }

    /// The program and its `sys.argv`, for the JSON header (written with the first
    /// event, so a VM that never runs a program creates no log file).
    pub fn set_program(&mut self, program: &str, argv: &[String]) {
        if let Some(j) = &mut self.json {
            j.program = program.to_string();
            j.argv = argv.to_vec();
        }
    }

    /// `parent`: for a side trace, the parent's trace number and exit.
    pub fn start(
        &mut self,
        n: u32,
        code: &Code,
        pc: u32,
        line: u32,
        kind: TraceKind,
        parent: Option<(u32, u32)>,
    ) {
        if self.text.events {
            let from = match (kind, parent) {
                (_, Some((p, e))) => format!(" from trace {p} exit {e}"),
                (TraceKind::Function, None) => " function entry".to_string(),
                _ => String::new(),
            };
            eprintln!(
                "[TRACE {n} start {} {} pc {pc}{from}]",
                code.qualname,
                place(code, line)
            );
        }
        if let Some(j) = &mut self.json {
            j.source(&code.filename);
            let t = j.now();
            let loc = (code.filename.as_ref(), line, code.qualname.as_ref(), pc);
            j.emit(start_json(t, n, loc, kind, parent));
        }
    }

    pub fn abort(&mut self, n: u32, code: &Code, line: u32, reason: AbortReason, rec: &Recorder) {
        if self.text.events {
            eprintln!(
                "[TRACE {n} abort {} {} -- {}]",
                code.qualname,
                place(code, line),
                reason.name()
            );
        }
        if let Some(j) = &mut self.json {
            let t = j.now();
            let line = abort_json(t, n, reason.name(), code, line, rec.start_pc)
                .num("recorded", rec.bytecode.len())
                .finish();
            j.emit(line);
        }
    }

    /// The loop at `pc` of `code` is no longer recorded: after `aborts` aborts its
    /// counter was set to `backoff` back-edges.
    pub fn blacklist(&mut self, code: &Code, pc: u32, line: u32, aborts: u32, backoff: u64) {
        if self.text.events {
            eprintln!(
                "[TRACE blacklist {} {} after {aborts} aborts]",
                code.qualname,
                place(code, line)
            );
        }
        if let Some(j) = &mut self.json {
            let t = j.now();
            let at = location(Obj::new(), &code.filename, line, &code.qualname, pc);
            j.blacklisted.push(at.clone().finish());
            let obj = Obj::new()
                .str("type", "blacklist")
                .num("t", t)
                .merge(at)
                .num("aborts", aborts)
                .num("backoff", backoff);
            j.emit(obj.finish());
        }
    }

    /// The tree rooted at trace `n` (starting at `line`) reached `sides` side
    /// traces: flushed (its start point records again), or closed to more.
    pub fn tree_full(&mut self, n: u32, code: &Code, at: (u32, u32), sides: u32, flushed: bool) {
        let (pc, line) = at;
        let what = if flushed { "flush" } else { "side limit" };
        if self.text.events {
            eprintln!(
                "[TRACE {n} {what} {} {} after {sides} side traces]",
                code.qualname,
                place(code, line)
            );
        }
        if let Some(j) = &mut self.json {
            let t = j.now();
            let obj = Obj::new()
                .str("type", if flushed { "flush" } else { "side_limit" })
                .num("t", t)
                .num("trace", n)
                .num("side_traces", sides);
            let at = location(obj, &code.filename, line, &code.qualname, pc);
            j.emit(at.finish());
        }
    }

    /// The backend could not compile recording `n` (started at `pc`, `line`).
    pub fn compile_error(&mut self, n: u32, code: &Code, pc: u32, line: u32, msg: &str) {
        if self.text.any() {
            eprintln!("[TRACE {n} compile error in {}: {msg}]", code.qualname);
        }
        if let Some(j) = &mut self.json {
            let t = j.now();
            let line = abort_json(t, n, "compile error", code, line, pc)
                .str("message", msg)
                .finish();
            j.emit(line);
        }
    }

    /// A trace was compiled. `traces` are those compiled before it (a `Link::Trace`
    /// names an index there); `record_us` and `optimize_us` are this trace's times.
    #[allow(clippy::too_many_arguments)]
    pub fn stop(
        &mut self,
        t: &TraceRecord,
        traces: &[Box<TraceRecord>],
        ir_before: &super::ir::Trace,
        bytecode: &[RecordedInstr],
        line: u32,
        record_us: u64,
        optimize_us: u64,
    ) {
        let link = match t.link {
            Link::Loop => "loop".to_string(),
            Link::Trace(i) => format!(
                "trace {}",
                traces.get(i as usize).map_or(i, |linked| linked.number)
            ),
            Link::Interp => "interp".to_string(),
            Link::Return => "return".to_string(),
        };
        if let Some(j) = &mut self.json {
            for f in &t.frames {
                j.source(&f.code.filename);
            }
            let now = j.now();
            let parent = t
                .parent
                .map(|(i, e)| (traces.get(i as usize).map_or(i, |p| p.number), e));
            let event = trace_json(now, t, parent, &link, ir_before, bytecode, line)
                .raw(
                    "times_us",
                    Obj::new()
                        .num("record", record_us)
                        .num("optimize", optimize_us)
                        .num("compile", t.compiled.compile_us)
                        .finish()
                        .as_str(),
                )
                .finish();
            j.emit(event);
        }
        if !self.text.events {
            return;
        }
        eprintln!(
            "[TRACE {} stop {} {} -> {link}]",
            t.number,
            t.code.qualname,
            place(t.code, line)
        );
        if self.text.bc {
            eprintln!("---- TRACE {} bytecode", t.number);
            for b in bytecode {
                let code = t.frames[b.frame as usize].code;
                eprintln!(
                    "{:indent$}{:<10} {:>4} {}",
                    "",
                    format!("{}:{}", code.name, b.line),
                    b.pc,
                    b.text,
                    indent = 2 * b.depth as usize
                );
            }
        }
        if self.text.ir {
            eprintln!("---- TRACE {} IR (recorded)", t.number);
            eprint!("{}", ir_with_origin(ir_before));
            eprintln!("---- TRACE {} IR (optimized)", t.number);
            eprint!("{}", ir_with_origin(&t.trace));
        }
        if self.text.snap {
            eprintln!("---- TRACE {} snapshots", t.number);
            let name = |f: u32| t.frames[f as usize].code.name.to_string();
            for i in 0..t.trace.snaps.len() {
                eprintln!("{}", t.trace.snap_text(i, &name));
            }
        }
        if self.text.asm {
            eprintln!(
                "---- TRACE {} mcode {} bytes at {:#x}, compiled in {} us",
                t.number, t.compiled.size, t.compiled.address, t.compiled.compile_us
            );
            if let Some(v) = &t.compiled.vcode {
                eprint!("{v}");
            }
        }
    }

    pub fn summary(&mut self, traces: &[Box<TraceRecord>], stats: &JitStats) {
        // Machine code counts entries and exits itself (linked exits never return).
        let entered: u64 = traces.iter().map(|t| t.compiled.tables.entries()).sum();
        let exits_taken: u64 = traces
            .iter()
            .map(|t| t.compiled.tables.exit_counts().sum::<u64>())
            .sum();
        if self.text.exits {
            for t in traces {
                let taken: Vec<String> = t
                    .compiled
                    .tables
                    .exit_counts()
                    .enumerate()
                    .filter(|(_, c)| *c > 0)
                    .map(|(i, c)| format!("exit {i}: {c}"))
                    .collect();
                eprintln!(
                    "[TRACE {} exits, entered {}: {}]",
                    t.number,
                    t.compiled.tables.entries(),
                    if taken.is_empty() {
                        "none".to_string()
                    } else {
                        taken.join(", ")
                    }
                );
            }
        }
        if self.text.stats {
            let mut aborts: Vec<_> = stats.aborts.iter().collect();
            aborts.sort();
            eprintln!(
                "[JIT stats: {} traces compiled, {} entered, {} exits taken, {} blacklisted, {} entered from the interpreter, {} calls from traces, {} trees flushed]",
                stats.traces_compiled, entered, exits_taken, stats.blacklisted, stats.rust_entries, stats.trace_calls, stats.flushes
            );
            for (reason, n) in aborts {
                eprintln!("[JIT aborts: {reason}: {n}]");
            }
            eprintln!(
                "[JIT time: recording {} us, optimizing {} us, compiling {} us (median {} us per trace)]",
                stats.record_us,
                stats.optimize_us,
                stats.compile_us,
                median_compile_us(traces)
            );
        }
        if let Some(j) = &mut self.json {
            for t in traces {
                let exits = t
                    .compiled
                    .tables
                    .exit_counts()
                    .enumerate()
                    .filter(|(_, c)| *c > 0)
                    .map(|(i, c)| Obj::new().num("exit", i).num("count", c).finish());
                let line = Obj::new()
                    .str("type", "exit_counts")
                    .num("trace", t.number)
                    .num("entered", t.compiled.tables.entries())
                    .raw("exits", &array(exits))
                    .finish();
                j.emit(line);
            }
            let mut aborts: Vec<_> = stats.aborts.iter().collect();
            aborts.sort();
            let mut abort_obj = Obj::new();
            for (reason, n) in aborts {
                abort_obj = abort_obj.num(reason, *n);
            }
            let t = j.now();
            let line = Obj::new()
                .str("type", "summary")
                .num("t", t)
                .num("traces", stats.traces_compiled)
                .raw("aborts", &abort_obj.finish())
                .raw("blacklisted", &array(j.blacklisted.iter().cloned()))
                .num("entered", entered)
                .num("exits_taken", exits_taken)
                .num("entered_from_interpreter", stats.rust_entries)
                .num("calls_from_traces", stats.trace_calls)
                .num("trees_flushed", stats.flushes)
                .raw(
                    "times_us",
                    Obj::new()
                        .num("record", stats.record_us)
                        .num("optimize", stats.optimize_us)
                        .num("compile", stats.compile_us)
                        .num("compile_median", median_compile_us(traces))
                        .finish()
                        .as_str(),
                )
                .finish();
            j.emit(line);
            j.flush();
        }
    }
}

// ---- the JSON-lines log ---------------------------------------------------------

/// Where `TAURARO_TRACE_JSON` goes. Opened by the first event, which writes the
/// header first.
struct JsonLog {
    path: String,
    out: Option<Box<dyn Write>>,
    /// stderr (`-`) is flushed after every line, so text-log lines never cut one.
    flush_lines: bool,
    /// Opening or writing failed (reported once); nothing more is written.
    failed: bool,
    created: Instant,
    program: String,
    argv: Vec<String>,
    sources_sent: HashSet<String>,
    /// Locations (JSON objects) of the blacklisted loops, for the summary.
    blacklisted: Vec<String>,
}

impl JsonLog {
    fn new(path: String) -> JsonLog {
        JsonLog {
            flush_lines: path == "-",
            path,
            out: None,
            failed: false,
            created: Instant::now(),
            program: String::new(),
            argv: vec![],
            sources_sent: HashSet::new(),
            blacklisted: vec![],
        }
    }

    /// Microseconds since the log was created.
    fn now(&self) -> u64 {
        self.created.elapsed().as_micros() as u64
    }

    fn emit(&mut self, line: String) {
        if self.failed {
            return;
        }
        if self.out.is_none() {
            let out: Box<dyn Write> = if self.path == "-" {
                Box::new(std::io::stderr())
            } else {
                match std::fs::File::create(&self.path) {
                    Ok(f) => Box::new(BufWriter::new(f)),
                    Err(e) => {
                        self.failed = true;
                        eprintln!(
                            "tauraro: TAURARO_TRACE_JSON: cannot create {}: {e}",
                            self.path
                        );
                        return;
                    }
                }
            };
            self.out = Some(out);
            let header = header_json(&self.program, &self.argv, std::env::consts::ARCH);
            self.write_line(&header);
        }
        self.write_line(&line);
    }

    fn write_line(&mut self, line: &str) {
        let Some(out) = &mut self.out else { return };
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
        let mut result = out.write_all(&bytes);
        if self.flush_lines {
            result = result.and_then(|_| out.flush());
        }
        if let Err(e) = result {
            self.failed = true;
            eprintln!(
                "tauraro: TAURARO_TRACE_JSON: cannot write {}: {e}",
                self.path
            );
        }
    }

    fn flush(&mut self) {
        if let Some(out) = &mut self.out {
            if let Err(e) = out.flush() {
                if !self.failed {
                    eprintln!(
                        "tauraro: TAURARO_TRACE_JSON: cannot write {}: {e}",
                        self.path
                    );
                }
                self.failed = true;
            }
        }
    }

    /// Writes a file's `source` event the first time the file is named.
    fn source(&mut self, file: &str) {
        if self.sources_sent.contains(file) {
            return;
        }
        self.sources_sent.insert(file.to_string());
        let lines = crate::interp::source_lines(file)
            .map(|l| l.to_vec())
            .or_else(|| {
                std::fs::read_to_string(file)
                    .ok()
                    .map(|s| s.lines().map(String::from).collect())
            });
        if let Some(lines) = lines {
            let line = Obj::new()
                .str("type", "source")
                .str("file", file)
                .raw("lines", &array(lines.iter().map(|l| quote(l))))
                .finish();
            self.emit(line);
        }
    }
}

impl Drop for JsonLog {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Appends `s` as a JSON string literal.
pub fn push_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `s` as a JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s);
    out
}

/// A JSON array of already-encoded items.
fn array(items: impl Iterator<Item = String>) -> String {
    let mut out = String::from("[");
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&item);
    }
    out.push(']');
    out
}

/// A JSON object built key by key, in order.
#[derive(Clone)]
struct Obj(String);

impl Obj {
    fn new() -> Obj {
        Obj(String::from("{"))
    }

    fn key(mut self, k: &str) -> Obj {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        push_quoted(&mut self.0, k);
        self.0.push(':');
        self
    }

    fn str(self, k: &str, v: &str) -> Obj {
        let mut o = self.key(k);
        push_quoted(&mut o.0, v);
        o
    }

    fn num(self, k: &str, v: impl std::fmt::Display) -> Obj {
        let mut o = self.key(k);
        let _ = write!(o.0, "{v}");
        o
    }

    fn opt_num(self, k: &str, v: Option<u32>) -> Obj {
        match v {
            Some(v) => self.num(k, v),
            None => self.raw(k, "null"),
        }
    }

    /// A value that is already JSON.
    fn raw(self, k: &str, json: &str) -> Obj {
        let mut o = self.key(k);
        o.0.push_str(json);
        o
    }

    /// Appends another object's keys.
    fn merge(mut self, other: Obj) -> Obj {
        let body = &other.0[1..];
        if !body.is_empty() {
            if self.0.len() > 1 {
                self.0.push(',');
            }
            self.0.push_str(body);
        }
        self
    }

    fn finish(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// The median compile time of the compiled traces (the lower middle one for an
/// even count), 0 when there are none.
fn median_compile_us(traces: &[Box<TraceRecord>]) -> u64 {
    let mut times: Vec<u64> = traces.iter().map(|t| t.compiled.compile_us).collect();
    times.sort_unstable();
    times
        .get(times.len().saturating_sub(1) / 2)
        .copied()
        .unwrap_or(0)
}

fn location(o: Obj, file: &str, line: u32, func: &str, pc: u32) -> Obj {
    o.str("file", file)
        .num("line", line)
        .str("func", func)
        .num("pc", pc)
}

fn header_json(program: &str, argv: &[String], arch: &str) -> String {
    Obj::new()
        .str("type", "header")
        .str("format", "tauraro-trace")
        .num("version", 1)
        .str("program", program)
        .raw("argv", &array(argv.iter().map(|a| quote(a))))
        .str("arch", arch)
        .finish()
}

/// `loc`: file, line, function, pc.
fn start_json(
    t: u64,
    n: u32,
    loc: (&str, u32, &str, u32),
    kind: TraceKind,
    parent: Option<(u32, u32)>,
) -> String {
    let o = Obj::new()
        .str("type", "start")
        .num("t", t)
        .num("trace", n)
        .str("kind", kind.name())
        .opt_num("parent", parent.map(|p| p.0))
        .opt_num("parent_exit", parent.map(|p| p.1));
    location(o, loc.0, loc.1, loc.2, loc.3).finish()
}

fn abort_json(t: u64, n: u32, reason: &str, code: &Code, line: u32, pc: u32) -> Obj {
    let o = Obj::new()
        .str("type", "abort")
        .num("t", t)
        .num("trace", n)
        .str("reason", reason);
    location(o, &code.filename, line, &code.qualname, pc)
}

/// The `trace` event without its `times_us`.
fn trace_json(
    now: u64,
    t: &TraceRecord,
    parent: Option<(u32, u32)>,
    link: &str,
    ir_before: &super::ir::Trace,
    bytecode: &[RecordedInstr],
    line: u32,
) -> Obj {
    let o = Obj::new()
        .str("type", "trace")
        .num("t", now)
        .num("trace", t.number)
        .str("kind", t.kind.name())
        .opt_num("parent", parent.map(|p| p.0))
        .opt_num("parent_exit", parent.map(|p| p.1));
    let o = location(o, &t.code.filename, line, &t.code.qualname, t.start_pc).str("link", link);
    let bc = bytecode.iter().map(|b| {
        let code = t.frames[b.frame as usize].code;
        Obj::new()
            .num("pc", b.pc)
            .num("line", b.line)
            .num("depth", b.depth)
            .str("func", &code.qualname)
            .str("file", &code.filename)
            .str("text", &b.text)
            .finish()
    });
    // An IR instruction knows its inlining depth, not its frame: its file is the
    // one file the bytecode recorded at that depth comes from (absent when several).
    let mut depth_file: HashMap<u16, Option<&str>> = HashMap::new();
    depth_file.insert(0, Some(&t.code.filename));
    for b in bytecode {
        let file: &str = &t.frames[b.frame as usize].code.filename;
        depth_file
            .entry(b.depth)
            .and_modify(|f| {
                if *f != Some(file) {
                    *f = None
                }
            })
            .or_insert(Some(file));
    }
    let o = o
        .raw("bytecode", &array(bc))
        .raw("ir_before", &ir_json(ir_before, &depth_file))
        .raw("ir_after", &ir_json(&t.trace, &depth_file))
        .raw("snapshots", &snapshots_json(t));
    let c = &t.compiled;
    let mut hex = String::with_capacity(c.bytes.len() * 2);
    for b in &c.bytes {
        let _ = write!(hex, "{b:02x}");
    }
    let ranges = c.ranges.iter().map(|(start, end, ir)| {
        Obj::new()
            .num("start", start)
            .num("end", end)
            .num("ir", ir)
            .finish()
    });
    let asm = Obj::new()
        .num("size", c.size)
        .str("address", &format!("{:#x}", c.address))
        .str("bytes", &hex)
        .str("vcode", c.vcode.as_deref().unwrap_or(""))
        .raw("ranges", &array(ranges));
    o.raw("asm", &asm.finish())
}

fn ir_json(trace: &super::ir::Trace, depth_file: &HashMap<u16, Option<&str>>) -> String {
    array(trace.ins.iter().enumerate().map(|(i, ins)| {
        let o = Obj::new()
            .num("ref", i)
            .str("text", &trace.ins_text(i))
            .num("line", ins.line)
            .num("depth", ins.depth);
        match depth_file.get(&ins.depth).copied().flatten() {
            Some(file) => o.str("file", file),
            None => o,
        }
        .finish()
    }))
}

/// One entry per guard of the optimized IR, with its snapshot's frames (outermost
/// first) and slot map. Trace slots count from the root frame's base; each slot is
/// shown in the innermost frame whose window starts at or below it, numbered from
/// that frame's base.
fn snapshots_json(t: &TraceRecord) -> String {
    let trace = &t.trace;
    let guards = trace
        .ins
        .iter()
        .enumerate()
        .filter_map(|(i, ins)| Some((i, ins.snap?)));
    array(guards.filter_map(|(i, sn)| {
        let snap = trace.snaps.get(sn as usize)?;
        let mut per_frame: Vec<Vec<String>> = vec![vec![]; snap.frames.len()];
        for &(slot, r) in &snap.slots {
            let k = snap
                .frames
                .iter()
                .rposition(|f| t.frames[f.frame as usize].base_off <= slot)
                .unwrap_or(0);
            let base = snap
                .frames
                .get(k)
                .map_or(0, |f| t.frames[f.frame as usize].base_off);
            let value = match trace.ins[r.idx()].op {
                Op::Int(_) | Op::Float(_) | Op::Bool(_) | Op::Val(_) => {
                    format!("const {}", trace.operand_text(r))
                }
                _ => format!("{r}"),
            };
            if let Some(list) = per_frame.get_mut(k) {
                list.push(
                    Obj::new()
                        .num("slot", slot - base)
                        .str("value", &value)
                        .finish(),
                );
            }
        }
        let frames = snap.frames.iter().zip(per_frame).map(|(f, slots)| {
            let code = t.frames[f.frame as usize].code;
            let o = Obj::new();
            let o = location(
                o,
                &code.filename,
                code.line_of(f.pc as usize),
                &code.qualname,
                f.pc,
            )
            .raw("slots", &array(slots.into_iter()));
            o.finish()
        });
        let kind = match snap.kind {
            ExitKind::Resume => "resume",
            ExitKind::Raise => "raise",
            ExitKind::Collect => "collect",
            ExitKind::Return(_) => "return",
        };
        Some(
            Obj::new()
                .num("snap", sn)
                .num("exit", sn)
                .num("ir", i)
                .str("kind", kind)
                .raw("frames", &array(frames))
                .finish(),
        )
    }))
}

/// IR lines with the source line and inlining depth of each instruction.
pub fn ir_with_origin(t: &super::ir::Trace) -> String {
    let mut out = String::new();
    for (i, ins) in t.ins.iter().enumerate() {
        if t.loop_start == Some(i as u32) {
            out.push_str("---- loop body\n");
        }
        out.push_str(&format!(
            "{:<60} ; line {} depth {}\n",
            t.ins_text(i),
            ins.line,
            ins.depth
        ));
    }
    if t.loops {
        out.push_str("---- loop\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(quote("plain"), r#""plain""#);
        assert_eq!(quote(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(quote("l1\nl2\r\t"), r#""l1\nl2\r\t""#);
        assert_eq!(
            quote("\u{0}\u{1}\u{8}\u{c}\u{1f}\u{7f}"),
            r#""\u0000\u0001\b\f\u001f\u007f""#
        );
        // Non-ASCII text stays as UTF-8; `/` and `'` need no escape.
        assert_eq!(quote("é → 'x'/y"), "\"é → 'x'/y\"");
        assert_eq!(quote(""), r#""""#);
    }

    #[test]
    fn start_event_line() {
        assert_eq!(
            start_json(
                1234,
                7,
                ("dir/a \"b\".py", 3, "C.f", 9),
                TraceKind::Loop,
                None
            ),
            r#"{"type":"start","t":1234,"trace":7,"kind":"loop","parent":null,"parent_exit":null,"file":"dir/a \"b\".py","line":3,"func":"C.f","pc":9}"#
        );
    }

    #[test]
    fn header_line() {
        let argv = vec!["p.py".to_string(), "-x\t1".to_string()];
        assert_eq!(
            header_json("p.py", &argv, "x86_64"),
            r#"{"type":"header","format":"tauraro-trace","version":1,"program":"p.py","argv":["p.py","-x\t1"],"arch":"x86_64"}"#
        );
    }

    #[test]
    fn objects_and_arrays() {
        let inner = Obj::new().num("a", 1).str("b", "x");
        assert_eq!(
            Obj::new()
                .str("k", "v")
                .merge(inner)
                .opt_num("n", None)
                .finish(),
            r#"{"k":"v","a":1,"b":"x","n":null}"#
        );
        assert_eq!(Obj::new().merge(Obj::new()).finish(), "{}");
        assert_eq!(array(std::iter::empty()), "[]");
        assert_eq!(
            array(["1".to_string(), "2".to_string()].into_iter()),
            "[1,2]"
        );
    }
}

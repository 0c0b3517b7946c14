//! The trace log: `TAURARO_TRACE` (text on stderr) and `TAURARO_TRACE_JSON`
//! (JSON lines for the visualizer). Formats: `docs/TRACE_FORMAT.md`.

use crate::compile::bytecode::Code;

use super::record::{AbortReason, Link, RecordedInstr, Recorder};
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
}

fn place(code: &Code, line: u32) -> String {
    format!("{}:{}", code.filename, line)
}

impl TraceLog {
    pub fn from_env() -> TraceLog {
        let text = std::env::var("TAURARO_TRACE")
            .map(|v| Sections::parse(&v))
            .unwrap_or_default();
        TraceLog { text }
    }

    pub fn enabled(&self) -> bool {
        self.text.any()
    }

    pub fn wants_asm(&self) -> bool {
        self.text.asm
    }

    pub fn start(&mut self, n: u32, code: &Code, pc: u32, line: u32) {
        if self.text.events {
            eprintln!(
                "[TRACE {n} start {} {} pc {pc}]",
                code.qualname,
                place(code, line)
            );
        }
    }

    pub fn abort(&mut self, n: u32, code: &Code, line: u32, reason: AbortReason, _rec: &Recorder) {
        if self.text.events {
            eprintln!(
                "[TRACE {n} abort {} {} -- {}]",
                code.qualname,
                place(code, line),
                reason.name()
            );
        }
    }

    pub fn blacklist(&mut self, code: &Code, line: u32, aborts: u32) {
        if self.text.events {
            eprintln!(
                "[TRACE blacklist {} {} after {aborts} aborts]",
                code.qualname,
                place(code, line)
            );
        }
    }

    pub fn compile_error(&mut self, n: u32, code: &Code, msg: &str) {
        if self.enabled() {
            eprintln!("[TRACE {n} compile error in {}: {msg}]", code.qualname);
        }
    }

    pub fn stop(
        &mut self,
        t: &TraceRecord,
        ir_before: &super::ir::Trace,
        bytecode: &[RecordedInstr],
        line: u32,
    ) {
        if !self.text.events {
            return;
        }
        let link = match t.link {
            Link::Loop => "loop".to_string(),
            Link::Trace(n) => format!("trace {n}"),
            Link::Interp => "interp".to_string(),
        };
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
        if self.text.exits {
            for t in traces {
                let taken: Vec<String> = t
                    .exit_counts
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| **c > 0)
                    .map(|(i, c)| format!("exit {i}: {c}"))
                    .collect();
                eprintln!(
                    "[TRACE {} exits, entered {}: {}]",
                    t.number,
                    t.entries,
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
                "[JIT stats: {} traces compiled, {} entered, {} exits taken, {} blacklisted]",
                stats.traces_compiled, stats.traces_entered, stats.exits_taken, stats.blacklisted
            );
            for (reason, n) in aborts {
                eprintln!("[JIT aborts: {reason}: {n}]");
            }
            eprintln!(
                "[JIT time: recording {} us, optimizing {} us, compiling {} us]",
                stats.record_us, stats.optimize_us, stats.compile_us
            );
        }
    }
}

/// IR lines with the source line and inlining depth of each instruction.
pub fn ir_with_origin(t: &super::ir::Trace) -> String {
    let mut out = String::new();
    for (i, ins) in t.ins.iter().enumerate() {
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

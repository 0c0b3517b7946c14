//! Turns a [`TraceLog`] into the report: one HTML file with the page's code and
//! styles inline and the data as JSON.
//!
//! The data is split so that big logs open fast: one small `overview` JSON block
//! (a row per trace, the events, aborts, blacklist) is parsed at load; each
//! trace's detail (bytecode, IR, snapshots, machine code) sits in its own
//! `application/json` script element that the page parses only when the trace is
//! selected. The browser does not parse those blocks as script, so hundreds of
//! traces cost little more than the bytes.

use crate::disasm::{self, Arch, CodeLine};
use crate::log::{
    AbortEvent, BlacklistEvent, BytecodeEntry, ExitCount, IrEntry, PhaseTimes, Snapshot, Summary,
    TraceEvent, TraceLog,
};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

const TEMPLATE: &str = include_str!("assets/report.html");
const STYLE: &str = include_str!("assets/report.css");
const SCRIPT: &str = include_str!("assets/report.js");

/// How to read the machine code.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Overrides the log header's `arch` and the host default.
    pub arch: Option<Arch>,
}

/// One row of the overview: what the trace table, tree and timeline need.
#[derive(Debug, Serialize)]
pub struct TraceRow {
    pub id: u32,
    pub kind: String,
    pub parent: Option<u32>,
    pub parent_exit: Option<u32>,
    pub file: String,
    pub line: u32,
    pub func: String,
    pub pc: u32,
    pub link: String,
    /// The trace that `link` jumps into, for `trace N`.
    pub link_target: Option<u32>,
    /// When recording started (from the `start` event) and when compiling ended.
    pub start_t: Option<f64>,
    pub t: f64,
    pub ir_before: usize,
    pub ir_after: usize,
    pub guards: usize,
    pub code_size: u64,
    pub times_us: PhaseTimes,
    pub entered: u64,
    pub exits_total: u64,
    /// Per exit number, sorted by exit.
    pub exits: Vec<ExitCount>,
    /// Side traces started from this trace's exits.
    pub children: Vec<u32>,
}

/// A JIT event on the timeline.
#[derive(Debug, Serialize)]
pub struct TimelineEvent {
    pub t: f64,
    /// `start`, `abort`, `trace` (compiled), `blacklist`, `flush` or `side_limit`.
    pub kind: &'static str,
    pub trace: Option<u32>,
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct Overview {
    pub program: String,
    pub argv: Vec<String>,
    pub arch: &'static str,
    pub generator: String,
    pub traces: Vec<TraceRow>,
    pub aborts: Vec<AbortEvent>,
    pub blacklists: Vec<BlacklistEvent>,
    pub events: Vec<TimelineEvent>,
    pub summary: Option<Summary>,
    pub warnings: Vec<String>,
    /// File name -> source lines; the detail view shows them beside the trace.
    pub sources: BTreeMap<String, Vec<String>>,
}

/// The lazily parsed part of one trace. Lines are arrays rather than objects to
/// keep big reports small: IR `[ref, text, line, depth]`, bytecode
/// `[pc, line, depth, func, text]`, code `[offset, hex, text, ir]`.
#[derive(Debug, Serialize)]
pub struct TraceDetail {
    pub id: u32,
    pub bytecode: Vec<(u32, u32, u32, String, String)>,
    pub ir_before: Vec<(u32, String, u32, u32)>,
    pub ir_after: Vec<(u32, String, u32, u32)>,
    pub snapshots: Vec<Snapshot>,
    pub code: CodeDetail,
}

#[derive(Debug, Serialize)]
pub struct CodeDetail {
    pub address: String,
    pub size: u64,
    /// True when `lines` are decoded instructions, false when they are raw
    /// byte ranges (the page then also shows `vcode`).
    pub disassembled: bool,
    pub lines: Vec<(u32, String, String, Option<u32>)>,
    pub vcode: String,
}

/// The overview and the per-trace details, ready to be written.
#[derive(Debug)]
pub struct Report {
    pub overview: Overview,
    pub details: Vec<TraceDetail>,
}

fn ir_rows(entries: &[IrEntry]) -> Vec<(u32, String, u32, u32)> {
    entries
        .iter()
        .map(|entry| (entry.ir_ref, entry.text.clone(), entry.line, entry.depth))
        .collect()
}

fn bytecode_rows(entries: &[BytecodeEntry]) -> Vec<(u32, u32, u32, String, String)> {
    entries
        .iter()
        .map(|entry| {
            (
                entry.pc,
                entry.line,
                entry.depth,
                entry.func.clone(),
                entry.text.clone(),
            )
        })
        .collect()
}

/// A guard's IR text mentions its exit as `-> exit N`.
fn is_guard(text: &str) -> bool {
    text.contains("-> exit ")
}

fn code_detail(trace: &TraceEvent, arch: Arch) -> CodeDetail {
    // The reader already checked the hex; an error here cannot happen, but an
    // empty listing is the harmless answer if it did.
    let code = crate::log::decode_hex(&trace.asm.bytes).unwrap_or_default();
    let (disassembled, lines): (bool, Vec<CodeLine>) = match arch {
        Arch::X86_64 => (
            true,
            disasm::disassemble_x86_64(
                &code,
                disasm::parse_address(&trace.asm.address),
                &trace.asm.ranges,
            ),
        ),
        Arch::Aarch64 | Arch::Other => (false, disasm::raw_ranges(&code, &trace.asm.ranges)),
    };
    CodeDetail {
        address: trace.asm.address.clone(),
        size: if trace.asm.size > 0 {
            trace.asm.size
        } else {
            code.len() as u64
        },
        disassembled,
        lines: lines
            .into_iter()
            .map(|line| (line.offset, line.hex, line.text, line.ir))
            .collect(),
        vcode: trace.asm.vcode.clone(),
    }
}

fn location_label(file: &str, line: u32, func: &str) -> String {
    format!("{file}:{line} ({func})")
}

/// Builds the report data. Inconsistencies between events (an exit count for an
/// unknown trace, a side trace whose parent never compiled) become warnings.
pub fn build_report(log: &TraceLog, options: Options) -> Report {
    let arch = options
        .arch
        .or_else(|| log.header.arch.as_deref().map(Arch::from_name))
        .unwrap_or_else(Arch::host);
    let mut warnings = log.warnings.clone();

    // A trace number compiled twice keeps its last version.
    let mut by_id: BTreeMap<u32, &TraceEvent> = BTreeMap::new();
    for trace in &log.traces {
        if by_id.insert(trace.trace, trace).is_some() {
            warnings.push(format!(
                "trace {} was compiled more than once; showing the last",
                trace.trace
            ));
        }
    }
    let mut start_times: HashMap<u32, f64> = HashMap::new();
    for start in &log.starts {
        start_times.insert(start.trace, start.t);
    }
    let mut counts: HashMap<u32, (u64, Vec<ExitCount>)> = HashMap::new();
    for entry in &log.exit_counts {
        if !by_id.contains_key(&entry.trace) {
            warnings.push(format!(
                "exit counts for trace {}, which never compiled",
                entry.trace
            ));
            continue;
        }
        let mut exits = entry.exits.clone();
        exits.sort_by_key(|exit| exit.exit);
        counts.insert(entry.trace, (entry.entered, exits));
    }
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for trace in by_id.values() {
        if let Some(parent) = trace.parent {
            if by_id.contains_key(&parent) {
                children.entry(parent).or_default().push(trace.trace);
            } else {
                warnings.push(format!(
                    "side trace {} names parent trace {parent}, which never compiled",
                    trace.trace
                ));
            }
        }
    }

    let mut rows = Vec::with_capacity(by_id.len());
    let mut details = Vec::with_capacity(by_id.len());
    for (&id, trace) in &by_id {
        let (entered, exits) = counts.remove(&id).unwrap_or_default();
        rows.push(TraceRow {
            id,
            kind: trace.kind.clone(),
            parent: trace.parent,
            parent_exit: trace.parent_exit,
            file: trace.at.file.clone(),
            line: trace.at.line,
            func: trace.at.func.clone(),
            pc: trace.at.pc,
            link: trace.link.clone(),
            link_target: trace
                .link
                .strip_prefix("trace ")
                .and_then(|number| number.trim().parse().ok()),
            start_t: start_times.get(&id).copied(),
            t: trace.t,
            ir_before: trace.ir_before.len(),
            ir_after: trace.ir_after.len(),
            guards: trace
                .ir_after
                .iter()
                .filter(|entry| is_guard(&entry.text))
                .count(),
            code_size: if trace.asm.size > 0 {
                trace.asm.size
            } else {
                trace.asm.bytes.len() as u64 / 2
            },
            times_us: trace.times_us.clone(),
            entered,
            exits_total: exits.iter().map(|exit| exit.count).sum(),
            exits,
            children: children.remove(&id).unwrap_or_default(),
        });
        details.push(TraceDetail {
            id,
            bytecode: bytecode_rows(&trace.bytecode),
            ir_before: ir_rows(&trace.ir_before),
            ir_after: ir_rows(&trace.ir_after),
            snapshots: trace.snapshots.clone(),
            code: code_detail(trace, arch),
        });
    }

    let mut events = Vec::new();
    for start in &log.starts {
        events.push(TimelineEvent {
            t: start.t,
            kind: "start",
            trace: Some(start.trace),
            label: format!(
                "start trace {} ({}) at {}",
                start.trace,
                start.kind,
                location_label(&start.at.file, start.at.line, &start.at.func)
            ),
        });
    }
    for abort in &log.aborts {
        events.push(TimelineEvent {
            t: abort.t,
            kind: "abort",
            trace: Some(abort.trace),
            label: format!(
                "abort trace {}: {} at {}",
                abort.trace,
                abort.reason,
                location_label(&abort.at.file, abort.at.line, &abort.at.func)
            ),
        });
    }
    for trace in by_id.values() {
        events.push(TimelineEvent {
            t: trace.t,
            kind: "trace",
            trace: Some(trace.trace),
            label: format!(
                "compiled trace {} ({}, {} IR, {} bytes, {} us)",
                trace.trace,
                trace.kind,
                trace.ir_after.len(),
                trace.asm.bytes.len() / 2,
                trace.times_us.compile
            ),
        });
    }
    for blacklist in &log.blacklists {
        events.push(TimelineEvent {
            t: blacklist.t,
            kind: "blacklist",
            trace: None,
            label: format!(
                "blacklisted {} after {} aborts (backoff {})",
                location_label(&blacklist.at.file, blacklist.at.line, &blacklist.at.func),
                blacklist.aborts,
                blacklist.backoff
            ),
        });
    }
    for tree in &log.tree_events {
        events.push(TimelineEvent {
            t: tree.t,
            kind: if tree.flushed { "flush" } else { "side_limit" },
            trace: Some(tree.trace),
            label: format!(
                "trace tree {} at {} {} after {} side traces",
                tree.trace,
                location_label(&tree.at.file, tree.at.line, &tree.at.func),
                if tree.flushed {
                    "flushed (recorded again)"
                } else {
                    "closed to side traces"
                },
                tree.side_traces
            ),
        });
    }
    events.sort_by(|a, b| a.t.total_cmp(&b.t));

    Report {
        overview: Overview {
            program: log.header.program.clone().unwrap_or_default(),
            argv: log.header.argv.clone(),
            arch: arch.name(),
            generator: format!("trace-visualizer {}", env!("CARGO_PKG_VERSION")),
            traces: rows,
            aborts: log.aborts.clone(),
            blacklists: log.blacklists.clone(),
            events,
            summary: log.summary.clone(),
            warnings,
            sources: log.sources.clone(),
        },
        details,
    }
}

/// JSON that is safe inside a `<script>` element: `<` only occurs inside JSON
/// strings, where `\u003c` means the same, so no `</script>` or `<!--` can end
/// or confuse the element.
fn script_json<T: Serialize>(value: &T) -> io::Result<String> {
    let text = serde_json::to_string(value).map_err(io::Error::other)?;
    Ok(text.replace('<', "\\u003c"))
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes the report as one self-contained HTML page.
pub fn write_html(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let title = if report.overview.program.is_empty() {
        "JIT traces".to_string()
    } else {
        format!("JIT traces: {}", report.overview.program)
    };
    // The template's {{NAME}} markers are filled in one pass, so nothing in the
    // data can be mistaken for a marker.
    let mut rest = TEMPLATE;
    while let Some(open) = rest.find("{{") {
        out.write_all(&rest.as_bytes()[..open])?;
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            out.write_all(&rest.as_bytes()[open..])?;
            rest = "";
            break;
        };
        match &after[..close] {
            "TITLE" => out.write_all(escape_html(&title).as_bytes())?,
            "STYLE" => out.write_all(STYLE.as_bytes())?,
            "SCRIPT" => out.write_all(SCRIPT.as_bytes())?,
            "OVERVIEW" => out.write_all(script_json(&report.overview)?.as_bytes())?,
            "DETAILS" => {
                for detail in &report.details {
                    writeln!(
                        out,
                        "<script type=\"application/json\" id=\"trace-detail-{}\">{}</script>",
                        detail.id,
                        script_json(detail)?
                    )?;
                }
            }
            other => {
                return Err(io::Error::other(format!(
                    "report template has an unknown marker {{{{{other}}}}}"
                )))
            }
        }
        rest = &after[close + 2..];
    }
    out.write_all(rest.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::read_log;

    const LOG: &str = concat!(
        r#"{"type":"header","format":"tauraro-trace","version":1,"program":"p.py","argv":["p.py"],"arch":"x86_64"}"#,
        "\n",
        r#"{"type":"source","file":"p.py","lines":["s = '</script>'","for i in range(9):","    pass"]}"#,
        "\n",
        r#"{"type":"start","t":10,"trace":1,"kind":"loop","file":"p.py","line":2,"func":"<module>","pc":3}"#,
        "\n",
        r#"{"type":"trace","t":20,"trace":1,"kind":"loop","file":"p.py","line":2,"func":"<module>","pc":3,"link":"loop","ir_after":[{"ref":0,"text":"0000 int LoadSlot r1","line":2},{"ref":1,"text":"0001 guard int 0000 -> exit 0","line":2}],"asm":{"size":2,"address":"0x1000","bytes":"90c3","ranges":[{"start":0,"end":1,"ir":1}]}}"#,
        "\n",
        r#"{"type":"trace","t":30,"trace":2,"kind":"side","parent":1,"parent_exit":0,"file":"p.py","line":3,"func":"<module>","pc":5,"link":"trace 1","asm":{"bytes":"c3"}}"#,
        "\n",
        r#"{"type":"exit_counts","trace":1,"entered":3,"exits":[{"exit":0,"count":12}]}"#,
        "\n",
        r#"{"type":"exit_counts","trace":9,"entered":3,"exits":[]}"#,
        "\n",
    );

    fn report() -> Report {
        let log = read_log(LOG.as_bytes()).expect("valid log");
        build_report(&log, Options { arch: None })
    }

    #[test]
    fn overview_rows_link_parents_children_and_counts() {
        let report = report();
        let rows = &report.overview.traces;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].children, vec![2]);
        assert_eq!(rows[0].exits_total, 12);
        assert_eq!(rows[0].entered, 3);
        assert_eq!(rows[0].guards, 1);
        assert_eq!(rows[0].start_t, Some(10.0));
        assert_eq!(rows[1].link_target, Some(1));
        assert_eq!(rows[1].code_size, 1);
        assert!(report
            .overview
            .warnings
            .iter()
            .any(|w| w.contains("trace 9, which never compiled")));
        assert_eq!(report.overview.events.len(), 3);
    }

    #[test]
    fn header_arch_selects_the_disassembler() {
        let report = report();
        let code = &report.details[0].code;
        assert!(code.disassembled);
        assert_eq!(code.lines[0].2, "nop");
        assert_eq!(code.lines[0].3, Some(1));

        let log = read_log(LOG.as_bytes()).unwrap();
        let raw = build_report(
            &log,
            Options {
                arch: Some(Arch::Aarch64),
            },
        );
        assert!(!raw.details[0].code.disassembled);
        assert_eq!(raw.details[0].code.lines[0].1, "90");
    }

    #[test]
    fn html_is_self_contained_and_holds_every_trace() {
        let mut html = Vec::new();
        write_html(&report(), &mut html).unwrap();
        let html = String::from_utf8(html).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<title>JIT traces: p.py</title>"));
        assert!(html.contains("id=\"trace-detail-1\""));
        assert!(html.contains("id=\"trace-detail-2\""));
        assert!(html.contains("\"id\":2,\"kind\":\"side\""));
        assert!(!html.contains("{{"), "a template marker was left unfilled");
        // The source line holding </script> must not end the data element.
        assert_eq!(html.matches("</script>").count(), 2 + 2);
        assert!(html.contains("\\u003c/script>"));
        // Nothing is fetched from the network (the SVG namespace URI in the
        // script is a name, not a fetch).
        for fetch in ["src=", "href=\"http", "url(http", "@import"] {
            assert!(!html.contains(fetch), "the page fetches something: {fetch}");
        }
    }
}

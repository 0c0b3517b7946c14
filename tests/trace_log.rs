//! The JIT's trace logs, end to end: runs the `tauraro` binary on a small hot
//! program (`tests/data/trace_log_hot.py`: a loop with an inlined call and a guard
//! that starts failing, and a nested loop whose outer loop aborts) and checks the
//! JSON-lines log of `TAURARO_TRACE_JSON` (docs/TRACE_FORMAT.md), that the trace
//! visualizer reads it and builds a report, and the text log of `TAURARO_TRACE`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const EXPECTED_STDOUT: &str = "8702450\n6000\n";

fn program() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/trace_log_hot.py")
}

fn run(envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tauraro"));
    cmd.arg(program())
        .env_remove("TAURARO_TRACE")
        .env_remove("TAURARO_TRACE_JSON")
        .env_remove("TAURARO_JIT");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run tauraro");
    assert!(
        out.status.success(),
        "tauraro failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A fresh path in the temp directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("tauraro-trace-log-{}-{name}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn events(text: &str) -> Vec<Value> {
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("line {}: not JSON ({e}): {line}", i + 1));
            assert!(v.is_object(), "line {}: not an object", i + 1);
            v
        })
        .collect()
}

fn of_type<'a>(events: &'a [Value], ty: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["type"] == ty).collect()
}

#[test]
fn json_log_has_every_event_and_the_visualizer_reads_it() {
    let log = TempFile::new("log.jsonl");
    let out = run(&[("TAURARO_TRACE_JSON", log.0.to_str().unwrap())]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), EXPECTED_STDOUT);
    let text = std::fs::read_to_string(&log.0).expect("the log was written");
    assert!(text.ends_with('\n'), "the last line is complete");
    let events = events(&text);

    // The header comes first and says what ran where.
    let header = &events[0];
    assert_eq!(header["type"], "header");
    assert_eq!(header["format"], "tauraro-trace");
    assert_eq!(header["version"], 1);
    let program = program().to_str().unwrap().to_string();
    assert_eq!(header["program"], program.as_str());
    assert_eq!(header["argv"], serde_json::json!([program]));
    assert_eq!(header["arch"], std::env::consts::ARCH);
    assert!(events[1..].iter().all(|e| e["type"] != "header"));

    // The source comes before the first start, once, with every line.
    let sources = of_type(&events, "source");
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0]["file"], program.as_str());
    let src = std::fs::read_to_string(&program).unwrap();
    let lines: Vec<&str> = src.lines().collect();
    assert_eq!(sources[0]["lines"], serde_json::json!(lines));
    let first = |ty: &str| events.iter().position(|e| e["type"] == ty).unwrap();
    assert!(first("source") < first("start"));

    // Every recording attempt has its own number, shared by its start and by the
    // trace or abort that ends it, and `t` never goes back.
    let starts = of_type(&events, "start");
    let traces = of_type(&events, "trace");
    let aborts = of_type(&events, "abort");
    assert!(traces.len() >= 2, "two loops compile");
    assert!(!aborts.is_empty(), "the outer nested loop aborts");
    assert_eq!(starts.len(), traces.len() + aborts.len());
    for (i, s) in starts.iter().enumerate() {
        let n = &s["trace"];
        assert_eq!(*n, i as u64 + 1, "attempts are numbered from 1");
        let ends: Vec<_> = traces
            .iter()
            .chain(&aborts)
            .filter(|e| e["trace"] == *n)
            .collect();
        assert_eq!(ends.len(), 1, "trace {n}: one end");
        for key in ["file", "line", "func", "pc"] {
            assert_eq!(ends[0][key], s[key], "trace {n}: same {key}");
        }
    }
    let times: Vec<u64> = events.iter().filter_map(|e| e["t"].as_u64()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    for a in &aborts {
        assert!(a["reason"].as_str().is_some_and(|r| !r.is_empty()));
    }

    // classify's loop: IR, an inlined call, snapshots, machine code.
    let t = traces
        .iter()
        .find(|t| t["func"] == "classify")
        .expect("a trace in classify");
    assert_eq!(t["kind"], "loop");
    assert_eq!(t["link"], "loop");
    let ir_after = t["ir_after"].as_array().unwrap();
    assert!(!ir_after.is_empty() && !t["ir_before"].as_array().unwrap().is_empty());
    for (i, ins) in ir_after.iter().enumerate() {
        assert_eq!(ins["ref"], i as u64);
        assert!(ins["text"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{i:04}")));
    }
    let bytecode = t["bytecode"].as_array().unwrap();
    assert!(bytecode
        .iter()
        .any(|b| b["func"] == "scale" && b["depth"] == 1 && b["file"] == program.as_str()));
    let asm = &t["asm"];
    let bytes = asm["bytes"].as_str().unwrap();
    assert!(!bytes.is_empty() && bytes.len() % 2 == 0);
    assert!(bytes.bytes().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(bytes.len() as u64, 2 * asm["size"].as_u64().unwrap());
    assert!(asm["address"].as_str().unwrap().starts_with("0x"));
    assert!(!asm["vcode"].as_str().unwrap().is_empty());
    let ranges = asm["ranges"].as_array().unwrap();
    assert!(!ranges.is_empty());
    for r in ranges {
        assert!(r["start"].as_u64() <= r["end"].as_u64());
        assert!(r["end"].as_u64().unwrap() <= asm["size"].as_u64().unwrap());
        assert!(r["ir"].as_u64().unwrap() < ir_after.len() as u64);
    }
    // One snapshot per guard; the guard's text names the same exit.
    let snaps = t["snapshots"].as_array().unwrap();
    let guards = ir_after
        .iter()
        .filter(|i| i["text"].as_str().unwrap().contains("-> exit"))
        .count();
    assert_eq!(snaps.len(), guards);
    for s in snaps {
        let ins = &ir_after[s["ir"].as_u64().unwrap() as usize];
        let exit = s["exit"].as_u64().unwrap();
        assert!(ins["text"]
            .as_str()
            .unwrap()
            .ends_with(&format!("-> exit {exit}")));
        assert_eq!(s["frames"][0]["func"], "classify");
    }
    // A guard inside the inlined call: two frames, the callee's slots from 0.
    let inlined = snaps
        .iter()
        .find(|s| s["frames"].as_array().unwrap().len() == 2)
        .expect("a snapshot inside scale()");
    let callee = &inlined["frames"][1];
    assert_eq!(callee["func"], "scale");
    assert_eq!(callee["line"], 6);
    let slot0 = &callee["slots"].as_array().unwrap()[0];
    assert_eq!(slot0["slot"], 0, "the callee's own numbering");
    assert!(t["times_us"]["compile"].as_u64().is_some());

    // At the end: exit counts for every trace (the guard exit was taken), then the
    // summary.
    let counts = of_type(&events, "exit_counts");
    assert_eq!(counts.len(), traces.len());
    let classify_counts = counts.iter().find(|c| c["trace"] == t["trace"]).unwrap();
    assert!(classify_counts["entered"].as_u64().unwrap() > 0);
    // The last 50 iterations each leave through the branch guard (of the peeled
    // preamble or of the loop body).
    let taken: u64 = classify_counts["exits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["count"].as_u64().unwrap())
        .sum();
    assert!(taken >= 50, "{classify_counts}");
    let summary = events.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["traces"], traces.len() as u64);
    let aborted: u64 = summary["aborts"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(aborted, aborts.len() as u64);

    // The visualizer reads the real log and builds its report.
    let parsed = trace_visualizer::log::read_log(text.as_bytes()).expect("visualizer reads it");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(parsed.header.arch.as_deref(), Some(std::env::consts::ARCH));
    assert_eq!(parsed.traces.len(), traces.len());
    let mut html = Vec::new();
    let report = trace_visualizer::generate(
        text.as_bytes(),
        &mut html,
        trace_visualizer::report::Options { arch: None },
    )
    .expect("report");
    assert_eq!(report.overview.traces.len(), traces.len());
    assert_eq!(report.details.len(), traces.len());
    assert!(report.details.iter().all(|d| !d.code.lines.is_empty()));
    assert!(
        report.overview.warnings.is_empty(),
        "{:?}",
        report.overview.warnings
    );
    assert!(String::from_utf8(html).unwrap().contains("classify"));
}

#[test]
fn json_log_to_stderr() {
    let out = run(&[("TAURARO_TRACE_JSON", "-")]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), EXPECTED_STDOUT);
    let err = String::from_utf8(out.stderr).unwrap();
    let events = events(&err);
    assert_eq!(events[0]["type"], "header");
    assert_eq!(events.last().unwrap()["type"], "summary");
}

#[test]
fn text_log_prints_events_on_stderr_only() {
    let plain = run(&[]);
    assert_eq!(String::from_utf8_lossy(&plain.stdout), EXPECTED_STDOUT);
    assert!(plain.stderr.is_empty());
    let out = run(&[("TAURARO_TRACE", "1")]);
    assert_eq!(out.stdout, plain.stdout, "stdout does not change");
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.iter().all(|l| l.starts_with("[TRACE ")), "{err}");
    assert!(lines[0].starts_with("[TRACE 1 start classify "), "{err}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("[TRACE 1 stop classify ")),
        "{err}"
    );
    assert!(lines.iter().any(|l| l.contains(" abort inner ")), "{err}");
    // Every numbered start is followed by its own stop or abort.
    let starts = lines.iter().filter(|l| l.contains(" start ")).count();
    let ends = lines
        .iter()
        .filter(|l| l.contains(" stop ") || l.contains(" abort "))
        .count();
    assert_eq!(starts, ends, "{err}");
}

//! Runs the `trace-visualizer` binary on the fixture logs and on broken logs made
//! from them, as a user would.

#[allow(dead_code)] // its main() is for `cargo run --example make-big-log`
#[path = "fixtures/make_big_log.rs"]
mod make_big_log;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A scratch directory unique to this test process and test name.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("viz-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn visualizer(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_trace-visualizer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run trace-visualizer");
    let mut pipe = child.stdin.take().expect("stdin");
    pipe.write_all(stdin.unwrap_or_default())
        .expect("write stdin");
    drop(pipe);
    child.wait_with_output().expect("wait for trace-visualizer")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn small_log() -> String {
    std::fs::read_to_string(fixture("small.jsonl")).expect("small.jsonl")
}

#[test]
fn small_log_gives_a_report_with_every_trace() {
    let dir = scratch("small");
    let out = dir.join("report.html");
    let log = fixture("small.jsonl");
    let output = visualizer(&[log.to_str().unwrap(), "-o", out.to_str().unwrap()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("3 traces, 5 aborts"),
        "{}",
        stderr(&output)
    );
    let html = std::fs::read_to_string(&out).expect("report written");
    for id in [1, 2, 8] {
        assert!(
            html.contains(&format!("id=\"trace-detail-{id}\"")),
            "trace {id}"
        );
    }
    // Disassembled at the logged address, with the guards' IR text alongside.
    assert!(html.contains("jge 0x7f3a1000"), "x86-64 disassembly");
    assert!(html.contains("GuardEqImm 0006 +0 -> exit 1"));
    assert!(html.contains("\"reason\":\"recursion too deep\""));
    assert!(html.contains("\"backoff\":512"));
    assert!(
        html.contains("for i in range(n):"),
        "the source is embedded"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn reads_stdin_and_writes_stdout() {
    let log = small_log();
    for args in [&["-"][..], &[][..]] {
        let output = visualizer(args, Some(log.as_bytes()));
        assert!(output.status.success(), "{}", stderr(&output));
        let html = String::from_utf8(output.stdout).expect("utf-8 report");
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("id=\"trace-detail-8\""));
    }
}

#[test]
fn aarch64_code_is_shown_as_ranges_and_vcode() {
    let output = visualizer(&[fixture("aarch64.jsonl").to_str().unwrap()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = String::from_utf8(output.stdout).unwrap();
    assert!(html.contains("\"arch\":\"aarch64\""));
    assert!(html.contains("\"disassembled\":false"));
    assert!(html.contains("fmul d0, d0, d1"), "VCode listing");
    assert!(
        html.contains("[8,\"000040fd\",\"\",0]"),
        "IR 0's byte range"
    );

    // --arch overrides the header (here wrongly: x86 decoding of ARM bytes
    // still gives a listing, not a failure).
    let forced = visualizer(
        &[
            fixture("aarch64.jsonl").to_str().unwrap(),
            "--arch",
            "x86_64",
        ],
        None,
    );
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(String::from_utf8(forced.stdout)
        .unwrap()
        .contains("\"disassembled\":true"));
}

/// Runs the visualizer on `log` and expects exit code 1, a message naming
/// `expected` on stderr, and no report file.
fn expect_refusal(test: &str, log: &str, expected: &[&str]) {
    let dir = scratch(test);
    let path = dir.join("log.jsonl");
    let out = dir.join("report.html");
    std::fs::write(&path, log).unwrap();
    let output = visualizer(&[path.to_str().unwrap(), "-o", out.to_str().unwrap()], None);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{test}: {message}");
    for part in expected {
        assert!(message.contains(part), "{test}: {message:?} lacks {part:?}");
    }
    assert!(!message.contains("panicked"), "{test}: {message}");
    assert!(!out.exists(), "{test}: a report was written for a bad log");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn refuses_unknown_versions_and_formats() {
    let log = small_log();
    expect_refusal(
        "version",
        &log.replacen("\"version\":1", "\"version\":2", 1),
        &[
            "line 1:",
            "unsupported tauraro-trace version 2",
            "reads version 1",
        ],
    );
    expect_refusal(
        "format",
        &log.replacen("tauraro-trace", "other-trace", 1),
        &["line 1:", "unknown log format \"other-trace\""],
    );
    let without_header: String = log.lines().skip(1).map(|l| format!("{l}\n")).collect();
    expect_refusal("no-header", &without_header, &["line 1:", "header"]);
    expect_refusal("empty", "", &["empty"]);
}

#[test]
fn malformed_lines_are_reported_by_line_number() {
    let log = small_log();
    let lines: Vec<&str> = log.lines().collect();

    // Cut in the middle of line 6 (T2's trace event), as a crashed run leaves it.
    let mut truncated = lines[..5].join("\n");
    truncated.push('\n');
    truncated.push_str(&lines[5][..lines[5].len() / 2]);
    expect_refusal("truncated", &truncated, &["line 6:", "truncated"]);

    let mut garbled = lines.clone();
    garbled[3] = "{\"type\":\"trace\", oops}";
    expect_refusal(
        "garbled",
        &(garbled.join("\n") + "\n"),
        &["line 4:", "malformed JSON"],
    );

    let mut missing = lines.clone();
    let abort = lines.iter().position(|l| l.contains("\"abort\"")).unwrap();
    let without_reason = lines[abort].replace("\"reason\":", "\"why\":");
    missing[abort] = &without_reason;
    expect_refusal(
        "missing-field",
        &(missing.join("\n") + "\n"),
        &[&format!("line {}:", abort + 1), "missing field `reason`"],
    );
}

#[test]
fn usage_errors() {
    let output = visualizer(&["/nonexistent/viz-log.jsonl"], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("cannot open /nonexistent/viz-log.jsonl"));

    let output = visualizer(&["--frobnicate"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown option --frobnicate"));

    let output = visualizer(&["--help"], None);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("usage: trace-visualizer"));
}

#[test]
fn big_log_report_stays_small_and_fast() {
    const TRACES: usize = 600;
    let dir = scratch("big");
    let log = dir.join("big.jsonl");
    let out = dir.join("big.html");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&log).unwrap());
    make_big_log::write_big_log(TRACES, &mut file).unwrap();
    file.flush().unwrap();
    drop(file);
    let log_size = std::fs::metadata(&log).unwrap().len();

    let started = Instant::now();
    let output = visualizer(&[log.to_str().unwrap(), "-o", out.to_str().unwrap()], None);
    let elapsed = started.elapsed();
    assert!(output.status.success(), "{}", stderr(&output));
    let html = std::fs::read_to_string(&out).unwrap();
    eprintln!(
        "big log: {TRACES} traces, log {} KiB, report {} KiB, {:?}",
        log_size / 1024,
        html.len() / 1024,
        elapsed
    );
    assert_eq!(html.matches("id=\"trace-detail-").count(), TRACES);
    // The report is about as big as the log: no blow-up from the page data.
    assert!(
        (html.len() as u64) < log_size * 3 / 2,
        "report {} bytes for a {log_size}-byte log",
        html.len()
    );
    // Generous for an unoptimized test build on a busy 2-core machine (a
    // release build takes well under a second).
    assert!(elapsed < Duration::from_secs(30), "took {elapsed:?}");
    let _ = std::fs::remove_dir_all(dir);
}

/// `real_tauraro.jsonl` was written by the JIT itself (`TAURARO_TRACE_JSON`) for
/// `real_tauraro.py`; see fixtures/README.md.
#[test]
fn real_tauraro_log_gives_a_report() {
    let log_path = fixture("real_tauraro.jsonl");
    let text = std::fs::read_to_string(&log_path).expect("real_tauraro.jsonl");
    let log = trace_visualizer::log::read_log(text.as_bytes()).expect("reads");
    assert!(log.warnings.is_empty(), "{:?}", log.warnings);
    assert_eq!(log.header.program.as_deref(), Some("real_tauraro.py"));
    assert!(log.header.arch.is_some());
    let program = std::fs::read_to_string(fixture("real_tauraro.py")).expect("program");
    let lines: Vec<String> = program.lines().map(String::from).collect();
    assert_eq!(
        log.sources["real_tauraro.py"], lines,
        "the log matches its program"
    );
    assert_eq!(log.traces.len(), 3);
    assert_eq!(log.starts.len(), log.traces.len() + log.aborts.len());
    let classify = log
        .traces
        .iter()
        .find(|t| t.at.func == "classify")
        .expect("classify trace");
    assert!(classify.bytecode.iter().any(|b| b.func == "scale"));
    assert!(classify.snapshots.iter().any(|s| s.frames.len() == 2));
    assert!(!classify.asm.bytes.is_empty() && !classify.asm.ranges.is_empty());
    assert_eq!(log.exit_counts.len(), 3);
    assert!(log.summary.is_some());

    let dir = scratch("real");
    let out = dir.join("report.html");
    let output = visualizer(
        &[log_path.to_str().unwrap(), "-o", out.to_str().unwrap()],
        None,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("3 traces, 2 aborts"),
        "{}",
        stderr(&output)
    );
    let html = std::fs::read_to_string(&out).expect("report written");
    assert!(html.contains("classify") && html.contains("scale"));
    let _ = std::fs::remove_dir_all(&dir);
}

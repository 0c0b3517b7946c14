//! CPython-oracle corpus: runs every `tests/programs/*.py` through the `tauraro`
//! binary and compares against the outputs recorded from CPython 3.11 by
//! `tests/gen_expected.py`.
//!
//! Each program is run in three modes:
//!   * `nojit` — `tauraro --no-jit FILE`
//!   * `jit`   — `tauraro FILE` (JIT with default settings)
//!   * `hot`   — `tauraro FILE` with `TAURARO_JIT=hotloop=1,hotexit=1,hotfunc=1`
//!
//! `corpus_under_gc_stress` runs it with `TAURARO_GC_STRESS=1`, interpreted and
//! forced hot.
//!
//! `corpus_with_passes_off` runs the whole corpus once more per optimizer setting
//! in `PASS_SETTINGS` (forced hot, with one pass switched off, or a lower `O`
//! level): the optimizer may change speed only, so every output must still match.
//!
//! A run passes when
//!   * stdout equals `NAME.out` byte for byte,
//!   * the exit code is 0, or the first line of `NAME.err` when that exists,
//!   * and, when `NAME.err` exists, the last non-empty stderr line equals its
//!     second line (e.g. `KeyError: 'missing'`).
//!
//! Environment knobs:
//!   * `TAURARO_CORPUS_FILTER=substr` — only programs whose file name contains `substr`
//!   * `TAURARO_CORPUS_MODES=nojit,jit,hot` — only these modes
//!   * `TAURARO_CORPUS_TIMEOUT=secs` — per-run timeout (default 60)
//!
//! The report (one block per failure, then `corpus: N passed, M failed`) is
//! written straight to the process's stderr so that it is visible even when
//! libtest captures test output.

use std::collections::VecDeque;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const DEFAULT_TIMEOUT_SECS: u64 = 60;
const MAX_WORKERS: usize = 4;
const MIN_PROGRAMS: usize = 60;
const STDERR_TAIL_LINES: usize = 6;

/// The settings the differential run adds to forced-hot mode: each optimizer
/// pass off in turn, each level below the default O3, and trace trees flushed
/// as soon as they grow a side trace (`maxside=1`).
const PASS_SETTINGS: [&str; 10] = [
    "-fold",
    "-cse",
    "-typeguard",
    "-peel",
    "-loopopt",
    "-dce",
    "O0",
    "O1",
    "O2",
    "maxside=1",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    NoJit,
    Jit,
    Hot,
    /// Forced hot with an optimizer setting from `PASS_SETTINGS`.
    HotWith(&'static str),
    /// `NoJit` or `Hot` with `TAURARO_GC_STRESS=1`: the collector runs at
    /// (nearly) every safepoint.
    NoJitGcStress,
    HotGcStress,
}

impl Mode {
    const ALL: [Mode; 3] = [Mode::NoJit, Mode::Jit, Mode::Hot];

    fn name(self) -> &'static str {
        match self {
            Mode::NoJit => "nojit",
            Mode::Jit => "jit",
            Mode::Hot => "hot",
            Mode::HotWith(setting) => setting,
            Mode::NoJitGcStress => "nojit+gcstress",
            Mode::HotGcStress => "hot+gcstress",
        }
    }

    fn from_name(s: &str) -> Option<Mode> {
        Mode::ALL.iter().copied().find(|m| m.name() == s)
    }
}

/// One program of the corpus with its recorded CPython behaviour.
struct Program {
    file: String,
    expected_stdout: Vec<u8>,
    expected_code: i32,
    expected_last_stderr: Option<String>,
}

struct RunResult {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    timed_out: bool,
    elapsed: Duration,
}

struct Failure {
    file: String,
    mode: Mode,
    report: String,
}

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

/// Sorted bare file names of every `*.py` in the corpus directory.
fn list_programs(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {}", dir.display(), e))
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            if name.ends_with(".py") && entry.path().is_file() {
                Some(name)
            } else {
                None
            }
        })
        .collect();
    names.sort();
    names
}

fn stem(file: &str) -> &str {
    file.strip_suffix(".py").unwrap_or(file)
}

/// Parses `NAME.err`: first line the exit code, second line the last stderr line.
fn parse_err_file(path: &Path) -> Result<(i32, String), String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {}", path.display(), e))?;
    let mut lines = text.lines();
    let code_line = lines
        .next()
        .ok_or_else(|| format!("{} is empty", path.display()))?;
    let code: i32 = code_line.trim().parse().map_err(|_| {
        format!(
            "{}: first line {:?} is not an exit code",
            path.display(),
            code_line
        )
    })?;
    if code == 0 {
        return Err(format!("{}: exit code must be non-zero", path.display()));
    }
    let last = lines.next().ok_or_else(|| {
        format!(
            "{}: missing the second line (last stderr line)",
            path.display()
        )
    })?;
    if last.trim().is_empty() {
        return Err(format!("{}: second line is empty", path.display()));
    }
    Ok((code, last.trim_end().to_string()))
}

fn load_program(dir: &Path, file: &str) -> Result<Program, String> {
    let out_path = dir.join(format!("{}.out", stem(file)));
    let expected_stdout = fs::read(&out_path)
        .map_err(|e| format!("missing expectation {}: {}", out_path.display(), e))?;
    let err_path = dir.join(format!("{}.err", stem(file)));
    let (expected_code, expected_last_stderr) = if err_path.exists() {
        let (code, last) = parse_err_file(&err_path)?;
        (code, Some(last))
    } else {
        (0, None)
    };
    Ok(Program {
        file: file.to_string(),
        expected_stdout,
        expected_code,
        expected_last_stderr,
    })
}

fn spawn_reader<R: Read + Send + 'static>(mut pipe: R) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (Option<ExitStatus>, bool) {
    let deadline = Instant::now() + timeout;
    let mut sleep = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let status = child.wait().ok();
            return (status, true);
        }
        thread::sleep(sleep);
        sleep = (sleep * 2).min(Duration::from_millis(20));
    }
}

fn run_program(dir: &Path, file: &str, mode: Mode, timeout: Duration) -> Result<RunResult, String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tauraro"));
    cmd.current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match mode {
        Mode::NoJit => {
            cmd.arg("--no-jit").arg(file).env_remove("TAURARO_JIT");
        }
        Mode::Jit => {
            cmd.arg(file).env_remove("TAURARO_JIT");
        }
        Mode::Hot => {
            cmd.arg(file)
                .env("TAURARO_JIT", "hotloop=1,hotexit=1,hotfunc=1");
        }
        Mode::HotWith(setting) => {
            cmd.arg(file).env(
                "TAURARO_JIT",
                format!("hotloop=1,hotexit=1,hotfunc=1,{setting}"),
            );
        }
        Mode::NoJitGcStress => {
            cmd.arg("--no-jit")
                .arg(file)
                .env_remove("TAURARO_JIT")
                .env("TAURARO_GC_STRESS", "1");
        }
        Mode::HotGcStress => {
            cmd.arg(file)
                .env("TAURARO_JIT", "hotloop=1,hotexit=1,hotfunc=1")
                .env("TAURARO_GC_STRESS", "1");
        }
    }
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {}", env!("CARGO_BIN_EXE_tauraro"), e))?;
    let out_rx = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err_rx = spawn_reader(child.stderr.take().expect("piped stderr"));
    let (status, timed_out) = wait_with_timeout(&mut child, timeout);
    let elapsed = start.elapsed();
    // A grandchild could keep a pipe open after the child died; don't hang on it.
    let grace = Duration::from_secs(5);
    let stdout = out_rx.recv_timeout(grace).unwrap_or_default();
    let stderr = err_rx.recv_timeout(grace).unwrap_or_default();
    Ok(RunResult {
        stdout,
        stderr,
        status,
        timed_out,
        elapsed,
    })
}

fn describe_status(status: Option<ExitStatus>) -> String {
    match status {
        None => "unknown (wait failed)".to_string(),
        Some(s) => match s.code() {
            Some(code) => format!("exit code {}", code),
            None => {
                #[cfg(unix)]
                {
                    use std::os::unix::process::ExitStatusExt;
                    if let Some(sig) = s.signal() {
                        return format!("killed by signal {}", sig);
                    }
                }
                format!("{}", s)
            }
        },
    }
}

fn nonempty_lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.trim_end().to_string())
        .collect()
}

fn last_nonempty_line(bytes: &[u8]) -> Option<String> {
    nonempty_lines(bytes).pop()
}

/// Describes the first difference between expected and actual stdout. Lines are
/// shown with their trailing newline (as `\n`) so that a missing or extra final
/// newline, or trailing whitespace, is visible.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let exp_lines: Vec<&str> = exp.split_inclusive('\n').collect();
    let act_lines: Vec<&str> = act.split_inclusive('\n').collect();
    let show = |l: Option<&&str>| match l {
        None => "<end of output>".to_string(),
        Some(s) => format!("{:?}", s),
    };
    let n = exp_lines.len().max(act_lines.len());
    for i in 0..n {
        let e = exp_lines.get(i);
        let a = act_lines.get(i);
        if e != a {
            let mut msg = format!(
                "    stdout differs at line {} (expected {} lines / {} bytes, got {} lines / {} bytes):\n      expected: {}\n      actual:   {}\n",
                i + 1,
                exp_lines.len(),
                expected.len(),
                act_lines.len(),
                actual.len(),
                show(e),
                show(a)
            );
            if i > 0 {
                msg.push_str(&format!(
                    "      (previous line {}: {:?})\n",
                    i,
                    exp_lines[i - 1]
                ));
            }
            return msg;
        }
    }
    format!(
        "    stdout differs in bytes only (expected {} bytes, got {}; invalid UTF-8?)\n",
        expected.len(),
        actual.len()
    )
}

/// Returns None when the run matches the expectation, else a human-readable report.
fn check(program: &Program, result: &RunResult, timeout: Duration) -> Option<String> {
    let mut problems = String::new();
    if result.timed_out {
        problems.push_str(&format!(
            "    timed out after {} s (killed)\n",
            timeout.as_secs()
        ));
    }
    if result.stdout != program.expected_stdout {
        problems.push_str(&stdout_diff(&program.expected_stdout, &result.stdout));
    }
    let code = result.status.and_then(|s| s.code());
    if !result.timed_out && code != Some(program.expected_code) {
        problems.push_str(&format!(
            "    expected exit code {}, got {}\n",
            program.expected_code,
            describe_status(result.status)
        ));
    }
    if let Some(expected_last) = &program.expected_last_stderr {
        let actual_last = last_nonempty_line(&result.stderr);
        if actual_last.as_deref() != Some(expected_last.as_str()) {
            problems.push_str(&format!(
                "    last stderr line differs:\n      expected: {:?}\n      actual:   {}\n",
                expected_last,
                match &actual_last {
                    Some(l) => format!("{:?}", l),
                    None => "<no stderr>".to_string(),
                }
            ));
        }
    }
    if problems.is_empty() {
        return None;
    }
    let tail = nonempty_lines(&result.stderr);
    if !tail.is_empty() {
        problems.push_str("    stderr (last lines):\n");
        for line in &tail[tail.len().saturating_sub(STDERR_TAIL_LINES)..] {
            problems.push_str(&format!("      | {}\n", line));
        }
    }
    problems.push_str(&format!(
        "    ({}, {:.2} s)\n",
        describe_status(result.status),
        result.elapsed.as_secs_f64()
    ));
    Some(problems)
}

fn selected_modes() -> Vec<Mode> {
    match std::env::var("TAURARO_CORPUS_MODES") {
        Ok(spec) if !spec.trim().is_empty() => {
            let mut modes = Vec::new();
            for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let mode = Mode::from_name(part).unwrap_or_else(|| {
                    panic!(
                        "TAURARO_CORPUS_MODES: unknown mode {:?} (expected nojit, jit, hot)",
                        part
                    )
                });
                if !modes.contains(&mode) {
                    modes.push(mode);
                }
            }
            modes
        }
        _ => Mode::ALL.to_vec(),
    }
}

fn selected_timeout() -> Duration {
    let secs = std::env::var("TAURARO_CORPUS_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|&s| s > 0)
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs(secs)
}

fn worker_count(jobs: usize) -> usize {
    let cpus = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    cpus.min(MAX_WORKERS).min(jobs).max(1)
}

/// Writes directly to the process's stderr (not captured by libtest).
fn emit(text: &str) {
    let stderr = std::io::stderr();
    let mut lock = stderr.lock();
    let _ = lock.write_all(text.as_bytes());
    let _ = lock.flush();
}

#[test]
fn corpus() {
    run_corpus(&selected_modes());
}

/// The whole corpus (about 300 programs, under 10 s per setting on 2 cores): the
/// non-`jit_` programs exercise traces through loops over strings, dicts,
/// classes and exceptions that the `jit_` ones do not.
#[test]
fn corpus_with_passes_off() {
    let modes: Vec<Mode> = PASS_SETTINGS.iter().map(|s| Mode::HotWith(s)).collect();
    run_corpus(&modes);
}

/// The whole corpus with the collector running at nearly every safepoint, in
/// the interpreter and forced hot: a value the program can still use that is
/// not a root (a register a collection does not scan, a trace's value not in
/// its frames when a callee collects) shows up as a crash or a wrong output.
#[test]
fn corpus_under_gc_stress() {
    run_corpus(&[Mode::NoJitGcStress, Mode::HotGcStress]);
}

/// Runs the selected programs in `modes` and panics with a report on any failure.
fn run_corpus(modes: &[Mode]) {
    let dir = programs_dir();
    let filter = std::env::var("TAURARO_CORPUS_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let modes = modes.to_vec();
    let timeout = selected_timeout();

    let files: Vec<String> = list_programs(&dir)
        .into_iter()
        .filter(|f| filter.as_ref().is_none_or(|flt| f.contains(flt.as_str())))
        .collect();
    assert!(
        !files.is_empty(),
        "no corpus programs selected (TAURARO_CORPUS_FILTER={:?})",
        filter
    );

    // Programs whose expectation files are missing or malformed fail in every mode.
    let mut failures: Vec<Failure> = Vec::new();
    let mut programs: Vec<Program> = Vec::new();
    for file in &files {
        match load_program(&dir, file) {
            Ok(p) => programs.push(p),
            Err(e) => {
                for &mode in &modes {
                    failures.push(Failure {
                        file: file.clone(),
                        mode,
                        report: format!("    {}\n", e),
                    });
                }
            }
        }
    }

    let jobs: Vec<(usize, Mode)> = (0..programs.len())
        .flat_map(|i| modes.iter().map(move |&m| (i, m)))
        .collect();
    let next = AtomicUsize::new(0);
    let results: Mutex<VecDeque<(usize, Mode, Option<String>)>> = Mutex::new(VecDeque::new());
    thread::scope(|scope| {
        for _ in 0..worker_count(jobs.len()) {
            scope.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                let Some(&(pi, mode)) = jobs.get(k) else {
                    break;
                };
                let program = &programs[pi];
                let outcome = match run_program(&dir, &program.file, mode, timeout) {
                    Ok(result) => check(program, &result, timeout),
                    Err(e) => Some(format!("    {}\n", e)),
                };
                results.lock().unwrap().push_back((pi, mode, outcome));
            });
        }
    });

    let mut passed = 0usize;
    for (pi, mode, outcome) in results.into_inner().unwrap() {
        match outcome {
            None => passed += 1,
            Some(report) => failures.push(Failure {
                file: programs[pi].file.clone(),
                mode,
                report,
            }),
        }
    }
    failures.sort_by(|a, b| {
        (a.file.as_str(), modes.iter().position(|m| *m == a.mode))
            .cmp(&(b.file.as_str(), modes.iter().position(|m| *m == b.mode)))
    });

    let mut report = String::new();
    for f in &failures {
        report.push_str(&format!(
            "FAIL {} [{}]\n{}",
            f.file,
            f.mode.name(),
            f.report
        ));
    }
    let mode_names: Vec<&str> = modes.iter().map(|m| m.name()).collect();
    report.push_str(&format!(
        "corpus programs: {}, modes: {}\n",
        files.len(),
        mode_names.join(",")
    ));
    report.push_str(&format!(
        "corpus: {} passed, {} failed\n",
        passed,
        failures.len()
    ));
    emit(&report);

    if !failures.is_empty() {
        let mut names: Vec<String> = failures
            .iter()
            .map(|f| format!("{}[{}]", f.file, f.mode.name()))
            .collect();
        names.truncate(20);
        panic!(
            "corpus: {} passed, {} failed: {}{}",
            passed,
            failures.len(),
            names.join(" "),
            if failures.len() > 20 { " ..." } else { "" }
        );
    }
}

#[test]
fn corpus_is_complete() {
    let dir = programs_dir();
    let files = list_programs(&dir);
    assert!(
        files.len() >= MIN_PROGRAMS,
        "corpus has only {} programs in {}, expected at least {}",
        files.len(),
        dir.display(),
        MIN_PROGRAMS
    );
    let mut problems = Vec::new();
    for file in &files {
        let out = dir.join(format!("{}.out", stem(file)));
        if !out.is_file() {
            problems.push(format!("{} has no {}", file, out.display()));
        }
        let err = dir.join(format!("{}.err", stem(file)));
        if err.exists() {
            if let Err(e) = parse_err_file(&err) {
                problems.push(e);
            }
        }
    }
    // Expectation files without a program are stale leftovers.
    for entry in fs::read_dir(&dir).expect("read programs dir").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(s) = name
            .strip_suffix(".out")
            .or_else(|| name.strip_suffix(".err"))
        {
            if !dir.join(format!("{}.py", s)).is_file() {
                problems.push(format!("{} has no matching .py", name));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "corpus expectations are incomplete (run tests/gen_expected.py):\n  {}",
        problems.join("\n  ")
    );
}

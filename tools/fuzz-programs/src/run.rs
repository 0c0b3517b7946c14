//! Running one program under every configuration and comparing the results.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What the differential runs compare against each other.
pub struct Runners {
    pub tauraro: PathBuf,
    /// CPython's executable (resolved once, run with `-S -E` for speed), if any.
    pub python: Option<PathBuf>,
    pub timeout: Duration,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Config {
    NoJit,
    Jit,
    Hot,
    CPython,
}

impl Config {
    pub const TAURARO: [Config; 3] = [Config::NoJit, Config::Jit, Config::Hot];

    pub fn name(self) -> &'static str {
        match self {
            Config::NoJit => "tauraro --no-jit",
            Config::Jit => "tauraro (JIT default)",
            Config::Hot => "tauraro TAURARO_JIT=hotloop=1,hotexit=1,hotfunc=1",
            Config::CPython => "CPython",
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The exit code; `None` when killed by a signal (a crash) or by the timeout.
    pub code: Option<i32>,
    pub timed_out: bool,
}

impl Outcome {
    pub fn status_text(&self) -> String {
        match (self.timed_out, self.code) {
            (true, _) => "timed out".to_string(),
            (false, Some(c)) => format!("exit {c}"),
            (false, None) => "killed by a signal".to_string(),
        }
    }

    pub fn last_stderr_line(&self) -> String {
        String::from_utf8_lossy(&self.stderr)
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim_end()
            .to_string()
    }

    /// A syntax error reported by the run (the program itself is not valid).
    pub fn is_syntax_error(&self) -> bool {
        let last = self.last_stderr_line();
        last.starts_with("SyntaxError") || last.starts_with("IndentationError")
    }
}

/// The kind of a divergence; minimization keeps a reduction only when a divergence of
/// the same kind remains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Divergence {
    /// The three Tauraro modes disagree (a JIT bug once the JIT exists).
    Modes,
    /// `tauraro --no-jit` disagrees with CPython.
    Oracle,
    /// A Tauraro mode crashed or hung where CPython finished.
    Crash,
}

pub struct Verdict {
    pub divergence: Option<Divergence>,
    pub report: String,
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
        if let Ok(Some(status)) = child.try_wait() {
            return (Some(status), false);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            return (child.wait().ok(), true);
        }
        thread::sleep(sleep);
        sleep = (sleep * 2).min(Duration::from_millis(10));
    }
}

impl Runners {
    pub fn run(&self, config: Config, file: &Path) -> Outcome {
        let mut cmd = match config {
            Config::CPython => {
                let mut c = Command::new(self.python.as_ref().expect("python configured"));
                c.arg("-S").arg("-E").env("PYTHONHASHSEED", "0");
                c.env("PYTHONIOENCODING", "utf-8");
                c
            }
            _ => Command::new(&self.tauraro),
        };
        match config {
            Config::NoJit => {
                cmd.arg("--no-jit").env_remove("TAURARO_JIT");
            }
            Config::Jit => {
                cmd.env_remove("TAURARO_JIT");
            }
            Config::Hot => {
                cmd.env("TAURARO_JIT", "hotloop=1,hotexit=1,hotfunc=1");
            }
            Config::CPython => {}
        }
        cmd.arg(file)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => {
                return Outcome {
                    stdout: Vec::new(),
                    stderr: format!("cannot start {}: {e}", config.name()).into_bytes(),
                    code: None,
                    timed_out: false,
                }
            }
        };
        let out_rx = spawn_reader(child.stdout.take().expect("piped stdout"));
        let err_rx = spawn_reader(child.stderr.take().expect("piped stderr"));
        let (status, timed_out) = wait_with_timeout(&mut child, self.timeout);
        let grace = Duration::from_secs(2);
        Outcome {
            stdout: out_rx.recv_timeout(grace).unwrap_or_default(),
            stderr: err_rx.recv_timeout(grace).unwrap_or_default(),
            code: if timed_out {
                None
            } else {
                status.and_then(|s| s.code())
            },
            timed_out,
        }
    }

    /// Runs `file` everywhere and judges. A program CPython rejects or cannot finish
    /// is not judged against the oracle (only the Tauraro modes against each other).
    pub fn judge(&self, file: &Path) -> (Verdict, Option<Outcome>) {
        let outcomes: Vec<(Config, Outcome)> = Config::TAURARO
            .iter()
            .map(|&c| (c, self.run(c, file)))
            .collect();
        let cpython = self
            .python
            .as_ref()
            .map(|_| self.run(Config::CPython, file));
        let mut report = String::new();
        let mut divergence = None;

        let cpython_finished = cpython.as_ref().is_some_and(|o| !o.timed_out);
        for (config, o) in &outcomes {
            if (o.timed_out && cpython_finished) || (!o.timed_out && o.code.is_none()) {
                report.push_str(&format!("{}: {}\n", config.name(), o.status_text()));
                divergence.get_or_insert(Divergence::Crash);
            }
        }

        let (_, base) = &outcomes[0];
        for (config, o) in &outcomes[1..] {
            if o != base {
                report.push_str(&format!(
                    "{} differs from {}:\n{}",
                    config.name(),
                    Config::NoJit.name(),
                    describe_difference(base, o)
                ));
                divergence.get_or_insert(Divergence::Modes);
            }
        }

        if let Some(py) = &cpython {
            if !py.timed_out && !py.is_syntax_error() {
                let mut problems = String::new();
                if py.stdout != base.stdout {
                    problems.push_str(&first_line_difference(&py.stdout, &base.stdout));
                }
                if py.code != base.code {
                    problems.push_str(&format!(
                        "  status: CPython {}, tauraro {}\n",
                        py.status_text(),
                        base.status_text()
                    ));
                }
                if py.code != Some(0) && py.last_stderr_line() != base.last_stderr_line() {
                    problems.push_str(&format!(
                        "  last stderr line:\n    CPython: {:?}\n    tauraro: {:?}\n",
                        py.last_stderr_line(),
                        base.last_stderr_line()
                    ));
                }
                if !problems.is_empty() {
                    report.push_str(&format!(
                        "{} differs from CPython:\n{problems}",
                        Config::NoJit.name()
                    ));
                    divergence.get_or_insert(Divergence::Oracle);
                }
            }
        }
        (Verdict { divergence, report }, cpython)
    }
}

fn describe_difference(a: &Outcome, b: &Outcome) -> String {
    let mut s = String::new();
    if a.stdout != b.stdout {
        s.push_str(&first_line_difference(&a.stdout, &b.stdout));
    }
    if a.stderr != b.stderr {
        s.push_str(&format!(
            "  stderr:\n    {:?}\n    {:?}\n",
            String::from_utf8_lossy(&a.stderr),
            String::from_utf8_lossy(&b.stderr)
        ));
    }
    if (a.code, a.timed_out) != (b.code, b.timed_out) {
        s.push_str(&format!(
            "  status: {} vs {}\n",
            a.status_text(),
            b.status_text()
        ));
    }
    s
}

/// The first differing stdout line of `expected` and `actual`.
fn first_line_difference(expected: &[u8], actual: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let a = String::from_utf8_lossy(actual);
    let el: Vec<&str> = e.split_inclusive('\n').collect();
    let al: Vec<&str> = a.split_inclusive('\n').collect();
    for k in 0..el.len().max(al.len()) {
        let (x, y) = (el.get(k), al.get(k));
        if x != y {
            return format!(
                "  stdout line {}:\n    expected: {}\n    actual:   {}\n",
                k + 1,
                x.map_or("<end>".to_string(), |s| format!("{s:?}")),
                y.map_or("<end>".to_string(), |s| format!("{s:?}")),
            );
        }
    }
    "  stdout differs\n".to_string()
}

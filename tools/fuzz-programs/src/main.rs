//! `fuzz-programs`: generates random Python programs (see `gen`), runs each with
//! `tauraro --no-jit`, with the JIT at default settings, with the JIT forced hot, and
//! with CPython when available, and saves every divergence as a minimized reproducer.
//! See docs/FUZZING.md.

mod gen;
mod reduce;
mod rng;
mod run;

use run::Runners;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: fuzz-programs [options]
  --seed S          run seed (default: from the clock; printed)
  --count N         programs to generate (default 100)
  --start I         index of the first program (default 0)
  --duration SECS   stop starting new programs after SECS (long runs)
  --jobs J          programs run in parallel (default 2)
  --timeout SECS    per-run timeout (default 10)
  --tauraro PATH    the binary (default $CARGO_TARGET_DIR/release/tauraro or target/release/tauraro)
  --python PATH     CPython for the oracle (default python3 if present)
  --no-python       no CPython oracle (Tauraro modes against each other only)
  --failures DIR    where reproducers go (default fuzz-failures)
  --no-minimize     save failing programs as generated
  --emit I          print program I of the seed and exit
  --check FILE      judge one file (and minimize it into --failures if it diverges)
";

struct Options {
    seed: u64,
    count: u64,
    start: u64,
    duration: Option<Duration>,
    jobs: usize,
    timeout: Duration,
    tauraro: Option<PathBuf>,
    python: Option<String>,
    no_python: bool,
    failures: PathBuf,
    minimize: bool,
    emit: Option<u64>,
    check: Option<PathBuf>,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(1),
        count: 100,
        start: 0,
        duration: None,
        jobs: 2,
        timeout: Duration::from_secs(10),
        tauraro: None,
        python: None,
        no_python: false,
        failures: PathBuf::from("fuzz-failures"),
        minimize: true,
        emit: None,
        check: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        let number = |s: String| s.parse::<u64>().map_err(|_| format!("bad number {s:?}"));
        match arg.as_str() {
            "--seed" => o.seed = number(value()?)?,
            "--count" => o.count = number(value()?)?,
            "--start" => o.start = number(value()?)?,
            "--duration" => o.duration = Some(Duration::from_secs(number(value()?)?)),
            "--jobs" => o.jobs = number(value()?)?.max(1) as usize,
            "--timeout" => o.timeout = Duration::from_secs(number(value()?)?.max(1)),
            "--tauraro" => o.tauraro = Some(PathBuf::from(value()?)),
            "--python" => o.python = Some(value()?),
            "--no-python" => o.no_python = true,
            "--failures" => o.failures = PathBuf::from(value()?),
            "--no-minimize" => o.minimize = false,
            "--emit" => o.emit = Some(number(value()?)?),
            "--check" => o.check = Some(PathBuf::from(value()?)),
            "-h" | "--help" => return Err(String::new()),
            _ => return Err(format!("unknown option {arg:?}")),
        }
    }
    Ok(o)
}

/// The seed of program `index` of a run.
fn program_seed(run_seed: u64, index: u64) -> u64 {
    let mut x = run_seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ index;
    rng::splitmix64(&mut x)
}

fn default_tauraro() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    target.join("release").join("tauraro")
}

/// The real CPython executable behind `python` (pyenv shims cost ~200 ms a run).
fn resolve_python(python: &str) -> Option<PathBuf> {
    let out = Command::new(python)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .ok()?;
    let path = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !path.is_empty()).then(|| PathBuf::from(path))
}

/// Judges `source` (written at `file`); on a divergence saves the program, its
/// minimized form and the report under `failures` as `name*`. Returns the report.
fn judge_and_save(
    runners: &Runners,
    options: &Options,
    source: &str,
    file: &Path,
    name: &str,
) -> Option<String> {
    std::fs::write(file, source).ok()?;
    let (verdict, _) = runners.judge(file);
    let kind = verdict.divergence?;
    let _ = std::fs::create_dir_all(&options.failures);
    let base = options.failures.join(name);
    let _ = std::fs::write(base.with_extension("py"), source);
    let mut report = format!("{name}: {kind:?}\n{}", verdict.report);
    if options.minimize {
        let scratch = file.with_extension("min.py");
        let small = reduce::minimize(runners, source, kind, &scratch);
        let _ = std::fs::remove_file(&scratch);
        let _ = std::fs::write(base.with_extension("min.py"), &small);
        std::fs::write(&scratch, &small).ok()?;
        let (after, _) = runners.judge(&scratch);
        let _ = std::fs::remove_file(&scratch);
        report.push_str(&format!(
            "minimized to {} lines: {}\n{}",
            small.lines().count(),
            base.with_extension("min.py").display(),
            after.report
        ));
    }
    let _ = std::fs::write(base.with_extension("txt"), &report);
    Some(report)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("fuzz-programs: {e}");
            }
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Some(index) = options.emit {
        print!("{}", gen::program(program_seed(options.seed, index)));
        return ExitCode::SUCCESS;
    }
    let tauraro = options.tauraro.clone().unwrap_or_else(default_tauraro);
    if !tauraro.is_file() {
        eprintln!(
            "fuzz-programs: no tauraro binary at {} (cargo build --release, or --tauraro)",
            tauraro.display()
        );
        return ExitCode::from(2);
    }
    let python = if options.no_python {
        None
    } else {
        let p = resolve_python(options.python.as_deref().unwrap_or("python3"));
        if p.is_none() {
            eprintln!("fuzz-programs: no CPython found; comparing Tauraro modes only");
        }
        p
    };
    let runners = Runners {
        tauraro,
        python,
        timeout: options.timeout,
    };
    let scratch_dir = std::env::temp_dir().join(format!("fuzz-programs-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&scratch_dir) {
        eprintln!(
            "fuzz-programs: cannot create {}: {e}",
            scratch_dir.display()
        );
        return ExitCode::from(2);
    }

    if let Some(path) = &options.check {
        let Ok(source) = std::fs::read_to_string(path) else {
            eprintln!("fuzz-programs: cannot read {}", path.display());
            return ExitCode::from(2);
        };
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "checked".to_string());
        let file = scratch_dir.join("check.py");
        let result = judge_and_save(&runners, &options, &source, &file, &name);
        let _ = std::fs::remove_dir_all(&scratch_dir);
        return match result {
            Some(report) => {
                print!("{report}");
                ExitCode::FAILURE
            }
            None => {
                println!("{}: no divergence", path.display());
                ExitCode::SUCCESS
            }
        };
    }

    println!(
        "fuzz-programs: seed {} count {} start {} ({}; oracle: {})",
        options.seed,
        options.count,
        options.start,
        runners.tauraro.display(),
        runners
            .python
            .as_ref()
            .map_or("none".to_string(), |p| p.display().to_string())
    );
    let started = Instant::now();
    let next = AtomicU64::new(options.start);
    let end = options.start.saturating_add(options.count);
    let done = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for worker in 0..options.jobs {
            let (runners, options, next, done, stop, failures, scratch_dir) = (
                &runners,
                &options,
                &next,
                &done,
                &stop,
                &failures,
                &scratch_dir,
            );
            scope.spawn(move || {
                let file = scratch_dir.join(format!("w{worker}.py"));
                loop {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    if index >= end {
                        break;
                    }
                    if options.duration.is_some_and(|d| started.elapsed() >= d) {
                        stop.store(true, Ordering::Relaxed);
                        break;
                    }
                    let source = gen::program(program_seed(options.seed, index));
                    let name = format!("seed{}-{}", options.seed, index);
                    if let Some(report) = judge_and_save(runners, options, &source, &file, &name) {
                        println!("FAIL {report}");
                        failures.lock().unwrap().push(name);
                    }
                    let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                    if n % 250 == 0 {
                        println!(
                            "  {n} programs, {} failures, {:.0} s",
                            failures.lock().unwrap().len(),
                            started.elapsed().as_secs_f64()
                        );
                    }
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&scratch_dir);
    let failures = failures.into_inner().unwrap();
    println!(
        "fuzz-programs: {} programs in {:.1} s, {} divergent{}",
        done.load(Ordering::SeqCst),
        started.elapsed().as_secs_f64(),
        failures.len(),
        if failures.is_empty() {
            String::new()
        } else {
            format!(
                " (reproducers in {}: {})",
                options.failures.display(),
                failures.join(" ")
            )
        }
    );
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_reproducible_and_vary() {
        let a = gen::program(program_seed(5, 1));
        assert_eq!(a, gen::program(program_seed(5, 1)));
        assert_ne!(a, gen::program(program_seed(5, 2)));
        assert!(a.contains("print("));
    }
}

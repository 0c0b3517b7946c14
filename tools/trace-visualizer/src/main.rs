//! `trace-visualizer LOG.jsonl -o report.html`: see docs/TRACE_VISUALIZER.md.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};
use std::process::ExitCode;
use trace_visualizer::disasm::Arch;
use trace_visualizer::report::Options;

const USAGE: &str = "\
usage: trace-visualizer [LOG.jsonl | -] [-o REPORT.html] [--arch x86_64|aarch64|none]

Reads a Tauraro JIT trace log (TAURARO_TRACE_JSON=PATH, docs/TRACE_FORMAT.md) and
writes one self-contained HTML report. LOG `-` or absent reads standard input;
without -o the report goes to standard output.
--arch says how to read the machine code when the log does not (default: this
machine's architecture); only x86_64 is disassembled, others show VCode and hex.";

struct Args {
    input: Option<String>,
    output: Option<String>,
    arch: Option<Arch>,
}

enum Parsed {
    Run(Args),
    Exit(ExitCode),
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Parsed, String> {
    let mut parsed = Args {
        input: None,
        output: None,
        arch: None,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(Parsed::Exit(ExitCode::SUCCESS));
            }
            "-V" | "--version" => {
                println!("trace-visualizer {}", env!("CARGO_PKG_VERSION"));
                return Ok(Parsed::Exit(ExitCode::SUCCESS));
            }
            "-o" | "--output" => {
                parsed.output = Some(args.next().ok_or("-o needs a file name")?);
            }
            "--arch" => {
                let name = args.next().ok_or("--arch needs x86_64, aarch64 or none")?;
                parsed.arch = Some(Arch::from_name(&name));
            }
            "-" => parsed.input = None,
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown option {flag}"));
            }
            _ if parsed.input.is_some() => return Err("only one log can be read".to_string()),
            _ => parsed.input = Some(arg),
        }
    }
    Ok(Parsed::Run(parsed))
}

fn run(args: Args) -> Result<(), String> {
    let options = Options { arch: args.arch };
    // The output file is created only after the log has been read and the
    // report built in memory, so a bad log never leaves a half-written report.
    let mut html = Vec::new();
    let name = args.input.as_deref().unwrap_or("<stdin>");
    let report = match &args.input {
        Some(path) => {
            let file = File::open(path).map_err(|err| format!("cannot open {path}: {err}"))?;
            trace_visualizer::generate(BufReader::new(file), &mut html, options)
        }
        None => trace_visualizer::generate(io::stdin().lock(), &mut html, options),
    }
    .map_err(|err| format!("{name}: {err}"))?;
    for warning in &report.overview.warnings {
        eprintln!("trace-visualizer: warning: {name}: {warning}");
    }
    match &args.output {
        Some(path) => {
            let file = File::create(path).map_err(|err| format!("cannot create {path}: {err}"))?;
            let mut writer = BufWriter::new(file);
            writer
                .write_all(&html)
                .and_then(|()| writer.flush())
                .map_err(|err| format!("cannot write {path}: {err}"))?;
            eprintln!(
                "trace-visualizer: {} traces, {} aborts -> {path} ({} KiB)",
                report.overview.traces.len(),
                report.overview.aborts.len(),
                html.len() / 1024
            );
        }
        None => {
            let mut stdout = io::stdout().lock();
            stdout
                .write_all(&html)
                .and_then(|()| stdout.flush())
                .map_err(|err| format!("cannot write the report: {err}"))?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1)) {
        Ok(Parsed::Exit(code)) => code,
        Ok(Parsed::Run(args)) => match run(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("trace-visualizer: {message}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("trace-visualizer: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

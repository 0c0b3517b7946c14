//! The Tauraro trace visualizer: reads the JIT's JSON-lines trace log
//! (`docs/TRACE_FORMAT.md`) and writes one self-contained HTML report.

pub mod disasm;
pub mod log;
pub mod report;

use std::io::{BufRead, Write};

/// Reads a log and writes its report. The error is already worded for a person
/// (it names the log line when there is one).
pub fn generate(
    input: impl BufRead,
    output: &mut impl Write,
    options: report::Options,
) -> Result<report::Report, String> {
    let log = log::read_log(input).map_err(|err| err.to_string())?;
    let report = report::build_report(&log, options);
    report::write_html(&report, output).map_err(|err| format!("cannot write the report: {err}"))?;
    Ok(report)
}

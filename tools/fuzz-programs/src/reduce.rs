//! Delta debugging over source lines: removes groups of lines, then single lines,
//! keeping each removal while a divergence of the same kind persists and the program
//! stays valid Python (CPython, or `--no-jit` without CPython, reports no
//! SyntaxError/IndentationError).

use crate::run::{Divergence, Runners};
use std::path::Path;

/// Upper bound on candidate runs, so that a slow program cannot stall a fuzz run.
const MAX_TESTS: usize = 1500;

pub fn minimize(runners: &Runners, source: &str, kind: Divergence, scratch: &Path) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    let mut tests = 0usize;
    let mut still_fails = |candidate: &[String]| -> bool {
        tests += 1;
        if tests > MAX_TESTS {
            return false;
        }
        let mut text = candidate.join("\n");
        text.push('\n');
        if std::fs::write(scratch, text).is_err() {
            return false;
        }
        let (verdict, cpython) = runners.judge(scratch);
        if let Some(py) = cpython {
            if py.is_syntax_error() || py.timed_out {
                return false;
            }
        } else if runners
            .run(crate::run::Config::NoJit, scratch)
            .is_syntax_error()
        {
            return false;
        }
        verdict.divergence == Some(kind)
    };

    let mut parts = 2usize;
    while lines.len() >= 2 {
        let chunk = lines.len().div_ceil(parts);
        let mut reduced = false;
        let mut start = 0;
        while start < lines.len() {
            let end = (start + chunk).min(lines.len());
            let candidate: Vec<String> = lines[..start]
                .iter()
                .chain(&lines[end..])
                .cloned()
                .collect();
            if !candidate.is_empty() && still_fails(&candidate) {
                lines = candidate;
                reduced = true;
            } else {
                start = end;
            }
        }
        if reduced {
            parts = parts.saturating_sub(1).max(2);
        } else if chunk == 1 {
            break;
        } else {
            parts = (parts * 2).min(lines.len());
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

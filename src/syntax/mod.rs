//! The front end: source text to AST.
//!
//! Lexing and parsing are done by Ruff's Python parser (`ruff_python_parser`), which
//! covers the full modern grammar; this module adds what the rest of the pipeline
//! needs: byte offset to line mapping, the nesting limits CPython enforces, and
//! SyntaxErrors in CPython's shape.

use ruff_python_ast::{ModModule, Stmt};
use ruff_python_parser::{parse_module, ParseErrorType};

/// Maps byte offsets to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(0)
    }
}

/// A syntax error with what CPython prints for it.
#[derive(Debug, Clone)]
pub struct SyntaxErrorInfo {
    /// `SyntaxError` or `IndentationError`.
    pub kind: &'static str,
    pub msg: String,
    pub line: u32,
    /// 1-based column of the caret.
    pub col: u32,
}

/// CPython's tokenizer refuses more than 200 nested brackets and 100 indentation
/// levels; checking first also keeps the recursive parser's depth bounded.
const MAX_BRACKETS: usize = 200;
const MAX_INDENT: usize = 100;

pub struct ParsedModule {
    pub module: ModModule,
    pub lines: LineIndex,
}

impl ParsedModule {
    pub fn body(&self) -> &[Stmt] {
        &self.module.body
    }
}

pub fn parse(src: &str) -> Result<ParsedModule, SyntaxErrorInfo> {
    let lines = LineIndex::new(src);
    check_nesting(src, &lines)?;
    match parse_module(src) {
        Ok(parsed) => Ok(ParsedModule {
            module: parsed.into_syntax(),
            lines,
        }),
        Err(e) => {
            let offset = e.location.start().to_u32();
            let line = lines.line_of(offset);
            let col = offset - lines.line_start(line) + 1;
            let (kind, msg) = cpython_message(&e.error, src, offset);
            Err(SyntaxErrorInfo {
                kind,
                msg,
                line,
                col,
            })
        }
    }
}

fn check_nesting(src: &str, lines: &LineIndex) -> Result<(), SyntaxErrorInfo> {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut unary_run = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let end = skip_string(bytes, i);
                if is_fstring_prefix(bytes, i) && !fstring_fields_closed(bytes, i, end) {
                    let line = lines.line_of(i as u32);
                    return Err(SyntaxErrorInfo {
                        kind: "SyntaxError",
                        msg: "f-string: expecting '}'".into(),
                        line,
                        col: i as u32 - lines.line_start(line) + 1,
                    });
                }
                i = end;
                unary_run = 0;
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_BRACKETS {
                    let line = lines.line_of(i as u32);
                    return Err(SyntaxErrorInfo {
                        kind: "SyntaxError",
                        msg: "too many nested parentheses".into(),
                        line,
                        col: i as u32 - lines.line_start(line) + 1,
                    });
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'-' | b'+' | b'~' => {
                unary_run += 1;
                if unary_run > 5000 {
                    let line = lines.line_of(i as u32);
                    return Err(SyntaxErrorInfo {
                        kind: "SyntaxError",
                        msg: "too complex (expression nested too deeply)".into(),
                        line,
                        col: 1,
                    });
                }
            }
            b' ' | b'\t' => {}
            _ => unary_run = 0,
        }
        i += 1;
    }
    // Indentation depth: count distinct increasing indent levels per line.
    let mut stack: Vec<usize> = vec![0];
    for (n, line) in src.lines().enumerate() {
        let trimmed = line.trim_start_matches([' ', '\t']);
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        while stack.len() > 1 && indent < *stack.last().unwrap_or(&0) {
            stack.pop();
        }
        if indent > *stack.last().unwrap_or(&0) {
            stack.push(indent);
            if stack.len() > MAX_INDENT {
                return Err(SyntaxErrorInfo {
                    kind: "IndentationError",
                    msg: "too many levels of indentation".into(),
                    line: n as u32 + 1,
                    col: indent as u32 + 1,
                });
            }
        }
    }
    Ok(())
}

/// Whether the string starting at the quote `quote_at` has an `f` prefix (`f`, `rf`,
/// `Fr`, ...).
fn is_fstring_prefix(bytes: &[u8], quote_at: usize) -> bool {
    let mut start = quote_at;
    while start > 0 && quote_at - start < 2 && bytes[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    let prefix = &bytes[start..quote_at];
    let standalone =
        start == 0 || !(bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_');
    standalone
        && prefix.iter().any(|b| b.eq_ignore_ascii_case(&b'f'))
        && prefix.iter().all(|b| b"fFrR".contains(b))
}

/// Python 3.11 ends a one-line f-string at the first unescaped quote of its own kind,
/// even inside a replacement field (reusing the quote is Python 3.12's PEP 701, which
/// Ruff's parser accepts). Returns false when that leaves a `{` field unclosed, as in
/// `f"{f"{1}"}"` — CPython 3.11's "f-string: expecting '}'". `end` is what
/// `skip_string` returned (past the end of `bytes` after a final backslash).
fn fstring_fields_closed(bytes: &[u8], quote_at: usize, end: usize) -> bool {
    let q = bytes[quote_at];
    let triple = bytes.get(quote_at + 1) == Some(&q) && bytes.get(quote_at + 2) == Some(&q);
    if triple || end <= quote_at + 1 || bytes.get(end - 1) != Some(&q) {
        return true;
    }
    let body = &bytes[quote_at + 1..end - 1];
    let mut depth = 0usize;
    let mut k = 0;
    while k < body.len() {
        match body[k] {
            b'{' if depth == 0 && body.get(k + 1) == Some(&b'{') => k += 1,
            b'{' => depth += 1,
            b'}' if depth > 0 => depth -= 1,
            // A string of the other quote kind inside a field: skip it whole.
            c @ (b'\'' | b'"') if depth > 0 => {
                k += 1;
                while k < body.len() && body[k] != c {
                    k += 1;
                }
            }
            _ => {}
        }
        k += 1;
    }
    depth == 0
}

fn skip_string(bytes: &[u8], start: usize) -> usize {
    let q = bytes[start];
    let triple = bytes.len() >= start + 3 && bytes[start + 1] == q && bytes[start + 2] == q;
    let mut i = start + if triple { 3 } else { 1 };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if triple {
            if b == q && bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q) {
                return i + 3;
            }
        } else if b == q || b == b'\n' {
            return i + 1;
        }
        i += 1;
    }
    i
}

/// Maps Ruff's error to the message CPython 3.11 prints for the same mistake.
fn cpython_message(e: &ParseErrorType, src: &str, offset: u32) -> (&'static str, String) {
    let text = e.to_string();
    let lower = text.to_lowercase();
    if lower.contains("unexpected indentation") {
        return ("IndentationError", "unexpected indent".into());
    }
    if lower.contains("expected an indented block") {
        return ("IndentationError", "expected an indented block".into());
    }
    if lower.contains("unindent") {
        return (
            "IndentationError",
            "unindent does not match any outer indentation level".into(),
        );
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        let line = src[..offset as usize].matches('\n').count() + 1;
        if lower.contains("triple") {
            return (
                "SyntaxError",
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    src.matches('\n').count().max(line)
                ),
            );
        }
        return (
            "SyntaxError",
            format!("unterminated string literal (detected at line {line})"),
        );
    }
    if let ParseErrorType::ExpectedToken { expected, .. } = e {
        let exp = expected.to_string();
        if exp.contains(':') {
            return ("SyntaxError", "expected ':'".into());
        }
    }
    ("SyntaxError", "invalid syntax".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_maps_offsets() {
        let li = LineIndex::new("a\nbc\n\nd");
        assert_eq!(li.line_of(0), 1);
        assert_eq!(li.line_of(2), 2);
        assert_eq!(li.line_of(3), 2);
        assert_eq!(li.line_of(5), 3);
        assert_eq!(li.line_of(6), 4);
    }

    #[test]
    fn parses_indentation_and_continuations() {
        let src = "if x:\n    y = (1 +\n         2)\n    z = 3 \\\n        + 4\nelse:\n    pass\n";
        let m = parse(src).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(m.body().len(), 1);
    }

    #[test]
    fn reports_cpython_style_errors() {
        let e = parse("if x\n  pass\n").err().expect("error");
        assert_eq!(e.kind, "SyntaxError");
        assert_eq!(e.line, 1);
        let e = parse("x = 1\n  y = 2\n").err().expect("error");
        assert_eq!(e.kind, "IndentationError");
        assert_eq!(e.msg, "unexpected indent");
    }

    #[test]
    fn limits_nesting_before_parsing() {
        let deep = format!("x = {}1{}", "(".repeat(300), ")".repeat(300));
        let e = parse(&deep).err().expect("error");
        assert_eq!(e.msg, "too many nested parentheses");
        let unary = format!("x = {}1", "-".repeat(100_000));
        assert!(parse(&unary).is_err());
    }
}

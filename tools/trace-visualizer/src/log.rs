//! Reading the JSON-lines trace log (`docs/TRACE_FORMAT.md`, version 1).
//!
//! Every problem is a [`LogError`] that names the 1-based line of the log, so a
//! truncated or hand-edited log points the reader at the culprit instead of
//! panicking. Keys we do not know are ignored, as the format requires; lines of a
//! `type` we do not know are skipped with a warning (a newer JIT may add events
//! within a version).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io::BufRead;

/// The `format` value of the header.
pub const FORMAT_NAME: &str = "tauraro-trace";
/// The log versions this reader understands.
pub const SUPPORTED_VERSIONS: &[u64] = &[1];

/// A log that cannot be read, with the line it was found on (1-based; 0 when the
/// problem is not tied to a line, such as an empty input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

impl std::error::Error for LogError {}

fn error_at(line: usize, message: impl Into<String>) -> LogError {
    LogError {
        line,
        message: message.into(),
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u64,
    #[serde(default)]
    pub program: Option<String>,
    #[serde(default)]
    pub argv: Vec<String>,
    /// The machine code's architecture, `x86_64` or `aarch64` (added within
    /// version 1; older logs lack it). Without it the visualizer assumes the
    /// architecture it runs on, or what `--arch` says.
    #[serde(default)]
    pub arch: Option<String>,
}

/// Where a trace starts or an abort happened.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Location {
    #[serde(default)]
    pub file: String,
    #[serde(default)]
    pub line: u32,
    #[serde(default)]
    pub func: String,
    #[serde(default)]
    pub pc: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StartEvent {
    #[serde(default)]
    pub t: f64,
    pub trace: u32,
    pub kind: String,
    #[serde(default)]
    pub parent: Option<u32>,
    #[serde(default)]
    pub parent_exit: Option<u32>,
    #[serde(flatten)]
    pub at: Location,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AbortEvent {
    #[serde(default)]
    pub t: f64,
    pub trace: u32,
    pub reason: String,
    #[serde(flatten)]
    pub at: Location,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BlacklistEvent {
    #[serde(default)]
    pub t: f64,
    #[serde(flatten)]
    pub at: Location,
    #[serde(default)]
    pub aborts: u32,
    #[serde(default)]
    pub backoff: u64,
}

/// A trace tree reached its side-trace limit: `flush` (dropped, its start point
/// records again) or `side_limit` (closed to more side traces).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TreeEvent {
    #[serde(default)]
    pub t: f64,
    /// The root trace's number.
    #[serde(default)]
    pub trace: u32,
    #[serde(default)]
    pub side_traces: u32,
    #[serde(flatten)]
    pub at: Location,
    /// True for `flush`, false for `side_limit`.
    #[serde(skip)]
    pub flushed: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BytecodeEntry {
    #[serde(default)]
    pub pc: u32,
    #[serde(default)]
    pub line: u32,
    #[serde(default)]
    pub depth: u32,
    #[serde(default)]
    pub func: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IrEntry {
    #[serde(rename = "ref")]
    pub ir_ref: u32,
    pub text: String,
    #[serde(default)]
    pub line: u32,
    #[serde(default)]
    pub depth: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SnapshotSlot {
    pub slot: u32,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SnapshotFrame {
    #[serde(default)]
    pub func: String,
    #[serde(default)]
    pub file: String,
    #[serde(default)]
    pub pc: u32,
    #[serde(default)]
    pub line: u32,
    #[serde(default)]
    pub slots: Vec<SnapshotSlot>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snapshot {
    pub snap: u32,
    pub exit: u32,
    pub ir: u32,
    #[serde(default)]
    pub frames: Vec<SnapshotFrame>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CodeRange {
    pub start: u32,
    pub end: u32,
    pub ir: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Asm {
    #[serde(default)]
    pub size: u64,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub bytes: String,
    #[serde(default)]
    pub vcode: String,
    #[serde(default)]
    pub ranges: Vec<CodeRange>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PhaseTimes {
    #[serde(default)]
    pub record: f64,
    #[serde(default)]
    pub optimize: f64,
    #[serde(default)]
    pub compile: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TraceEvent {
    #[serde(default)]
    pub t: f64,
    pub trace: u32,
    pub kind: String,
    #[serde(default)]
    pub parent: Option<u32>,
    #[serde(default)]
    pub parent_exit: Option<u32>,
    #[serde(flatten)]
    pub at: Location,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub bytecode: Vec<BytecodeEntry>,
    #[serde(default)]
    pub ir_before: Vec<IrEntry>,
    #[serde(default)]
    pub ir_after: Vec<IrEntry>,
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
    #[serde(default)]
    pub asm: Asm,
    #[serde(default)]
    pub times_us: PhaseTimes,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExitCount {
    pub exit: u32,
    pub count: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExitCountsEvent {
    pub trace: u32,
    #[serde(default)]
    pub entered: u64,
    #[serde(default)]
    pub exits: Vec<ExitCount>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Summary {
    #[serde(default)]
    pub t: f64,
    #[serde(default)]
    pub traces: u64,
    #[serde(default)]
    pub aborts: BTreeMap<String, u64>,
    #[serde(default)]
    pub blacklisted: Vec<Location>,
    #[serde(default)]
    pub times_us: PhaseTimes,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct SourceEvent {
    file: String,
    lines: Vec<String>,
}

/// Everything a log holds, in log order within each kind of event.
#[derive(Debug, Clone)]
pub struct TraceLog {
    pub header: Header,
    /// File name -> its lines (index 0 is line 1).
    pub sources: BTreeMap<String, Vec<String>>,
    pub starts: Vec<StartEvent>,
    pub aborts: Vec<AbortEvent>,
    pub blacklists: Vec<BlacklistEvent>,
    pub tree_events: Vec<TreeEvent>,
    pub traces: Vec<TraceEvent>,
    pub exit_counts: Vec<ExitCountsEvent>,
    pub summary: Option<Summary>,
    /// Things worth telling the reader that do not stop the report.
    pub warnings: Vec<String>,
}

/// Reads a whole log. Blank lines are skipped (a trailing newline is normal).
pub fn read_log(input: impl BufRead) -> Result<TraceLog, LogError> {
    let mut log: Option<TraceLog> = None;
    let mut last_line = 0;
    for (index, line) in input.lines().enumerate() {
        let line_number = index + 1;
        last_line = line_number;
        let text = line.map_err(|err| error_at(line_number, format!("cannot read: {err}")))?;
        if text.trim().is_empty() {
            continue;
        }
        match log.as_mut() {
            None => log = Some(new_log(parse_header(&text, line_number)?)),
            Some(log) => read_event(log, &text, line_number)?,
        }
    }
    let mut log = log.ok_or_else(|| {
        error_at(
            0,
            "the log is empty: expected a header line {\"type\":\"header\",\"format\":\"tauraro-trace\",...}",
        )
    })?;
    if log.summary.is_none() {
        log.warnings.push(format!(
            "no summary line after line {last_line}: the run did not finish or the log was cut off; exit counts may be missing"
        ));
    }
    Ok(log)
}

/// Parses one line as a JSON object, with serde_json's message reworded to
/// name the log line (its own position is always "line 1").
fn parse_object(
    text: &str,
    line_number: usize,
) -> Result<serde_json::Map<String, serde_json::Value>, LogError> {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(_) => Err(error_at(line_number, "expected a JSON object")),
        Err(err) => {
            let what = if err.is_eof() {
                "the line ends in the middle of a JSON value (truncated log?)".to_string()
            } else {
                format!("malformed JSON: {}", bare_message(&err))
            };
            Err(error_at(
                line_number,
                format!("column {}: {what}", err.column()),
            ))
        }
    }
}

/// serde_json's message without its " at line L column C" suffix.
fn bare_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_string(),
        None => full,
    }
}

fn parse_header(text: &str, line_number: usize) -> Result<Header, LogError> {
    let object = parse_object(text, line_number).map_err(|err| LogError {
        message: format!("{} (expected the log header)", err.message),
        ..err
    })?;
    let type_name = object.get("type").and_then(|value| value.as_str());
    let format = object.get("format").and_then(|value| value.as_str());
    if type_name != Some("header") || format.is_none() {
        return Err(error_at(
            line_number,
            format!(
                "not a trace log: the first line must be the header {{\"type\":\"header\",\"format\":\"{FORMAT_NAME}\",\"version\":1,...}}"
            ),
        ));
    }
    if format != Some(FORMAT_NAME) {
        return Err(error_at(
            line_number,
            format!(
                "unknown log format {:?}: this visualizer reads only {FORMAT_NAME:?}",
                format.unwrap_or_default()
            ),
        ));
    }
    let version = object.get("version").and_then(|value| value.as_u64());
    match version {
        Some(version) if SUPPORTED_VERSIONS.contains(&version) => {}
        _ => {
            let found = object
                .get("version")
                .map(|value| value.to_string())
                .unwrap_or_else(|| "none".to_string());
            return Err(error_at(
                line_number,
                format!(
                    "unsupported {FORMAT_NAME} version {found}: this visualizer reads version {}; use a visualizer built from the same commit as the JIT that wrote the log",
                    supported_versions_text()
                ),
            ));
        }
    }
    from_object(object, line_number, "header")
}

fn supported_versions_text() -> String {
    SUPPORTED_VERSIONS
        .iter()
        .map(|version| version.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn from_object<T: DeserializeOwned>(
    object: serde_json::Map<String, serde_json::Value>,
    line_number: usize,
    what: &str,
) -> Result<T, LogError> {
    serde_json::from_value(serde_json::Value::Object(object)).map_err(|err| {
        error_at(
            line_number,
            format!("bad {what} line: {}", bare_message(&err)),
        )
    })
}

fn new_log(header: Header) -> TraceLog {
    TraceLog {
        header,
        sources: BTreeMap::new(),
        starts: Vec::new(),
        aborts: Vec::new(),
        blacklists: Vec::new(),
        tree_events: Vec::new(),
        traces: Vec::new(),
        exit_counts: Vec::new(),
        summary: None,
        warnings: Vec::new(),
    }
}

fn read_event(log: &mut TraceLog, text: &str, line_number: usize) -> Result<(), LogError> {
    let object = parse_object(text, line_number)?;
    let type_name = match object.get("type") {
        Some(serde_json::Value::String(name)) => name.clone(),
        Some(_) => return Err(error_at(line_number, "\"type\" must be a string")),
        None => return Err(error_at(line_number, "missing \"type\"")),
    };
    match type_name.as_str() {
        "header" => {
            return Err(error_at(
                line_number,
                "a second header: two logs concatenated? only the first run can be shown",
            ))
        }
        "source" => {
            let source: SourceEvent = from_object(object, line_number, "source")?;
            log.sources.insert(source.file, source.lines);
        }
        "start" => log.starts.push(from_object(object, line_number, "start")?),
        "abort" => log.aborts.push(from_object(object, line_number, "abort")?),
        "blacklist" => log
            .blacklists
            .push(from_object(object, line_number, "blacklist")?),
        "flush" | "side_limit" => {
            let mut event: TreeEvent = from_object(object, line_number, "flush")?;
            event.flushed = type_name == "flush";
            log.tree_events.push(event);
        }
        "trace" => {
            let trace: TraceEvent = from_object(object, line_number, "trace")?;
            check_trace(&trace, line_number)?;
            log.traces.push(trace);
        }
        "exit_counts" => log
            .exit_counts
            .push(from_object(object, line_number, "exit_counts")?),
        "summary" => log.summary = Some(from_object(object, line_number, "summary")?),
        other => log.warnings.push(format!(
            "line {line_number}: skipped an event of unknown type {other:?}"
        )),
    }
    Ok(())
}

/// Checks what the report relies on beyond the JSON shape: the code bytes are
/// hex and every range lies inside them.
fn check_trace(trace: &TraceEvent, line_number: usize) -> Result<(), LogError> {
    let code = decode_hex(&trace.asm.bytes).map_err(|message| {
        error_at(
            line_number,
            format!("trace {}: asm.bytes: {message}", trace.trace),
        )
    })?;
    for range in &trace.asm.ranges {
        if range.start > range.end || range.end as usize > code.len() {
            return Err(error_at(
                line_number,
                format!(
                    "trace {}: asm range [{}, {}) for IR {:04} lies outside the {} code bytes",
                    trace.trace,
                    range.start,
                    range.end,
                    range.ir,
                    code.len()
                ),
            ));
        }
    }
    Ok(())
}

/// Decodes a hex string (upper or lower case, no separators).
pub fn decode_hex(text: &str) -> Result<Vec<u8>, String> {
    if !text.len().is_multiple_of(2) {
        return Err(format!(
            "odd number of hex digits ({}): the code bytes are cut",
            text.len()
        ));
    }
    text.as_bytes()
        .chunks(2)
        .enumerate()
        .map(|(index, pair)| {
            let digit = |byte: u8| (byte as char).to_digit(16);
            match (digit(pair[0]), digit(pair[1])) {
                (Some(high), Some(low)) => Ok((high * 16 + low) as u8),
                _ => Err(format!("not a hex digit at offset {}", index * 2)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = r#"{"type":"header","format":"tauraro-trace","version":1,"program":"p.py","argv":["p.py"]}"#;

    fn read(text: &str) -> Result<TraceLog, LogError> {
        read_log(text.as_bytes())
    }

    #[test]
    fn reads_every_event_type() {
        let text = format!(
            "{HEADER}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n",
            r#"{"type":"source","file":"p.py","lines":["for i in range(9):","    pass"]}"#,
            r#"{"type":"start","t":10,"trace":1,"kind":"loop","parent":null,"parent_exit":null,"file":"p.py","line":1,"func":"<module>","pc":3}"#,
            r#"{"type":"abort","t":11,"trace":2,"reason":"trace too long","file":"p.py","line":1,"func":"<module>","pc":3}"#,
            r#"{"type":"blacklist","t":12,"file":"p.py","line":1,"func":"<module>","pc":3,"aborts":4,"backoff":512}"#,
            r#"{"type":"trace","t":20,"trace":1,"kind":"loop","file":"p.py","line":1,"func":"<module>","pc":3,"link":"loop","ir_after":[{"ref":0,"text":"0000 int LoadSlot r1","line":1,"depth":0}],"asm":{"size":2,"address":"0x1000","bytes":"90c3","ranges":[{"start":0,"end":2,"ir":0}]},"times_us":{"record":1,"optimize":2,"compile":3},"new_key":"ignored"}"#,
            r#"{"type":"exit_counts","trace":1,"entered":3,"exits":[{"exit":0,"count":2}]}"#,
            r#"{"type":"flush","t":30,"trace":1,"side_traces":100,"file":"p.py","line":1,"func":"<module>","pc":3}"#,
            r#"{"type":"summary","t":99,"traces":1,"aborts":{"trace too long":1},"blacklisted":[{"file":"p.py","line":1,"func":"<module>","pc":3}],"times_us":{"record":1,"optimize":2,"compile":3}}"#,
        );
        let log = read(&text).expect("valid log");
        assert_eq!(log.header.program.as_deref(), Some("p.py"));
        assert_eq!(log.sources["p.py"].len(), 2);
        assert_eq!(log.starts.len(), 1);
        assert_eq!(log.aborts[0].reason, "trace too long");
        assert_eq!(log.blacklists[0].backoff, 512);
        assert_eq!(log.tree_events[0].side_traces, 100);
        assert!(log.tree_events[0].flushed);
        assert_eq!(log.traces[0].ir_after[0].ir_ref, 0);
        assert_eq!(log.traces[0].times_us.compile, 3.0);
        assert_eq!(log.exit_counts[0].exits[0].count, 2);
        assert_eq!(log.summary.as_ref().map(|s| s.traces), Some(1));
        assert!(log.warnings.is_empty(), "{:?}", log.warnings);
    }

    #[test]
    fn refuses_unknown_version_and_format() {
        let err = read(r#"{"type":"header","format":"tauraro-trace","version":7}"#).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("version 7"), "{err}");
        assert!(err.message.contains("reads version 1"), "{err}");

        let err = read(r#"{"type":"header","format":"luajit-dump","version":1}"#).unwrap_err();
        assert!(
            err.message.contains("unknown log format \"luajit-dump\""),
            "{err}"
        );

        let err = read(r#"{"type":"header","format":"tauraro-trace"}"#).unwrap_err();
        assert!(err.message.contains("version none"), "{err}");

        let err = read(r#"{"type":"start","trace":1}"#).unwrap_err();
        assert!(
            err.message.contains("first line must be the header"),
            "{err}"
        );
    }

    #[test]
    fn malformed_lines_name_their_line_number() {
        let truncated = format!("{HEADER}\n\n{}", r#"{"type":"start","t":10,"trace":1,"ki"#);
        let err = read(&truncated).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("truncated"), "{err}");

        let garbage = format!("{HEADER}\nnot json at all\n");
        let err = read(&garbage).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("malformed JSON"), "{err}");

        let missing_field = format!("{HEADER}\n{}\n", r#"{"type":"abort","t":1,"trace":2}"#);
        let err = read(&missing_field).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("missing field `reason`"), "{err}");

        let wrong_type = format!(
            "{HEADER}\n{}\n",
            r#"{"type":"start","trace":"one","kind":"loop"}"#
        );
        let err = read(&wrong_type).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("bad start line"), "{err}");

        let bad_hex = format!(
            "{HEADER}\n{}\n",
            r#"{"type":"trace","trace":1,"kind":"loop","asm":{"bytes":"9zc3"}}"#
        );
        let err = read(&bad_hex).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("not a hex digit"), "{err}");

        let bad_range = format!(
            "{HEADER}\n{}\n",
            r#"{"type":"trace","trace":1,"kind":"loop","asm":{"bytes":"90","ranges":[{"start":0,"end":5,"ir":0}]}}"#
        );
        let err = read(&bad_range).unwrap_err();
        assert!(err.message.contains("outside the 1 code bytes"), "{err}");
    }

    #[test]
    fn empty_input_and_missing_summary() {
        let err = read("\n\n").unwrap_err();
        assert!(err.to_string().contains("empty"), "{err}");

        let log = read(&format!(
            "{HEADER}\n{}\n",
            r#"{"type":"future_event","x":1}"#
        ))
        .unwrap();
        assert_eq!(log.warnings.len(), 2, "{:?}", log.warnings);
        assert!(log.warnings[0].contains("unknown type \"future_event\""));
        assert!(log.warnings[1].contains("no summary"));
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let mut bytes = format!("{HEADER}\n").into_bytes();
        bytes.extend_from_slice(b"{\"type\":\"source\",\"file\":\"\xff\"}\n");
        let err = read_log(bytes.as_slice()).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("cannot read"), "{err}");
    }

    #[test]
    fn hex_decoding() {
        assert_eq!(decode_hex("00fFa1").unwrap(), vec![0, 255, 0xa1]);
        assert!(decode_hex("abc").is_err());
        assert!(decode_hex("").unwrap().is_empty());
    }
}

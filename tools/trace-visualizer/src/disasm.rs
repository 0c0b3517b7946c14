//! Machine code listings for the report: x86-64 is disassembled here (iced-x86);
//! for other architectures the report shows Cranelift's VCode listing and the hex
//! bytes per IR range instead.

use crate::log::CodeRange;
use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
use serde::Serialize;

/// The architecture of a log's machine code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    Aarch64,
    /// Anything else: shown as hex and VCode only.
    Other,
}

impl Arch {
    /// Parses the names Rust (`target_arch`) and common tools use.
    pub fn from_name(name: &str) -> Arch {
        match name.to_ascii_lowercase().as_str() {
            "x86_64" | "x86-64" | "amd64" | "x64" => Arch::X86_64,
            "aarch64" | "arm64" => Arch::Aarch64,
            _ => Arch::Other,
        }
    }

    /// The architecture this visualizer was built for: a log is usually viewed
    /// on the machine that wrote it.
    pub fn host() -> Arch {
        Arch::from_name(std::env::consts::ARCH)
    }

    pub fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Aarch64 => "aarch64",
            Arch::Other => "unknown",
        }
    }
}

/// One line of a listing: a decoded instruction, or (without a disassembler) the
/// bytes of one IR range.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CodeLine {
    /// Byte offset from the start of the trace's code.
    pub offset: u32,
    pub len: u32,
    /// The bytes, in hex.
    pub hex: String,
    /// The instruction text; empty for a raw range.
    pub text: String,
    /// The IR ref whose range holds the first byte, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ir: Option<u32>,
}

/// The IR ref whose `[start, end)` contains `offset`.
fn ir_at(ranges: &[CodeRange], offset: u32) -> Option<u32> {
    ranges
        .iter()
        .find(|range| range.start <= offset && offset < range.end)
        .map(|range| range.ir)
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Parses `0x7f12a0001000` (or plain hex digits); 0 when absent or unreadable,
/// which only shifts the printed addresses.
pub fn parse_address(text: &str) -> u64 {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    u64::from_str_radix(digits, 16).unwrap_or(0)
}

/// Disassembles x86-64 code loaded at `address`. Bytes that do not decode come
/// out as `(bad)` lines of one byte each, so a listing always covers the code.
pub fn disassemble_x86_64(code: &[u8], address: u64, ranges: &[CodeRange]) -> Vec<CodeLine> {
    let mut decoder = Decoder::with_ip(64, code, address, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    // Branch targets as absolute addresses, hex like the address column.
    formatter.options_mut().set_hex_prefix("0x");
    formatter.options_mut().set_hex_suffix("");
    formatter
        .options_mut()
        .set_space_after_operand_separator(true);
    formatter.options_mut().set_uppercase_hex(false);
    formatter.options_mut().set_branch_leading_zeros(false);
    // "jge short 0x..." says nothing the byte column does not.
    formatter.options_mut().set_show_branch_size(false);
    let mut instruction = Instruction::default();
    let mut lines = Vec::new();
    while decoder.can_decode() {
        let offset = decoder.position();
        decoder.decode_out(&mut instruction);
        let (len, text) = if instruction.is_invalid() {
            // The decoder may have consumed several bytes; resynchronize one byte
            // later so the listing stays aligned with the ranges.
            (1, "(bad)".to_string())
        } else {
            let mut text = String::new();
            formatter.format(&instruction, &mut text);
            (instruction.len(), text)
        };
        let end = (offset + len).min(code.len());
        lines.push(CodeLine {
            offset: offset as u32,
            len: (end - offset) as u32,
            hex: to_hex(&code[offset..end]),
            text,
            ir: ir_at(ranges, offset as u32),
        });
        if decoder.set_position(end).is_err() {
            break;
        }
    }
    lines
}

/// Without a disassembler: one line per IR range, plus lines for the bytes no
/// range covers (prologue, exit stubs).
pub fn raw_ranges(code: &[u8], ranges: &[CodeRange]) -> Vec<CodeLine> {
    // The reader checks ranges against the code; stay in bounds regardless.
    let code_len = code.len() as u32;
    let mut sorted: Vec<&CodeRange> = ranges
        .iter()
        .filter(|r| r.start < r.end && r.end <= code_len)
        .collect();
    sorted.sort_by_key(|range| range.start);
    let mut lines = Vec::new();
    let mut cursor = 0u32;
    let push_raw = |start: u32, end: u32, ir: Option<u32>, lines: &mut Vec<CodeLine>| {
        // Split long stretches so that one line stays readable.
        let mut at = start;
        while at < end {
            let stop = (at + 16).min(end);
            lines.push(CodeLine {
                offset: at,
                len: stop - at,
                hex: to_hex(&code[at as usize..stop as usize]),
                text: String::new(),
                ir,
            });
            at = stop;
        }
    };
    for range in sorted {
        let start = range.start.max(cursor);
        if cursor < start {
            push_raw(cursor, start, None, &mut lines);
        }
        if start < range.end {
            push_raw(start, range.end, Some(range.ir), &mut lines);
            cursor = range.end;
        }
    }
    if cursor < code_len {
        push_raw(cursor, code_len, None, &mut lines);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: u32, end: u32, ir: u32) -> CodeRange {
        CodeRange { start, end, ir }
    }

    #[test]
    fn disassembles_x86_64_with_ir_refs() {
        // push rbp; mov rbp, rsp; add rax, 1; jo +0; ret
        let code = [
            0x55, 0x48, 0x89, 0xe5, 0x48, 0x83, 0xc0, 0x01, 0x0f, 0x80, 0x00, 0x00, 0x00, 0x00,
            0xc3,
        ];
        let lines = disassemble_x86_64(&code, 0x1000, &[range(4, 14, 3)]);
        let texts: Vec<&str> = lines.iter().map(|line| line.text.as_str()).collect();
        assert_eq!(
            texts,
            ["push rbp", "mov rbp, rsp", "add rax, 1", "jo 0x100e", "ret"]
        );
        assert_eq!(lines[2].ir, Some(3));
        assert_eq!(lines[3].ir, Some(3));
        assert_eq!(lines[4].ir, None);
        assert_eq!(lines[2].offset, 4);
        assert_eq!(lines[2].hex, "4883c001");
    }

    #[test]
    fn undecodable_bytes_do_not_stop_the_listing() {
        // 0x06 is invalid in 64-bit mode; a lone 0x48 prefix at the end is cut.
        let lines = disassemble_x86_64(&[0x06, 0x90, 0x48], 0, &[]);
        assert_eq!(lines[0].text, "(bad)");
        assert_eq!(lines[1].text, "nop");
        assert_eq!(lines.iter().map(|l| l.len).sum::<u32>(), 3);
    }

    #[test]
    fn raw_ranges_cover_every_byte() {
        let code: Vec<u8> = (0..40).collect();
        let lines = raw_ranges(&code, &[range(4, 8, 1), range(8, 30, 2)]);
        assert_eq!(lines.iter().map(|l| l.len).sum::<u32>(), 40);
        assert_eq!(lines[0].ir, None);
        assert_eq!(lines[1].ir, Some(1));
        assert_eq!(lines[1].hex, "04050607");
        assert_eq!(lines.last().map(|l| l.ir), Some(None));
    }

    #[test]
    fn addresses_and_arch_names() {
        assert_eq!(parse_address("0x7f12a0001000"), 0x7f12a0001000);
        assert_eq!(parse_address("garbage"), 0);
        assert_eq!(Arch::from_name("arm64"), Arch::Aarch64);
        assert_eq!(Arch::from_name("AMD64"), Arch::X86_64);
        assert_eq!(Arch::from_name("riscv64"), Arch::Other);
    }
}

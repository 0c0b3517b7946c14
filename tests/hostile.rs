//! Malformed and hostile input must give a Python error (exit 1), never a crash.

use std::process::{Command, Stdio};

fn run(name: &str, src: &[u8]) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("tauraro-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, src).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .arg(&path)
        .stdin(Stdio::null())
        .output()
        .expect("run tauraro");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let last = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string();
    // A signal (stack overflow, abort) has no exit code.
    let code = out.status.code().unwrap_or(-1);
    (code, last)
}

#[test]
fn binary_garbage_is_a_syntax_error() {
    let mut bytes = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..100_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        bytes.push((x >> 16) as u8);
    }
    let (code, last) = run("garbage.py", &bytes);
    assert_eq!(code, 1);
    assert!(last.starts_with("SyntaxError"), "{last}");
}

#[test]
fn very_deep_expressions_fail_cleanly() {
    let cases = [
        ("chain.py", format!("x = {}1\n", "1+".repeat(3_000_000))),
        ("nots.py", format!("x = {}1\n", "not ".repeat(1_000_000))),
        (
            "lambdas.py",
            format!("x = {}1\n", "lambda: ".repeat(200_000)),
        ),
        ("attrs.py", format!("x = {}b\n", "a.".repeat(500_000))),
    ];
    for (name, src) in cases {
        let (code, last) = run(name, src.as_bytes());
        assert_eq!(code, 1, "{name}");
        assert_eq!(
            last, "RecursionError: maximum recursion depth exceeded during compilation",
            "{name}"
        );
    }
}

#[test]
fn nesting_limits_match_cpython() {
    let (code, last) = run(
        "parens.py",
        format!("x = {}1{}\n", "(".repeat(300), ")".repeat(300)).as_bytes(),
    );
    assert_eq!(
        (code, last.as_str()),
        (1, "SyntaxError: too many nested parentheses")
    );
    let (code, last) = run(
        "unary.py",
        format!("x = {}1\n", "-".repeat(100_000)).as_bytes(),
    );
    assert_eq!(code, 1, "{last}");
    let mut src = String::new();
    for i in 0..120 {
        src.push_str(&" ".repeat(i));
        src.push_str("if True:\n");
    }
    src.push_str(&" ".repeat(120));
    src.push_str("pass\n");
    let (code, last) = run("indent.py", src.as_bytes());
    assert_eq!(
        (code, last.as_str()),
        (1, "IndentationError: too many levels of indentation")
    );
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    let (code, last) = run("rec.py", b"def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(
        (code, last.as_str()),
        (1, "RecursionError: maximum recursion depth exceeded")
    );
}

#[test]
fn long_line_runs() {
    let src = format!("x = [{}]\nprint(len(x))\n", "1, ".repeat(1_000_000));
    let (code, last) = run("long.py", src.as_bytes());
    assert_eq!(code, 0, "{last}");
}

/// Found by the `parse` fuzz target: an f-string whose last byte is a backslash made
/// the Python 3.11 f-string pre-scan index past the end of the source.
#[test]
fn fstring_ending_in_backslash_is_a_syntax_error() {
    for src in [&b"x = f\"{\\"[..], b"f'\\", b"f\"{x}\\"] {
        let (code, last) = run("fstring_backslash.py", src);
        assert_eq!(code, 1, "{:?}", String::from_utf8_lossy(src));
        assert!(last.starts_with("SyntaxError"), "{last}");
    }
}

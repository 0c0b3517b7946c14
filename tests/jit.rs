//! JIT tests that fail if the JIT silently does nothing: each program's output must
//! be CPython's (checked against `python3` when it is available, and always
//! against the interpreter), and the JIT's own statistics (`TAURARO_TRACE=stats,exits`)
//! must show that traces were compiled, entered, and left through the exits the
//! program was built to take.

use std::collections::BTreeMap;
use std::process::{Command, Stdio};

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

fn write_program(name: &str, src: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tauraro-jit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, src).expect("write program");
    path
}

fn run_tauraro(path: &std::path::Path, jit: Option<&str>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tauraro"));
    match jit {
        None => {
            cmd.arg("--no-jit");
        }
        Some(spec) => {
            cmd.env("TAURARO_JIT", spec);
        }
    }
    let out = cmd
        .arg(path)
        .env("TAURARO_TRACE", "stats,exits")
        .env_remove("TAURARO_TRACE_JSON")
        .stdin(Stdio::null())
        .output()
        .expect("run tauraro");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// CPython's output, when a `python3` is on PATH (CI always has one).
fn cpython(path: &std::path::Path) -> Option<String> {
    let out = Command::new("python3")
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[derive(Debug, Default)]
struct Stats {
    compiled: u64,
    entered: u64,
    /// (trace, exit) -> times taken.
    exits: BTreeMap<(u32, u32), u64>,
    aborts: Vec<String>,
    blacklisted: u64,
    /// Entries through Rust (linked exits do not count).
    from_interp: u64,
    /// Calls from traces into function traces.
    calls_from_traces: u64,
}

fn number_before(s: &str, word: &str) -> u64 {
    let i = s
        .find(word)
        .unwrap_or_else(|| panic!("no {word:?} in {s:?}"));
    s[..i]
        .split(|c: char| !c.is_ascii_digit())
        .rfind(|t| !t.is_empty())
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("no number before {word:?} in {s:?}"))
}

fn stats(stderr: &str) -> Stats {
    let mut st = Stats::default();
    for line in stderr.lines() {
        if let Some(rest) = line.strip_prefix("[JIT stats: ") {
            st.compiled = number_before(rest, "traces compiled");
            st.entered = number_before(rest, "entered");
            st.blacklisted = number_before(rest, "blacklisted");
            st.from_interp = number_before(rest, "entered from the interpreter");
            st.calls_from_traces = number_before(rest, "calls from traces");
        } else if let Some(rest) = line.strip_prefix("[JIT aborts: ") {
            st.aborts.push(rest.trim_end_matches(']').to_string());
        } else if let Some(rest) = line.strip_prefix("[TRACE ") {
            // [TRACE 3 exits, entered 7: exit 2: 1, exit 5: 6]
            let Some((head, list)) = rest.split_once(": ") else {
                continue;
            };
            if !head.contains("exits, entered") {
                continue;
            }
            let trace: u32 = head
                .split_whitespace()
                .next()
                .and_then(|t| t.parse().ok())
                .expect("trace number");
            for item in list.trim_end_matches(']').split(", ") {
                if let Some(e) = item.strip_prefix("exit ") {
                    let (n, c) = e.split_once(": ").expect("exit count");
                    st.exits
                        .insert((trace, n.parse().unwrap()), c.parse().unwrap());
                }
            }
        }
    }
    st
}

/// Runs `src` three ways (interpreter, JIT default, JIT forced hot) and checks the
/// outputs agree with each other and with CPython. Returns the JIT stats of the
/// forced-hot and default runs.
fn check(name: &str, src: &str) -> (Stats, Stats) {
    let path = write_program(name, src);
    let interp = run_tauraro(&path, None);
    let default = run_tauraro(&path, Some(""));
    let hot = run_tauraro(&path, Some("hotloop=1,hotexit=1,hotfunc=1"));
    if let Some(expected) = cpython(&path) {
        assert_eq!(interp.stdout, expected, "{name}: interpreter vs CPython");
    }
    assert_eq!(
        default.stdout, interp.stdout,
        "{name}: JIT (default) vs interpreter"
    );
    assert_eq!(
        hot.stdout, interp.stdout,
        "{name}: JIT (hot) vs interpreter"
    );
    assert_eq!(
        default.code, interp.code,
        "{name}: exit code\n{}",
        default.stderr
    );
    assert_eq!(hot.code, interp.code, "{name}: exit code\n{}", hot.stderr);
    let no_stats = stats(&interp.stderr);
    assert_eq!(no_stats.compiled, 0, "--no-jit compiled traces");
    (stats(&hot.stderr), stats(&default.stderr))
}

/// The number of distinct exits taken, over all traces.
fn distinct_exits(st: &Stats) -> usize {
    st.exits.len()
}

#[test]
fn a_hot_loop_is_compiled_and_entered() {
    let (hot, default) = check(
        "sum.py",
        "def f(n):\n    s = 0\n    for i in range(n):\n        s += i * 3 % 7\n    return s\nprint(f(100000))\n",
    );
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(st.entered >= 1, "{st:?}");
    }
    // The loop ran inside the trace: one entry, one exit (the loop's end).
    assert_eq!(default.entered, 1, "{default:?}");
    assert_eq!(distinct_exits(&default), 1, "{default:?}");
}

#[test]
fn int_to_float_in_a_hot_loop_takes_an_exit() {
    let (hot, default) = check(
        "int_float.py",
        "x = 0\ntotal = 0\nfor i in range(2000):\n    if i == 1000:\n        x = 0.5\n    x = x + 1\n    total = total + x\nprint(x, total)\n",
    );
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(distinct_exits(st) >= 2, "no type-change exit: {st:?}");
    }
}

#[test]
fn int_overflowing_into_big_ints_takes_an_exit() {
    let (hot, default) = check(
        "bigint.py",
        "def f():\n    x = 1\n    for i in range(200):\n        x = x * 3 + i\n    return x\nprint(f())\nprint(f() % 1000003)\n",
    );
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(st.entered >= 1, "{st:?}");
    }
}

#[test]
fn list_element_types_change() {
    let (hot, _) = check(
        "list_types.py",
        "xs = list(range(300)) + [0.5] * 300 + ['a'] * 300 + [None] * 300\n\
         def f(xs):\n    n = 0\n    s = 0\n    for i in range(len(xs)):\n        v = xs[i]\n        if v is None:\n            n += 1\n        elif isinstance(v, str):\n            n += 2\n        else:\n            s = s + v\n    return n, s\n\
         print(f(xs))\n",
    );
    assert!(hot.compiled >= 1, "{hot:?}");
    assert!(distinct_exits(&hot) >= 2, "{hot:?}");
}

#[test]
fn an_attribute_added_to_an_instance_takes_an_exit() {
    let (hot, default) = check(
        "attr_added.py",
        "class P:\n    def __init__(self):\n        self.x = 1\n\
         def f(ps):\n    t = 0\n    for p in ps:\n        t += p.x\n    return t\n\
         ps = [P() for _ in range(500)]\nfor p in ps[250:]:\n    p.y = 2\n\
         print(f(ps))\nps[400].x = 2.5\nprint(f(ps))\n",
    );
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(distinct_exits(st) >= 2, "{st:?}");
    }
}

#[test]
fn a_function_redefined_in_a_hot_loop() {
    let (hot, default) = check(
        "redefine.py",
        "def g(x):\n    return x + 1\n\
         def other(x):\n    return x * 2\n\
         t = 0\nfor i in range(1000):\n    if i == 500:\n        g = other\n    t += g(i)\nprint(t)\n",
    );
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(distinct_exits(st) >= 2, "{st:?}");
    }
}

#[test]
fn a_global_rebound_to_another_type() {
    let (hot, _) = check(
        "global_rebound.py",
        "K = 3\ndef f(n):\n    global K\n    t = 0\n    for i in range(n):\n        if i == n // 2:\n            K = 1.5\n        t = t + K\n    return t\nprint(f(1000))\n",
    );
    assert!(hot.compiled >= 1, "{hot:?}");
    assert!(distinct_exits(&hot) >= 2, "{hot:?}");
}

#[test]
fn an_exception_inside_a_trace_is_caught_outside_it() {
    let (hot, default) = check(
        "exc.py",
        "def h(xs, i):\n    return xs[i] // (i - 700)\n\
         def g(xs, i):\n    return h(xs, i) + 1\n\
         def f(xs, i):\n    return g(xs, i) * 2\n\
         xs = list(range(1000))\nt = 0\ntry:\n    for i in range(1000):\n        t += f(xs, i)\nexcept ZeroDivisionError as e:\n    print('caught', e, i, t)\n",
    );
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(distinct_exits(st) >= 1, "{st:?}");
    }
}

#[test]
fn an_uncaught_error_in_a_trace_has_the_interpreters_traceback() {
    let src = "def h(d, k):\n    return d[k]\n\
               def f(d):\n    t = 0\n    for i in range(100):\n        t += h(d, i)\n    return t\n\
               d = {i: i for i in range(90)}\nprint(f(d))\n";
    let path = write_program("uncaught.py", src);
    let interp = run_tauraro(&path, None);
    let hot = run_tauraro(&path, Some("hotloop=1,hotexit=1,hotfunc=1"));
    assert_eq!(interp.code, 1);
    assert_eq!(hot.code, 1);
    let tb = |s: &str| -> String {
        s.lines()
            .filter(|l| !l.starts_with('['))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(tb(&hot.stderr), tb(&interp.stderr));
    assert!(
        tb(&interp.stderr).ends_with("KeyError: 90"),
        "{}",
        interp.stderr
    );
}

#[test]
fn fib_compiles_a_function_trace_that_calls_itself() {
    let (hot, default) = check(
        "fib.py",
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\
         print(fib(25))\n",
    );
    // fib(25) makes 242785 calls; after warm-up the recursion stays in machine
    // code: traces call the function trace, and the interpreter enters a trace
    // only a few times.
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(st.calls_from_traces > 50_000, "{st:?}");
        assert!(st.from_interp < 1_000, "{st:?}");
    }
}

#[test]
fn a_function_called_from_the_interpreter_gets_a_trace() {
    // No loop in Python code: `map` calls `step` from native code, and
    // `step` is what compiles (entered from the runtime at each call).
    // (Long enough to pay for an entry from the runtime: shorter function
    // traces serve only calls from other traces.)
    let src = "def step(x):\n    y = x * 3 + 1\n    if y % 2 == 0:\n        y = y // 2\n    \
               z = y - x\n    w = z * z + y\n    w = w % 1000003 + (x & 7)\n    \
               return w * 2 - z\n\
               print(sum(map(step, range(5000))))\n";
    let (hot, default) = check("step.py", src);
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(st.from_interp > 1_000, "{st:?}");
    }
}

#[test]
fn an_error_deep_in_traced_recursion_has_the_interpreters_traceback() {
    let src = "def down(n, fail):\n    if n == 0:\n        if fail:\n            return {}['k']\n        \
               return 0\n    return down(n - 1, fail) + 1\n\
               def run(k):\n    try:\n        return down(30, k % 5 == 0)\n    except KeyError:\n        \
               return -1\n\
               print(sum(run(i) for i in range(300)))\nprint(down(40, True))\n";
    let path = write_program("deep_error.py", src);
    let interp = run_tauraro(&path, None);
    let tb = |s: &str| -> String {
        s.lines()
            .filter(|l| !l.starts_with('['))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(interp.code, 1);
    assert!(
        tb(&interp.stderr).ends_with("KeyError: 'k'"),
        "{}",
        interp.stderr
    );
    for jit in ["", "hotloop=1,hotexit=1,hotfunc=1"] {
        let run = run_tauraro(&path, Some(jit));
        assert_eq!(run.code, 1, "{jit}");
        assert_eq!(run.stdout, interp.stdout, "{jit}");
        assert_eq!(tb(&run.stderr), tb(&interp.stderr), "{jit}");
        assert!(stats(&run.stderr).calls_from_traces > 0, "{}", run.stderr);
    }
    if let Some(expected) = cpython(&path) {
        assert_eq!(interp.stdout, expected);
    }
}

#[test]
fn a_tree_reaching_maxside_is_flushed_once_then_closed() {
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        k = i % 6\n        \
               if k == 0:\n            t += 1\n        elif k == 1:\n            t += 2\n        \
               elif k == 2:\n            t -= 3\n        elif k == 3:\n            t += i\n        \
               elif k == 4:\n            t ^= i\n        else:\n            t = t * 2 % 1000\n    \
               return t\n\
               print(f(30000))\n";
    let path = write_program("tree_flush.py", src);
    let interp = run_tauraro(&path, None);
    for jit in ["maxside=2", "maxside=2,hotloop=1,hotexit=1,hotfunc=1"] {
        let out = Command::new(env!("CARGO_BIN_EXE_tauraro"))
            .arg(&path)
            .env("TAURARO_JIT", jit)
            .env("TAURARO_TRACE", "1,stats")
            .env_remove("TAURARO_TRACE_JSON")
            .stdin(Stdio::null())
            .output()
            .expect("run tauraro");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stdout, interp.stdout, "{jit}");
        // The first time the tree is full it is flushed and its loop recorded
        // again; the second time it is closed to more side traces.
        assert_eq!(stderr.matches(" flush f ").count(), 1, "{jit}\n{stderr}");
        assert_eq!(
            stderr.matches(" side limit f ").count(),
            1,
            "{jit}\n{stderr}"
        );
        assert!(stderr.contains("1 trees flushed"), "{stderr}");
    }
    if let Some(expected) = cpython(&path) {
        assert_eq!(interp.stdout, expected);
    }
}

#[test]
fn break_continue_and_return_leave_traced_loops() {
    let (hot, _) = check(
        "leave.py",
        "def f(n):\n    t = 0\n    for i in range(n):\n        if i % 3 == 0:\n            continue\n        if i > 700:\n            break\n        t += i\n    return t\n\
         def g(xs):\n    i = 0\n    while True:\n        if xs[i] == 77:\n            return i\n        i += 1\n\
         print(f(1000), g(list(range(100))))\n",
    );
    assert!(hot.compiled >= 1, "{hot:?}");
}

#[test]
fn a_loop_inside_a_generator() {
    let (hot, _) = check(
        "gen.py",
        "def gen(n):\n    acc = 0\n    for i in range(n):\n        acc += i\n        if i % 10 == 0:\n            yield acc\n\
         t = 0\nfor v in gen(5000):\n    t += v\nprint(t)\n",
    );
    assert!(hot.compiled >= 1, "{hot:?}");
}

#[test]
fn a_loop_that_yields_every_iteration_is_left_to_the_interpreter() {
    // Its trace would leave at the `yield` each time, after a few instructions:
    // entering it would cost more than interpreting them.
    let (hot, default) = check(
        "yields.py",
        "def scaled(src):\n    for x in src:\n        yield x * 3 + 1\n\
         print(sum(scaled(range(20000))))\n",
    );
    for st in [&hot, &default] {
        assert!(st.blacklisted >= 1, "{st:?}");
        assert!(
            st.aborts.iter().any(|a| a.starts_with("loop trace leaves")),
            "{st:?}"
        );
        assert!(st.from_interp < 100, "{st:?}");
    }
}

#[test]
fn a_guard_fails_in_a_callee_inlined_three_deep() {
    let (hot, default) = check(
        "deep.py",
        "def h(x):\n    return x + 1\n\
         def g(x):\n    return h(x) * 2\n\
         def f(x):\n    return g(x) - 1\n\
         t = 0\nfor i in range(3000):\n    v = i if i < 2000 else i + 0.5\n    t += f(v)\nprint(t)\n",
    );
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
        assert!(distinct_exits(st) >= 2, "{st:?}");
    }
}

#[test]
fn a_loop_that_keeps_aborting_is_blacklisted() {
    // With a tiny recording limit every attempt aborts: after `maxabort` attempts
    // the loop is blacklisted, the log says so, and the output is still right.
    let path = write_program(
        "abort.py",
        "t = 0\nfor i in range(20000):\n    t += i % 7\n    t -= i % 3\nprint(t)\n",
    );
    let interp = run_tauraro(&path, None);
    let limited = run_tauraro(&path, Some("hotloop=2,maxrecord=3,maxabort=3"));
    assert_eq!(limited.stdout, interp.stdout);
    let st = stats(&limited.stderr);
    assert_eq!(st.compiled, 0, "{st:?}");
    assert_eq!(st.blacklisted, 1, "{st:?}");
    assert_eq!(st.aborts, vec!["trace too long: 3".to_string()], "{st:?}");
    let events = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .arg(&path)
        .env("TAURARO_JIT", "hotloop=2,maxrecord=3,maxabort=3")
        .env("TAURARO_TRACE", "1")
        .output()
        .expect("run tauraro");
    let log = String::from_utf8_lossy(&events.stderr);
    assert!(log.contains("blacklist"), "{log}");
    assert!(log.contains("trace too long"), "{log}");
}

#[test]
fn a_long_allocating_loop_collects_garbage_inside_traces() {
    let (hot, default) = check(
        "alloc.py",
        "def f(n):\n    t = 0\n    for i in range(n):\n        xs = [i, i + 1, i + 2]\n        t += len(xs) + xs[1]\n    return t\nprint(f(300000))\n",
    );
    for st in [&hot, &default] {
        assert!(st.compiled >= 1, "{st:?}");
    }
}

#[test]
fn jit_settings_are_validated() {
    let path = write_program("tiny.py", "print(1)\n");
    let out = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .arg(&path)
        .env("TAURARO_JIT", "hotlop=3")
        .output()
        .expect("run tauraro");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown setting"));
    let off = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .arg(&path)
        .env("TAURARO_JIT", "off")
        .env("TAURARO_TRACE", "stats")
        .output()
        .expect("run tauraro");
    assert_eq!(String::from_utf8_lossy(&off.stdout), "1\n");
    assert!(String::from_utf8_lossy(&off.stderr).contains("0 traces compiled"));
}

/// The trace dump with heap addresses (which change from run to run) masked.
fn masked_dump(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.lines() {
        let mut rest = line;
        while let Some(i) = rest.find("obj#") {
            out.push_str(&rest[..i + 4]);
            out.push('?');
            rest = rest[i + 4..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        }
        // The class epoch counts every class change since startup (the
        // standard library's included).
        if let Some(i) = rest.find("gepoch ") {
            out.push_str(&rest[..i + 7]);
            out.push('?');
            rest = rest[i + 7..].trim_start_matches(|c: char| c.is_ascii_digit());
        }
        out.push_str(rest);
        out.push('\n');
    }
    // Column padding depends on the masked addresses' lengths.
    let mut squeezed = String::with_capacity(out.len());
    for (i, c) in out.char_indices() {
        if !(c == ' ' && out[..i].ends_with(' ')) {
            squeezed.push(c);
        }
    }
    mask_cache_addresses(&squeezed)
}

/// Inline caches are passed to helpers as int constants holding their address:
/// `int int 2199027455040` becomes `int int addr?` (small-int constants in the
/// golden programs have far fewer digits).
fn mask_cache_addresses(dump: &str) -> String {
    const OP: &str = "int int ";
    let mut out = String::with_capacity(dump.len());
    let mut rest = dump;
    while let Some(i) = rest.find(OP) {
        let (head, tail) = rest.split_at(i + OP.len());
        out.push_str(head);
        let digits = tail.len() - tail.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits >= 10 {
            out.push_str("addr?");
            rest = &tail[digits..];
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn golden_traces() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("traces");
    let update = std::env::var_os("TAURARO_UPDATE_GOLDEN").is_some();
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("traces/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(!programs.is_empty());
    for py in programs {
        let out = Command::new(env!("CARGO_BIN_EXE_tauraro"))
            .arg(py.file_name().unwrap())
            .current_dir(&dir)
            .env("TAURARO_TRACE", "bc,ir,snap")
            .env_remove("TAURARO_JIT")
            .env_remove("TAURARO_TRACE_JSON")
            .output()
            .expect("run tauraro");
        assert!(out.status.success(), "{}", py.display());
        let dump = masked_dump(&String::from_utf8_lossy(&out.stderr));
        let golden = py.with_extension("trace");
        if update {
            std::fs::write(&golden, &dump).expect("write golden trace");
            continue;
        }
        let want = std::fs::read_to_string(&golden)
            .unwrap_or_else(|_| panic!("{} missing: TAURARO_UPDATE_GOLDEN=1", golden.display()));
        assert!(
            dump == want,
            "{} changed (TAURARO_UPDATE_GOLDEN=1 to accept):\n{dump}",
            golden.display()
        );
    }
}

#[test]
fn a_hot_exit_grows_a_side_trace_that_links_back() {
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        if i % 3 == 0:\n            t += i // 7\n        else:\n            t -= i % 5\n    return t\nprint(f(30000))\n";
    let (hot, default) = check("side.py", src);
    for st in [&hot, &default] {
        assert!(st.compiled >= 2, "{st:?}");
        // After warm-up the root trace and its side trace call each other in
        // machine code: a few entries through Rust for 30000 iterations.
        assert!(st.entered > 10_000, "{st:?}");
        assert!(st.from_interp < 100, "{st:?}");
    }
    let path = write_program("side_events.py", src);
    let out = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .arg(&path)
        .env("TAURARO_TRACE", "1")
        .env_remove("TAURARO_JIT")
        .output()
        .expect("run tauraro");
    let log = String::from_utf8_lossy(&out.stderr);
    // The loop's trace, then a side trace from its branch exit that links back.
    assert!(log.contains("stop f") && log.contains("-> loop"), "{log}");
    assert!(log.contains("-> trace 1]"), "{log}");
    assert!(log.contains("from trace 1 exit"), "{log}");
    // The JSON log names the side trace's parent for the visualizer's tree.
    let json = path.with_extension("jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .arg(&path)
        .env("TAURARO_TRACE_JSON", &json)
        .env_remove("TAURARO_JIT")
        .env_remove("TAURARO_TRACE")
        .output()
        .expect("run tauraro");
    assert!(out.status.success());
    let log = std::fs::read_to_string(&json).expect("json log");
    assert!(
        log.lines()
            .any(|l| l.contains(r#""type":"trace""#) && l.contains(r#""kind":"side","parent":1,"#)),
        "{log}"
    );
}

#[test]
fn a_branch_inside_an_inlined_callee_grows_a_side_trace() {
    // The branch's exit has an inlined frame to rebuild; its side trace starts
    // inside that frame and the loop stays in machine code.
    let src = "def pick(i):\n    if i % 4 == 0:\n        return i // 4\n    return -1\n\ndef f(n):\n    t = 0\n    for i in range(n):\n        t += pick(i)\n    return t\n\nprint(f(40000))\n";
    let (hot, default) = check("inlined_side.py", src);
    for st in [&hot, &default] {
        assert!(st.compiled >= 2, "{st:?}");
        assert!(st.from_interp < 100, "{st:?}");
    }
}

#[test]
fn natives_asking_for_the_current_module_see_the_callees_module() {
    // `globals()` and `type(name, bases, ns)` in a function of another module,
    // called from a hot loop: the callee must not be inlined into a trace of the
    // caller's module (the natives find the module from the interpreter's frames).
    let dir = std::env::temp_dir().join(format!("tauraro-jit-mod-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("other_mod.py"),
        "NAME = 'other'\ndef g(i):\n    return globals()['NAME']\ndef h(i):\n    return type('T', (), {}).__module__\n",
    )
    .unwrap();
    let main = dir.join("main_mod.py");
    std::fs::write(
        &main,
        "import other_mod\nNAME = 'main'\ndef f():\n    r = {}\n    for i in range(300):\n        k = other_mod.g(i) + other_mod.h(i)\n        r[k] = r.get(k, 0) + 1\n    print(sorted(r.items()))\nf()\n",
    )
    .unwrap();
    for jit in [None, Some(""), Some("hotloop=1,hotexit=1,hotfunc=1")] {
        let out = run_tauraro(&main, jit);
        assert_eq!(out.stdout, "[('otherother_mod', 300)]\n", "{jit:?}");
    }
}

#[test]
fn big_int_arithmetic_stays_in_one_trace() {
    // An LCG whose products leave the inline range: the trace calls int_arith,
    // whose guard must not fail on every iteration (a constant operand once went
    // unboxed and every pass left the trace, growing side trace after side trace).
    let (_, default) = check(
        "lcg.py",
        "def f(n):\n    x = 7\n    t = 0\n    for i in range(n):\n        x = (x * 1103515245 + 12345) % 2147483648\n        t += x >> 16\n    return t\nprint(f(50000))\n",
    );
    assert!(default.compiled <= 4, "{} traces", default.compiled);
    let exits: u64 = default.exits.values().sum();
    assert!(exits < 100, "{exits} exits taken");
}

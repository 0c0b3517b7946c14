//! The `tauraro` command line.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "tauraro",
    version,
    about = "Run Python-syntax programs with a tracing JIT"
)]
struct Cli {
    /// Run the interpreter only (no JIT).
    #[arg(long = "no-jit", global = true)]
    no_jit: bool,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
    /// The program file, followed by its arguments.
    #[arg(
        value_name = "FILE",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program (the same as `tauraro FILE.py`).
    Run {
        #[arg(
            value_name = "FILE",
            trailing_var_arg = true,
            allow_hyphen_values = true,
            required = true
        )]
        args: Vec<String>,
    },
    /// Print the bytecode of a program.
    Dis { file: String },
}

fn main() -> ExitCode {
    tauraro::runtime::heap::tune_allocator();
    let cli = Cli::parse();
    let jit = match tauraro::jit::JitConfig::from_env(cli.no_jit) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("tauraro: {e}");
            return ExitCode::from(2);
        }
    };
    let (src, filename, argv) = if let Some(code) = cli.code {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args);
        (code, "<string>".to_string(), argv)
    } else {
        let args = match cli.command {
            Some(Command::Run { args }) => args,
            Some(Command::Dis { file }) => return disassemble(&file),
            None => cli.args,
        };
        let Some(file) = args.first().cloned() else {
            eprintln!("usage: tauraro [--no-jit] FILE.py [ARGS...] | -c CODE | dis FILE.py");
            return ExitCode::from(2);
        };
        match read_source(&file) {
            Ok(s) => (s, file, args),
            Err(code) => return code,
        }
    };
    // Deep recursion in native code (repr of nested data, the parser) gets a big stack.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || tauraro::run_source(&src, &filename, argv, jit));
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code.clamp(0, 255) as u8),
        Ok(Err(_)) => {
            eprintln!("tauraro: internal error");
            ExitCode::from(70)
        }
        Err(e) => {
            eprintln!("tauraro: cannot start: {e}");
            ExitCode::from(70)
        }
    }
}

fn read_source(file: &str) -> Result<String, ExitCode> {
    match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                eprintln!(
                    "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {file} on line {}, but no encoding declared",
                    e.as_bytes()[pos],
                    e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1
                );
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            eprintln!(
                "tauraro: can't open file '{file}': [Errno {}] {}",
                e.raw_os_error().unwrap_or(2),
                e
            );
            Err(ExitCode::from(2))
        }
    }
}

fn disassemble(file: &str) -> ExitCode {
    let src = match read_source(file) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let mut vm = tauraro::interp::Vm::new(vec![file.to_string()]);
    let module = vm.new_module("__main__");
    match vm.compile(&src, file, module) {
        Ok(code) => {
            let c = tauraro::interp::call::code_of(code);
            let mut out = String::new();
            c.disassemble(&mut out, &|v| vm_describe(v));
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{e}");
            ExitCode::from(1)
        }
    }
}

fn vm_describe(v: tauraro::runtime::value::Value) -> String {
    use tauraro::runtime::object::ObjData;
    if v.is_int() {
        return v.as_int().to_string();
    }
    if v.is_float() {
        return tauraro::runtime::numfmt::float_repr(v.as_f64());
    }
    if v.is_none() {
        return "None".into();
    }
    if v.is_bool() {
        return if v.as_bool() {
            "True".into()
        } else {
            "False".into()
        };
    }
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(s)) => tauraro::runtime::strrepr::str_repr(&s.s),
        Some(ObjData::Code(c)) => format!("<code {}>", c.qualname),
        Some(ObjData::Tuple(t)) => format!(
            "({})",
            t.iter()
                .map(|x| vm_describe(*x))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Some(ObjData::BigInt(b)) => b.to_string(),
        _ => "<object>".into(),
    }
}

// The VM allocates many small objects; mimalloc is markedly faster than the system
// allocator for that pattern.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

//! The interpreter: the VM state, frames in one register stack, the dispatch loop
//! (`dispatch.rs`), calls (`call.rs`) and the uncaught-exception report.

pub mod call;
pub mod dispatch;
pub mod frame;
pub mod simple;

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::compile::bytecode::Code;
use crate::runtime::error::{ExcKind, RtError};
use crate::runtime::heap::Heap;
use crate::runtime::object::*;
use crate::runtime::types::Types;
use crate::runtime::value::{fits_small, RegisterStack, Value};
pub use frame::Frame;

/// Registers in the one register stack. Frames beyond it raise RecursionError.
pub const STACK_SLOTS: usize = 1 << 22;

pub struct Vm {
    pub heap: Heap,
    pub stack: RegisterStack,
    pub frames: Vec<Frame>,
    pub types: Types,
    pub builtins: HashMap<Rc<str>, Value>,
    pub modules: HashMap<Rc<str>, Value>,
    /// The exception travelling to a handler (read by GetException).
    pub current_exc: Value,
    /// The exceptions being handled, innermost last, with the frame index and the
    /// lexical handler depth that took them (for `raise` and `__context__`).
    pub handling: Vec<(usize, u16, Value)>,
    pub recursion_limit: usize,
    /// Depth of native code that re-entered the interpreter; collection waits for 0.
    pub reentry_depth: usize,
    /// Values that native code keeps alive across calls into Python code.
    pub extra_roots: Vec<Value>,
    pub ellipsis_val: Value,
    pub empty_tuple: Value,
    pub not_implemented: Value,
    /// `object.__init__` (a native), to recognise classes without their own `__init__`.
    pub object_init: Value,
    /// The classes of `super`, `property`, `staticmethod` and `classmethod`.
    pub super_class: Value,
    /// `types.UnionType`, the class of `int | None`.
    pub union_class: Value,
    pub property_class: Value,
    /// Bumped whenever any class changes; inline caches compare it.
    pub class_epoch: u32,
    /// VM-wide `LoadMethod` cache, for sites that see several classes.
    pub method_cache: Vec<dispatch::MethodCacheEntry>,
    pub argv: Vec<String>,
    pub int_max_str_digits: usize,
    pub script_dir: Option<std::path::PathBuf>,
    /// Single-character strings, shared.
    pub char_strs: Vec<Value>,
    pub stdout: crate::runtime::builtins::Stdout,
    pub rng: crate::runtime::builtins::RngState,
    nan_counter: u64,
    pub jit: crate::jit::JitState,
    /// While a trace runs: the end of the registers it owns (inlined frames live
    /// above the root frame's window), so frames pushed by its helpers start above.
    pub jit_reserved_top: usize,
    /// Registers below this hold values the collector may scan: everything
    /// written since the last collection, or scanned by it. Above it,
    /// registers may hold stale values (see `reserve_jit_registers`).
    pub jit_valid_top: usize,
    /// Frames that exist only inside running traces (inlined calls), counted
    /// against the recursion limit as the interpreter would count them.
    pub jit_frame_bias: usize,
    /// A call pushed the top frame and the dispatch loop has not looked at it yet
    /// (where function-entry traces start; not set by exits resuming a frame).
    pub fresh_frame: bool,
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Box<Vm> {
        let mut heap = Heap::new();
        let types = Types::bootstrap(&mut heap);
        let mut vm = Box::new(Vm {
            heap,
            stack: RegisterStack::new(STACK_SLOTS),
            frames: Vec::with_capacity(256),
            types,
            builtins: HashMap::new(),
            modules: HashMap::new(),
            current_exc: Value::NONE,
            handling: vec![],
            recursion_limit: 1000,
            reentry_depth: 0,
            extra_roots: vec![],
            ellipsis_val: Value::NONE,
            empty_tuple: Value::NONE,
            not_implemented: Value::NONE,
            object_init: Value::NONE,
            super_class: Value::NONE,
            union_class: Value::NONE,
            property_class: Value::NONE,
            class_epoch: 1,
            method_cache: vec![dispatch::MethodCacheEntry::EMPTY; 1 << dispatch::METHOD_CACHE_BITS],
            argv,
            int_max_str_digits: 4300,
            script_dir: None,
            char_strs: vec![],
            stdout: Default::default(),
            rng: Default::default(),
            nan_counter: 0,
            jit: crate::jit::JitState::new(crate::jit::JitConfig::off()),
            jit_reserved_top: 0,
            jit_valid_top: 0,
            jit_frame_bias: 0,
            fresh_frame: false,
        });
        vm.empty_tuple = vm.heap.alloc(ObjData::Tuple(Box::new([])));
        vm.ellipsis_val = vm.heap.alloc(ObjData::Str(StrObj::new("Ellipsis".into())));
        vm.not_implemented = vm
            .heap
            .alloc(ObjData::Str(StrObj::new("NotImplemented".into())));
        let chars: Vec<Value> = (0u8..128)
            .map(|c| {
                vm.heap
                    .alloc(ObjData::Str(StrObj::new((c as char).to_string().into())))
            })
            .collect();
        vm.char_strs = chars;
        crate::runtime::types::install_methods(&mut vm);
        crate::runtime::builtins::install(&mut vm);
        if let Some(bytes) = std::env::var("TAURARO_GC_STRESS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
        {
            vm.heap.stress(bytes);
        }
        vm
    }

    // ---- allocation helpers ----------------------------------------------------

    pub fn new_str(&mut self, s: &str) -> Value {
        if s.len() == 1 {
            let b = s.as_bytes()[0];
            if b < 128 {
                return self.char_strs[b as usize];
            }
        }
        self.heap.alloc(ObjData::Str(StrObj::new(s.into())))
    }
    pub fn new_string(&mut self, s: String) -> Value {
        if s.len() == 1 {
            return self.new_str(&s);
        }
        self.heap
            .alloc(ObjData::Str(StrObj::new(s.into_boxed_str())))
    }
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc(ObjData::List(Mut::new(items)))
    }
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() && !self.empty_tuple.is_none() {
            return self.empty_tuple;
        }
        self.heap.alloc(ObjData::Tuple(items.into_boxed_slice()))
    }
    pub fn new_dict(&mut self, d: crate::runtime::dict::DictObj) -> Value {
        self.heap.alloc(ObjData::Dict(Box::new(Mut::new(d))))
    }
    pub fn new_set(&mut self, s: crate::runtime::set::SetObj) -> Value {
        self.heap.alloc(ObjData::Set(Box::new(Mut::new(s))))
    }
    pub fn new_iter(&mut self, st: IterState) -> Value {
        self.heap.alloc(ObjData::Iter(Mut::new(st)))
    }
    pub fn int_value(&mut self, i: i64) -> Value {
        if fits_small(i) {
            Value::from_small_int(i)
        } else {
            self.heap.alloc(ObjData::BigInt(BigInt::from(i)))
        }
    }
    pub fn int_from_i128(&mut self, i: i128) -> Value {
        match i64::try_from(i) {
            Ok(v) => self.int_value(v),
            Err(_) => self.heap.alloc(ObjData::BigInt(BigInt::from(i))),
        }
    }

    /// An int from a big int, stored inline when it fits.
    pub fn bigint_value(&mut self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if fits_small(i) {
                return Value::from_small_int(i);
            }
        }
        self.heap.alloc(ObjData::BigInt(b))
    }
    /// A NaN with a payload of its own, so that two `float('nan')` are not `is`.
    pub fn fresh_nan(&mut self, negative: bool) -> f64 {
        self.nan_counter = self.nan_counter.wrapping_add(1) & 0xFFFF_FFFF;
        let sign = if negative { 1u64 << 63 } else { 0 };
        f64::from_bits(sign | 0x7FF8_0000_0000_0000 | (self.nan_counter + 1))
    }

    pub fn ellipsis(&self) -> Value {
        self.ellipsis_val
    }
    pub fn native(&mut self, name: &'static str, func: NativeFn) -> Value {
        self.heap.alloc(ObjData::Native(NativeObj {
            name,
            func,
            receiver: Value::EMPTY,
            binds_payload: false,
        }))
    }

    pub fn module_globals<'a>(&self, module: Value) -> &'a Mut<Globals> {
        match module.as_obj().map(|o| &o.data) {
            Some(ObjData::Module(m)) => &m.globals,
            _ => panic!("module_globals on a non-module"),
        }
    }

    pub fn new_module(&mut self, name: &str) -> Value {
        let m = self.heap.alloc(ObjData::Module(Box::new(ModuleObj {
            name: Rc::from(name),
            globals: Mut::new(Globals::default()),
        })));
        let g = self.module_globals(m).get_mut();
        let slot = g.slot("__name__");
        let nm = self.new_str(name);
        let g = self.module_globals(m).get_mut();
        g.values[slot] = nm;
        m
    }

    // ---- exceptions -------------------------------------------------------------

    pub fn exc_class(&self, kind: ExcKind) -> Value {
        self.types.exc(kind)
    }

    /// A new instance of an exception class with the given args.
    pub fn new_exception(&mut self, class: Value, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        self.heap.alloc(ObjData::Instance(InstanceObj {
            class: std::cell::Cell::new(class),
            attrs: Mut::new(Default::default()),
            exc: Some(Box::new(Mut::new(ExcState {
                args,
                traceback: vec![],
                cause: Value::NONE,
                context: Value::NONE,
                suppress_context: false,
            }))),
            payload: Value::EMPTY,
        }))
    }

    pub fn materialize(&mut self, e: PyErr) -> Value {
        match e {
            PyErr::Raised(v) => v,
            PyErr::Native(RtError { kind, msg }) => {
                let class = self.exc_class(kind);
                let args = if msg.is_empty() {
                    vec![]
                } else {
                    vec![self.new_string(msg)]
                };
                self.new_exception(class, args)
            }
        }
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        let class = self.exc_class(ExcKind::KeyError);
        PyErr::Raised(self.new_exception(class, vec![key]))
    }

    pub fn exc_state<'a>(&self, exc: Value) -> Option<&'a Mut<ExcState>> {
        match exc.as_obj().map(|o| &o.data) {
            Some(ObjData::Instance(i)) => i.exc.as_deref(),
            _ => None,
        }
    }

    // ---- running programs -------------------------------------------------------

    /// Compiles and runs `src` as the `__main__` module. Returns the process exit
    /// code; an uncaught exception is reported on stderr.
    pub fn run_main(&mut self, src: &str, filename: &str) -> i32 {
        let module = self.new_module("__main__");
        self.modules.insert(Rc::from("__main__"), module);
        if !filename.starts_with('<') {
            let f = self.new_str(filename);
            crate::runtime::modules::set_global(self, module, "__file__", f);
        }
        let code = match self.compile(src, filename, module) {
            Ok(c) => c,
            Err(e) => {
                self.flush_stdout();
                eprint!("{}", e);
                return 1;
            }
        };
        let result = self.run_module_code(code, module);
        self.flush_stdout();
        self.jit_finish_run();
        if std::env::var_os("TAURARO_GC_STATS").is_some() {
            eprintln!(
                "gc: {} collections, {} objects live",
                self.heap.collections,
                self.heap.object_count()
            );
        }
        match result {
            Ok(_) => 0,
            Err(e) => {
                let exc = self.materialize(e);
                self.report_uncaught(exc)
            }
        }
    }

    /// Parses and compiles a module; the error is the text CPython prints.
    pub fn compile(&mut self, src: &str, filename: &str, module: Value) -> Result<Value, String> {
        let parsed = crate::syntax::parse(src)
            .map_err(|e| format_syntax_error(filename, src, e.line, e.col, e.kind, &e.msg))?;
        let result = crate::compile::codegen::Compiler::compile_module(
            self,
            parsed.body(),
            &parsed.lines,
            filename,
            module,
        );
        match result {
            Ok(code) => Ok(code),
            Err(e) if e.kind == "RecursionError" => {
                // The AST is too deep to drop recursively; the process is about to
                // report the error, so its memory is left to the OS.
                std::mem::forget(parsed);
                Err(format!("{}: {}\n", e.kind, e.msg))
            }
            Err(e) => {
                let off = ruff_text_size::Ranged::range(&e.range).start().to_u32();
                let line = parsed.lines.line_of(off);
                let col = off - parsed.lines.line_start(line) + 1;
                Err(format_syntax_error(
                    filename, src, line, col, e.kind, &e.msg,
                ))
            }
        }
    }

    pub fn run_module_code(&mut self, code: Value, module: Value) -> PyResult<Value> {
        let base = self
            .frames
            .last()
            .map(|f| f.base + f.code.nregs as usize)
            .unwrap_or(0);
        self.push_frame(code, Value::EMPTY, module, base, usize::MAX)?;
        let depth = self.frames.len() - 1;
        self.frames[depth].returns_to_native = true;
        self.run(depth)
    }

    /// Prints the traceback of an uncaught exception and returns the exit code.
    pub fn report_uncaught(&mut self, exc: Value) -> i32 {
        if self.is_instance_of(exc, self.exc_class(ExcKind::SystemExit)) {
            return self.system_exit_code(exc);
        }
        let text = self.format_exception(exc);
        self.flush_stdout();
        eprint!("{text}");
        1
    }

    fn system_exit_code(&mut self, exc: Value) -> i32 {
        let args = self
            .exc_state(exc)
            .map(|s| s.get().args)
            .unwrap_or(Value::NONE);
        let items = self.tuple_items(args).to_vec();
        match items.first() {
            None => 0,
            Some(v) if v.is_none() => 0,
            Some(v) if v.is_int() => v.as_int() as i32,
            Some(v) => {
                let s = self.str_of(*v).unwrap_or_default();
                self.flush_stdout();
                eprintln!("{s}");
                1
            }
        }
    }

    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        if let Some(st) = self.exc_state(exc) {
            let st = st.get();
            let (cause, context, suppress) = (st.cause, st.context, st.suppress_context);
            if !cause.is_none() {
                out.push_str(&self.format_exception(cause));
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !context.is_none() && !suppress {
                out.push_str(&self.format_exception(context));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let tb: Vec<TracebackEntry> = self
            .exc_state(exc)
            .map(|s| s.get().traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // CPython's StackSummary.format: a run of more than 3 identical
            // entries (file, line, function) shows 3 and a repeat count.
            const CUTOFF: usize = 3;
            let repeated = |out: &mut String, count: usize| {
                if count > CUTOFF {
                    let n = count - CUTOFF;
                    let s = if n > 1 { "s" } else { "" };
                    out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
                }
            };
            let mut last: Option<(Value, u32)> = None;
            let mut count = 0usize;
            for e in tb.iter().rev() {
                if let Some(ObjData::Code(c)) = e.code.as_obj().map(|o| &o.data) {
                    let same = last.is_some_and(|(lc, ll)| {
                        ll == e.line
                            && match lc.as_obj().map(|o| &o.data) {
                                Some(ObjData::Code(l)) => {
                                    l.filename == c.filename && l.name == c.name
                                }
                                _ => false,
                            }
                    });
                    if !same {
                        repeated(&mut out, count);
                        last = Some((e.code, e.line));
                        count = 0;
                    }
                    count += 1;
                    if count > CUTOFF {
                        continue;
                    }
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        c.filename, e.line, c.name
                    ));
                    if let Some(src_line) = crate::interp::source_line(&c.filename, e.line) {
                        out.push_str(&format!("    {}\n", src_line.trim()));
                    }
                }
            }
            repeated(&mut out, count);
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
        out
    }

    /// `TypeName: message`, as the last line of a traceback.
    pub fn exception_line(&mut self, exc: Value) -> String {
        let cls = self.type_of(exc);
        let name = self.class_name(cls);
        let module = match cls.as_obj().map(|o| &o.data) {
            Some(ObjData::Class(c)) => c.module_name.get().clone(),
            _ => Rc::from("builtins"),
        };
        let qual = if &*module == "builtins" || &*module == "__main__" {
            name.to_string()
        } else {
            format!("{module}.{name}")
        };
        let msg = match self.str_of(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        };
        if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        }
    }

    pub fn flush_stdout(&mut self) {
        self.stdout.flush();
    }

    /// The roots of the heap: every value the program can still reach.
    pub fn collect_garbage(&mut self) {
        let top = self.scanned_top();
        // Registers above `top` are not scanned: what they point to may be freed.
        self.jit_valid_top = self.jit_valid_top.min(top);
        let mut roots: Vec<Value> = Vec::with_capacity(top + 256);
        roots.extend_from_slice(self.stack.slice(0, top));
        for f in &self.frames {
            roots.push(f.code_val);
            roots.push(f.func);
            roots.push(f.module);
            roots.push(f.init_self);
            roots.push(f.generator);
        }
        self.types.roots(&mut roots);
        roots.extend(self.builtins.values().copied());
        roots.extend(self.modules.values().copied());
        roots.push(self.current_exc);
        roots.extend(self.handling.iter().map(|h| h.2));
        roots.extend(self.extra_roots.iter().copied());
        roots.extend([
            self.ellipsis_val,
            self.empty_tuple,
            self.not_implemented,
            self.object_init,
            self.super_class,
            self.union_class,
            self.property_class,
        ]);
        roots.extend(self.char_strs.iter().copied());
        self.jit.roots(&mut roots);
        self.heap.collect(roots.into_iter());
    }

    /// Raises `jit_reserved_top` to `top` (a running trace owns the registers
    /// below it). Newly reserved registers that may hold stale values (above
    /// every frame and reservation, and above `jit_valid_top`) are cleared
    /// first: a collection while the trace waits for a call scans them.
    pub fn reserve_jit_registers(&mut self, top: usize) {
        if top <= self.jit_reserved_top {
            return;
        }
        if top > self.jit_valid_top {
            let from = self.scanned_top().max(self.jit_valid_top);
            if from < top {
                self.stack.fill(from, top, Value::EMPTY);
            }
            self.jit_valid_top = top;
        }
        self.jit_reserved_top = top;
    }

    /// The registers a collection scans: every frame's whole window (a callee's
    /// window may end below its caller's, whose registers above the call are
    /// dead temporaries, but hold values that must stay valid: a later
    /// collection, after the callee returned, scans them again) and the
    /// registers running traces reserve.
    fn scanned_top(&self) -> usize {
        self.frames
            .iter()
            .map(|f| f.base + f.code.nregs as usize)
            .max()
            .unwrap_or(0)
            .max(self.jit_reserved_top)
    }

    /// Where a frame pushed now may start: above the top frame's window and
    /// the registers running traces reserve.
    pub fn stack_top(&self) -> usize {
        self.frames
            .last()
            .map(|f| f.base + f.code.nregs as usize)
            .unwrap_or(0)
            .max(self.jit_reserved_top)
    }
}

pub fn format_syntax_error(
    filename: &str,
    src: &str,
    line: u32,
    col: u32,
    kind: &str,
    msg: &str,
) -> String {
    let text = src
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    let trimmed = text.trim_start();
    let removed = text.len() - trimmed.len();
    let caret_col = (col as usize).saturating_sub(removed).max(1);
    let shown = trimmed.trim_end();
    let caret_pos = caret_col.min(shown.chars().count() + 1);
    format!(
        "  File \"{filename}\", line {line}\n    {shown}\n    {}^\n{kind}: {msg}\n",
        " ".repeat(caret_pos - 1)
    )
}

thread_local! {
    static SOURCES: std::cell::RefCell<HashMap<String, Rc<Vec<String>>>> = Default::default();
}

/// Registers a file's text so tracebacks can quote its lines.
pub fn remember_source(filename: &str, src: &str) {
    SOURCES.with(|s| {
        s.borrow_mut().insert(
            filename.to_string(),
            Rc::new(src.lines().map(String::from).collect()),
        );
    });
}

/// All lines of a registered file (`lines[0]` is line 1), blank lines included.
pub fn source_lines(filename: &str) -> Option<Rc<Vec<String>>> {
    SOURCES.with(|s| s.borrow().get(filename).cloned())
}

pub fn source_line(filename: &str, line: u32) -> Option<String> {
    SOURCES.with(|s| {
        s.borrow()
            .get(filename)
            .and_then(|l| l.get(line.checked_sub(1)? as usize).cloned())
            .filter(|l| !l.trim().is_empty())
    })
}

impl Code {
    pub fn is_simple_call(&self) -> bool {
        !self.params.varargs && !self.params.varkw && self.params.kwonly == 0 && !self.is_generator
    }
}

/// Call arguments copied out of the register stack; up to 8 without allocating.
pub enum ArgBuf {
    Inline([Value; 8], usize),
    Heap(Vec<Value>),
}

impl ArgBuf {
    #[inline(always)]
    pub fn copy(src: &[Value]) -> ArgBuf {
        if src.len() <= 8 {
            let mut a = [Value::EMPTY; 8];
            a[..src.len()].copy_from_slice(src);
            ArgBuf::Inline(a, src.len())
        } else {
            ArgBuf::Heap(src.to_vec())
        }
    }
}

impl std::ops::Deref for ArgBuf {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        match self {
            ArgBuf::Inline(a, n) => &a[..*n],
            ArgBuf::Heap(v) => v,
        }
    }
}

//! Code generation: AST to register bytecode, one `Code` per function, lambda,
//! comprehension, class body and module.
//!
//! Registers: parameters, then named locals, then the cells of free variables, then
//! temporaries allocated like a stack (`mark`/`release`). An expression evaluates
//! into a register; a plain local is used in place without a copy.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::bytecode::{BinOp, CmpOp, Code, CodeKind, Handler, Instr, Params, Reg, UnOp, NO_REG};
use super::scope::{NameKind, ScopeKind, ScopeTable};
use crate::interp::Vm;
use crate::runtime::object::ObjData;
use crate::runtime::value::Value;
use crate::syntax::LineIndex;

pub struct CompileError {
    pub msg: String,
    pub range: TextRange,
    /// `IndentationError`-style subclasses; plain SyntaxError otherwise.
    pub kind: &'static str,
}

type CResult<T> = Result<T, CompileError>;

fn err<T>(msg: impl Into<String>, range: TextRange) -> CResult<T> {
    Err(CompileError {
        msg: msg.into(),
        range,
        kind: "SyntaxError",
    })
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(String),
    Other(u64),
}

struct LoopCtx {
    continue_target: Option<usize>,
    continue_jumps: Vec<usize>,
    break_jumps: Vec<usize>,
    unwind_depth: usize,
}

/// What `break`, `continue` and `return` must run on their way out.
enum Unwind<'a> {
    Finally {
        body: &'a [Stmt],
        region: usize,
    },
    /// Leaving an except handler body (clearing its `as name`).
    Handler {
        depth: u16,
        name: Option<NameTarget>,
    },
    /// Leaving a `with` block: call `__exit__(None, None, None)`.
    With {
        exit_reg: Reg,
        region: usize,
    },
}

#[derive(Clone, Copy)]
enum NameTarget {
    Local(Reg),
    Cell(Reg),
    Global(u32),
    ClassNs(u32),
}

/// A protected range being emitted; split into segments around inlined cleanups.
struct OpenRegion {
    seg_start: usize,
    segments: Vec<(usize, usize)>,
}

struct FnState<'a> {
    kind: CodeKind,
    first_param_fixed: bool,
    /// The function's docstring (`__doc__`).
    doc: Option<Rc<str>>,
    scope: usize,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<Rc<str>>,
    name_index: HashMap<String, u32>,
    locals: HashMap<String, Reg>,
    local_names: Vec<Rc<str>>,
    cell_regs: Vec<Reg>,
    free_start: Reg,
    nfree: u16,
    next_temp: u16,
    max_regs: u16,
    line: u32,
    loops: Vec<LoopCtx>,
    unwinds: Vec<Unwind<'a>>,
    regions: Vec<OpenRegion>,
    handlers: Vec<Handler>,
    assigned: HashSet<Reg>,
    handler_depth: u16,
    class_ns: Reg,
    params: Params,
    name: Rc<str>,
    qualname: Rc<str>,
    first_line: u32,
    is_generator: bool,
}

pub struct Compiler<'a, 'vm> {
    vm: &'vm mut Vm,
    scopes: ScopeTable,
    lines: &'a LineIndex,
    filename: Rc<str>,
    module: Value,
    fns: Vec<FnState<'a>>,
}

const MAX_REGS: u16 = 60000;
/// Displays and calls with more items than this are built incrementally.
const MAX_INLINE_ITEMS: usize = 256;

impl<'a, 'vm> Compiler<'a, 'vm> {
    /// Compiles a module body into its code object (a heap `Code` value).
    pub fn compile_module(
        vm: &'vm mut Vm,
        body: &'a [Stmt],
        lines: &'a LineIndex,
        filename: &str,
        module: Value,
    ) -> CResult<Value> {
        let scopes = ScopeTable::analyze(body);
        if let Some(range) = scopes.too_deep {
            return Err(CompileError {
                msg: "maximum recursion depth exceeded during compilation".into(),
                range,
                kind: "RecursionError",
            });
        }
        for s in &scopes.scopes {
            if let Some((msg, range)) = &s.error {
                return err(msg.clone(), *range);
            }
        }
        let mut c = Compiler {
            vm,
            scopes,
            lines,
            filename: Rc::from(filename),
            module,
            fns: vec![],
        };
        let scope = c.scopes.module_scope();
        c.begin(
            CodeKind::Module,
            scope,
            "<module>".into(),
            "<module>".into(),
            1,
            Params::default(),
        );
        c.setup_annotations(body)?;
        c.stmts(body)?;
        let none = c.const_none();
        let r = c.temp();
        c.emit(Instr::LoadConst { dst: r, idx: none });
        c.emit(Instr::Return { src: r });
        Ok(c.finish())
    }

    // ---- function state -------------------------------------------------------

    fn f(&mut self) -> &mut FnState<'a> {
        self.fns
            .last_mut()
            .expect("a code object is being compiled")
    }
    fn fr(&self) -> &FnState<'a> {
        self.fns.last().expect("a code object is being compiled")
    }

    fn begin(
        &mut self,
        kind: CodeKind,
        scope: usize,
        name: Rc<str>,
        qualname: Rc<str>,
        first_line: u32,
        params: Params,
    ) {
        let sc = &self.scopes.scopes[scope];
        let mut locals = HashMap::new();
        let mut local_names = vec![];
        let mut cell_regs = vec![];
        let is_generator = sc.is_generator;
        let mut next: u16 = 0;
        if kind != CodeKind::Module && kind != CodeKind::Class {
            // Parameters first, in order, then every other local or cell.
            let mut ordered: Vec<String> = sc.params.clone();
            for b in &sc.bound {
                if !ordered.contains(b) {
                    ordered.push(b.clone());
                }
            }
            for n in ordered {
                match sc.kind_of(&n) {
                    NameKind::Local | NameKind::Cell => {
                        locals.insert(n.clone(), next);
                        if sc.kind_of(&n) == NameKind::Cell {
                            cell_regs.push(next);
                        }
                        local_names.push(Rc::from(n.as_str()));
                        next += 1;
                    }
                    _ => {
                        if sc.params.contains(&n) {
                            // A parameter declared global/nonlocal is a syntax error
                            // in CPython; keep its register so arguments line up.
                            local_names.push(Rc::from(n.as_str()));
                            next += 1;
                        }
                    }
                }
            }
            // Cells for locals that are captured but never bound here (e.g. only
            // assigned by an inner `nonlocal`).
            let mut extra: Vec<String> = sc
                .names
                .iter()
                .filter(|(n, k)| **k == NameKind::Cell && !locals.contains_key(*n))
                .map(|(n, _)| n.clone())
                .collect();
            extra.sort();
            for n in extra {
                locals.insert(n.clone(), next);
                cell_regs.push(next);
                local_names.push(Rc::from(n.as_str()));
                next += 1;
            }
        } else if kind == CodeKind::Class {
            // Register 0 receives the namespace dict (the body's one argument).
            local_names.push(Rc::from(".ns"));
            next = 1;
            // `__class__` cell for methods using super().
            if sc.kind_of("__class__") == NameKind::Cell {
                locals.insert("__class__".into(), next);
                cell_regs.push(next);
                local_names.push(Rc::from("__class__"));
                next += 1;
            }
        }
        let free_start = next;
        let free: Vec<String> = sc.free.clone();
        for n in &free {
            locals.insert(n.clone(), next);
            local_names.push(Rc::from(n.as_str()));
            next += 1;
        }
        let nfree = free.len() as u16;
        let class_ns = if kind == CodeKind::Class { 0 } else { NO_REG };
        let nparams = params.count();
        let first_param_fixed = kind != CodeKind::Module
            && kind != CodeKind::Class
            && sc.params.first().is_some_and(|p| {
                sc.kind_of(p) == NameKind::Local
                    && !sc.rebound_params.contains(p)
                    && !sc.deleted.contains(p)
            });
        let mut assigned: HashSet<Reg> = (0..nparams as u16).collect();
        for r in free_start..free_start + nfree {
            assigned.insert(r);
        }
        self.fns.push(FnState {
            kind,
            first_param_fixed,
            doc: None,
            scope,
            instrs: vec![],
            lines: vec![],
            consts: vec![],
            const_index: HashMap::new(),
            names: vec![],
            name_index: HashMap::new(),
            locals,
            local_names,
            cell_regs: cell_regs.clone(),
            free_start,
            nfree,
            next_temp: next,
            max_regs: next,
            line: first_line,
            loops: vec![],
            unwinds: vec![],
            regions: vec![],
            handlers: vec![],
            assigned,
            handler_depth: 0,
            class_ns,
            params,
            name,
            qualname,
            first_line,
            is_generator,
        });
        if nfree > 0 {
            self.emit(Instr::LoadClosure {
                dst: free_start,
                count: nfree,
            });
        }
        for r in cell_regs {
            self.emit(Instr::MakeCell { reg: r });
        }
    }

    fn finish(&mut self) -> Value {
        let f = self.fns.pop().expect("code object in progress");
        let code = Code {
            name: f.name,
            qualname: f.qualname,
            filename: self.filename.clone(),
            kind: f.kind,
            instrs: f.instrs,
            lines: f.lines,
            consts: f.consts,
            names: f.names,
            params: f.params,
            nregs: f.max_regs + 1,
            local_names: f.local_names,
            cell_regs: f.cell_regs,
            free_start: f.free_start,
            nfree: f.nfree,
            handlers: f.handlers,
            first_line: f.first_line,
            is_generator: f.is_generator,
            first_param_fixed: f.first_param_fixed,
            doc: f.doc,
            attr_cache: Vec::new(),
            hot: Vec::new(),
            entry_hot: std::cell::Cell::new(0),
        };
        let mut code = code;
        code.hot = vec![std::cell::Cell::new(0); code.instrs.len()];
        code.attr_cache =
            vec![std::cell::Cell::new(super::bytecode::AttrCache::EMPTY); code.instrs.len()];
        self.vm.heap.alloc(ObjData::Code(Box::new(code)))
    }

    fn emit(&mut self, i: Instr) -> usize {
        let f = self.f();
        f.instrs.push(i);
        f.lines.push(f.line);
        f.instrs.len() - 1
    }
    fn here(&self) -> usize {
        self.fr().instrs.len()
    }
    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        match &mut self.f().instrs[at] {
            Instr::Jump { target }
            | Instr::JumpIfFalse { target, .. }
            | Instr::JumpIfTrue { target, .. }
            | Instr::CmpJumpIfFalse { target, .. }
            | Instr::CmpImmJumpIfFalse { target, .. }
            | Instr::ForIter { target, .. }
            | Instr::Send { target, .. }
            | Instr::Loop { target } => *target = t,
            _ => {}
        }
    }
    fn set_line(&mut self, range: TextRange) {
        let l = self.lines.line_of(range.start().to_u32());
        self.f().line = l;
    }

    fn temp(&mut self) -> Reg {
        let f = self.f();
        let r = f.next_temp;
        f.next_temp += 1;
        if f.next_temp > f.max_regs {
            f.max_regs = f.next_temp;
        }
        r
    }
    fn temps(&mut self, n: usize) -> Reg {
        let first = self.fr().next_temp;
        for _ in 0..n {
            self.temp();
        }
        first
    }
    fn mark(&self) -> u16 {
        self.fr().next_temp
    }
    fn release(&mut self, m: u16) {
        self.f().next_temp = m;
    }
    fn check_regs(&self, range: TextRange) -> CResult<()> {
        if self.fr().max_regs >= MAX_REGS {
            return err("too many registers needed (expression too large)", range);
        }
        Ok(())
    }

    fn add_const(&mut self, key: Option<ConstKey>, v: Value) -> u32 {
        let f = self.f();
        if let Some(k) = &key {
            if let Some(&i) = f.const_index.get(k) {
                return i;
            }
        }
        let i = f.consts.len() as u32;
        f.consts.push(v);
        if let Some(k) = key {
            f.const_index.insert(k, i);
        }
        i
    }
    fn const_none(&mut self) -> u32 {
        self.add_const(Some(ConstKey::Other(0)), Value::NONE)
    }
    fn const_bool(&mut self, b: bool) -> u32 {
        self.add_const(Some(ConstKey::Other(1 + b as u64)), Value::from_bool(b))
    }
    fn const_int(&mut self, i: i64) -> u32 {
        let v = self.vm.int_value(i);
        self.add_const(Some(ConstKey::Int(i)), v)
    }
    fn const_str(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.fr().const_index.get(&ConstKey::Str(s.to_string())) {
            return i;
        }
        let v = self.vm.new_str(s);
        self.add_const(Some(ConstKey::Str(s.to_string())), v)
    }
    fn name_idx(&mut self, s: &str) -> u32 {
        let f = self.f();
        if let Some(&i) = f.name_index.get(s) {
            return i;
        }
        let i = f.names.len() as u32;
        f.names.push(Rc::from(s));
        f.name_index.insert(s.to_string(), i);
        i
    }
    fn global_slot(&mut self, name: &str) -> u32 {
        let m = self.module;
        let g = self.vm.module_globals(m).get_mut();
        let slot = g.slot(name);
        // A global not yet assigned shows the builtin of the same name.
        if g.values[slot].is_empty() {
            if let Some(&b) = self.vm.builtins.get(name) {
                g.values[slot] = b;
                g.from_builtins[slot] = true;
            }
        }
        slot as u32
    }

    fn load_const_into(&mut self, idx: u32, dst: Reg) {
        self.emit(Instr::LoadConst { dst, idx });
    }

    /// Builds into `dst` the tuple of cells the code of `scope` closes over (its
    /// free variables, in the closure's order); false when it has none.
    fn closure_tuple(&mut self, scope: usize, dst: Reg, range: TextRange) -> CResult<bool> {
        let free = self.scopes.scopes[scope].free.clone();
        if free.is_empty() {
            return Ok(false);
        }
        let m = self.mark();
        let base = self.temps(free.len());
        for (i, n) in free.iter().enumerate() {
            let Some(&r) = self.fr().locals.get(n) else {
                return err(format!("no binding for nonlocal '{n}' found"), range);
            };
            self.emit(Instr::Move {
                dst: base + i as u16,
                src: r,
            });
        }
        self.emit(Instr::BuildTuple {
            dst,
            start: base,
            count: free.len() as u16,
        });
        self.release(m);
        Ok(true)
    }

    /// `__annotations__ = {}` at the start of a module or class body that has
    /// annotated assignments (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if !has_annotations(body) {
            return Ok(());
        }
        let d = self.temp();
        self.emit(Instr::BuildDict {
            dst: d,
            start: d,
            count: 0,
        });
        self.store_name("__annotations__", d)
    }

    // ---- regions (try blocks) ---------------------------------------------------

    fn open_region(&mut self) -> usize {
        let start = self.here();
        let f = self.f();
        f.regions.push(OpenRegion {
            seg_start: start,
            segments: vec![],
        });
        f.regions.len() - 1
    }
    fn pause_region(&mut self, id: usize) {
        let here = self.here();
        let r = &mut self.f().regions[id];
        if here > r.seg_start {
            r.segments.push((r.seg_start, here));
        }
        r.seg_start = usize::MAX;
    }
    fn resume_region(&mut self, id: usize) {
        let here = self.here();
        self.f().regions[id].seg_start = here;
    }
    /// Closes the region; its segments all lead to `target`.
    fn close_region(&mut self, id: usize, target: usize) -> Vec<Handler> {
        self.pause_region(id);
        let r = &self.f().regions[id];
        r.segments
            .iter()
            .map(|&(s, e)| Handler {
                start: s as u32,
                end: e as u32,
                target: target as u32,
            })
            .collect()
    }
    fn add_handlers(&mut self, hs: Vec<Handler>) {
        self.f().handlers.extend(hs);
    }

    // ---- statements -----------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.range());
        let m = self.mark();
        let r = self.stmt_inner(s);
        self.release(m);
        self.check_regs(s.range())?;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::Expr(e) => {
                self.expr_any(&e.value)?;
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                if a.targets.len() == 1 {
                    if let Some(()) = self.try_swap_assign(&a.targets[0], &a.value)? {
                        return Ok(());
                    }
                    if let Expr::Name(n) = &a.targets[0] {
                        if let Some(reg) = self.direct_local(n.id.as_str()) {
                            if writes_dst_last(&a.value) {
                                self.expr_into(&a.value, reg)?;
                                self.f().assigned.insert(reg);
                                return Ok(());
                            }
                        }
                    }
                }
                let v = self.expr_any(&a.value)?;
                for t in &a.targets {
                    self.assign(t, v)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let r = self.expr_any(v)?;
                    self.assign(&a.target, r)?;
                }
                // Module and class annotations are evaluated and recorded in
                // `__annotations__`; a function's local annotations are not.
                if matches!(self.fr().kind, CodeKind::Module | CodeKind::Class) {
                    let ann = self.expr_to_temp(&a.annotation)?;
                    if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                        let d = self.load_name("__annotations__", None, a.range)?;
                        let k = self.temp();
                        let c = self.const_str(n.id.as_str());
                        self.load_const_into(c, k);
                        self.emit(Instr::SetItem {
                            obj: d,
                            key: k,
                            src: ann,
                        });
                    }
                }
            }
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_stmt(b.range)?,
            Stmt::Continue(c) => self.continue_stmt(c.range)?,
            Stmt::Return(r) => {
                if !matches!(self.fr().kind, CodeKind::Function | CodeKind::Lambda) {
                    return err("'return' outside function", r.range);
                }
                let v = self.temp();
                match &r.value {
                    Some(e) => self.expr_into(e, v)?,
                    None => {
                        let c = self.const_none();
                        self.load_const_into(c, v);
                    }
                }
                self.unwind_all(0)?;
                self.emit(Instr::Return { src: v });
            }
            Stmt::FunctionDef(f) => {
                let func = self.function_def(f)?;
                self.store_name(f.name.id.as_str(), func)?;
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Raise(r) => match &r.exc {
                None => {
                    self.emit(Instr::Reraise { src: NO_REG });
                }
                Some(e) => {
                    let x = self.expr_any(e)?;
                    let c = match &r.cause {
                        Some(c) => self.expr_any(c)?,
                        None => NO_REG,
                    };
                    self.emit(Instr::Raise { exc: x, cause: c });
                }
            },
            Stmt::Assert(a) => {
                let t = self.expr_any(&a.test)?;
                let j = self.emit(Instr::JumpIfTrue { cond: t, target: 0 });
                let msg = match &a.msg {
                    Some(m) => self.expr_any(m)?,
                    None => NO_REG,
                };
                self.emit(Instr::RaiseAssert { msg });
                let h = self.here();
                self.patch(j, h);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::With(w) => self.with_stmt(w, 0)?,
            Stmt::Import(i) => {
                for a in &i.names {
                    let r = self.temp();
                    let n = self.name_idx(a.name.id.as_str());
                    self.emit(Instr::ImportName { dst: r, name: n });
                    match &a.asname {
                        Some(as_) => {
                            // `import a.b as c` binds the submodule.
                            let mut cur = r;
                            for part in a.name.id.split('.').skip(1) {
                                let nx = self.temp();
                                let pn = self.name_idx(part);
                                self.emit(Instr::GetAttr {
                                    dst: nx,
                                    obj: cur,
                                    name: pn,
                                });
                                cur = nx;
                            }
                            self.store_name(as_.id.as_str(), cur)?;
                        }
                        None => {
                            let first = a.name.id.split('.').next().unwrap_or("");
                            if first != a.name.id.as_str() {
                                let top = self.temp();
                                let n = self.name_idx(first);
                                self.emit(Instr::ImportName { dst: top, name: n });
                                self.store_name(first, top)?;
                            } else {
                                self.store_name(first, r)?;
                            }
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let modname = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                if i.level > 0 {
                    return err(
                        "attempted relative import with no known parent package",
                        i.range,
                    );
                }
                let r = self.temp();
                let n = self.name_idx(&modname);
                self.emit(Instr::ImportName { dst: r, name: n });
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        self.emit(Instr::ImportStar { module: r });
                        continue;
                    }
                    let v = self.temp();
                    let n = self.name_idx(a.name.id.as_str());
                    self.emit(Instr::ImportFrom {
                        dst: v,
                        module: r,
                        name: n,
                    });
                    let bind = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(bind.id.as_str(), v)?;
                }
            }
            Stmt::Match(m) => return err("match statements are not supported yet", m.range),
            Stmt::TypeAlias(t) => return err("type aliases are not supported", t.range),
            Stmt::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    /// `a, b = b, a` and friends: evaluate every right-hand item into fresh
    /// registers first, then assign, without building a tuple.
    fn try_swap_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<Option<()>> {
        let (Some(ts), Expr::Tuple(vs)) = (seq_elts(target), value) else {
            return Ok(None);
        };
        if ts.len() != vs.elts.len()
            || ts.iter().any(|t| matches!(t, Expr::Starred(_)))
            || vs.elts.iter().any(|v| matches!(v, Expr::Starred(_)))
        {
            return Ok(None);
        }
        let base = self.temps(vs.elts.len());
        for (i, v) in vs.elts.iter().enumerate() {
            self.expr_into(v, base + i as u16)?;
        }
        for (i, t) in ts.iter().enumerate() {
            self.assign(t, base + i as u16)?;
        }
        Ok(Some(()))
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let mut end_jumps = vec![];
        let before = self.fr().assigned.clone();
        let jf = self.cond_jump_false(&i.test)?;
        self.stmts(&i.body)?;
        self.f().assigned = before.clone();
        let mut pending = Some(jf);
        for clause in &i.elif_else_clauses {
            end_jumps.push(self.emit(Instr::Jump { target: 0 }));
            let h = self.here();
            if let Some(j) = pending.take() {
                self.patch_all(j, h);
            }
            match &clause.test {
                Some(t) => {
                    self.set_line(t.range());
                    pending = Some(self.cond_jump_false(t)?);
                }
                None => pending = None,
            }
            self.stmts(&clause.body)?;
            self.f().assigned = before.clone();
        }
        let h = self.here();
        if let Some(j) = pending {
            self.patch_all(j, h);
        }
        for j in end_jumps {
            self.patch(j, h);
        }
        Ok(())
    }

    /// Emits a test that jumps when `e` is false; returns the jumps to patch.
    fn cond_jump_false(&mut self, e: &'a Expr) -> CResult<Vec<usize>> {
        self.jump_if(e, false)
    }

    /// Emits a test of `e` that jumps when its truth equals `when` and falls
    /// through otherwise; `not`, `and` and `or` become jumps, with no values built.
    fn jump_if(&mut self, e: &'a Expr, when: bool) -> CResult<Vec<usize>> {
        let m = self.mark();
        let jumps = match e {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => {
                self.jump_if(&u.operand, !when)?
            }
            Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                let n = b.values.len();
                let mut out = vec![];
                if is_and != when {
                    // and/false or or/true: any operand deciding jumps out.
                    for v in &b.values {
                        out.extend(self.jump_if(v, when)?);
                    }
                } else {
                    // and/true or or/false: all but the last skip ahead when they
                    // decide the other way; the last one decides the jump.
                    let mut skips = vec![];
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            skips.extend(self.jump_if(v, !when)?);
                        } else {
                            out.extend(self.jump_if(v, when)?);
                        }
                    }
                    let h = self.here();
                    self.patch_all(skips, h);
                }
                out
            }
            Expr::Compare(c) if c.ops.len() == 1 && !when => {
                let a = self.expr_any(&c.left)?;
                let op = cmp_op(c.ops[0]);
                if let Some(imm) = small_int_literal(&c.comparators[0]) {
                    self.set_line(e.range());
                    vec![self.emit(Instr::CmpImmJumpIfFalse {
                        op,
                        a,
                        imm,
                        target: 0,
                    })]
                } else {
                    let b = self.expr_any(&c.comparators[0])?;
                    self.set_line(e.range());
                    vec![self.emit(Instr::CmpJumpIfFalse {
                        op,
                        a,
                        b,
                        target: 0,
                    })]
                }
            }
            _ => {
                let r = self.expr_any(e)?;
                if when {
                    vec![self.emit(Instr::JumpIfTrue { cond: r, target: 0 })]
                } else {
                    vec![self.emit(Instr::JumpIfFalse { cond: r, target: 0 })]
                }
            }
        };
        self.release(m);
        Ok(jumps)
    }

    fn patch_all(&mut self, jumps: Vec<usize>, target: usize) {
        for j in jumps {
            self.patch(j, target);
        }
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let top = self.here();
        let before = self.fr().assigned.clone();
        let exit = if is_const_true(&w.test) {
            None
        } else {
            Some(self.cond_jump_false(&w.test)?)
        };
        let depth = self.fr().unwinds.len();
        self.f().loops.push(LoopCtx {
            continue_target: None,
            continue_jumps: vec![],
            break_jumps: vec![],
            unwind_depth: depth,
        });
        self.stmts(&w.body)?;
        let back = self.here();
        self.set_line(w.range);
        self.emit(Instr::Loop { target: top as u32 });
        let ctx = self.f().loops.pop().expect("loop context");
        for j in ctx.continue_jumps {
            self.patch(j, back);
        }
        self.f().assigned = before.clone();
        let else_start = self.here();
        if let Some(j) = exit {
            self.patch_all(j, else_start);
        }
        self.stmts(&w.orelse)?;
        self.f().assigned = before;
        let end = self.here();
        for j in ctx.break_jumps {
            self.patch(j, end);
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return err(
                "asynchronous comprehension outside of an asynchronous function",
                f.range,
            );
        }
        // A computed iterable's register then holds its iterator (the recorder
        // fuses `range(...)` with `GetIter` when they share a register).
        let (src, it) = match &*f.iter {
            Expr::Name(_) => (self.expr_any(&f.iter)?, self.temp()),
            _ => {
                let r = self.expr_to_temp(&f.iter)?;
                (r, r)
            }
        };
        self.set_line(f.iter.range());
        self.emit(Instr::GetIter { dst: it, src });
        let before = self.fr().assigned.clone();
        let top = self.here();
        let direct = match &*f.target {
            Expr::Name(n) => self.direct_local(n.id.as_str()),
            _ => None,
        };
        self.set_line(f.range);
        let item = direct.unwrap_or_else(|| self.temp());
        let fi = self.emit(Instr::ForIter {
            dst: item,
            iter: it,
            target: 0,
        });
        if direct.is_some() {
            self.f().assigned.insert(item);
        } else {
            self.assign(&f.target, item)?;
        }
        let depth = self.fr().unwinds.len();
        self.f().loops.push(LoopCtx {
            continue_target: None,
            continue_jumps: vec![],
            break_jumps: vec![],
            unwind_depth: depth,
        });
        self.stmts(&f.body)?;
        let back = self.here();
        self.set_line(f.range);
        self.emit(Instr::Loop { target: top as u32 });
        let ctx = self.f().loops.pop().expect("loop context");
        for j in ctx.continue_jumps {
            self.patch(j, back);
        }
        let else_start = self.here();
        self.patch(fi, else_start);
        self.f().assigned = before.clone();
        self.stmts(&f.orelse)?;
        self.f().assigned = before;
        let end = self.here();
        for j in ctx.break_jumps {
            self.patch(j, end);
        }
        Ok(())
    }

    fn break_stmt(&mut self, range: TextRange) -> CResult<()> {
        let Some(depth) = self.fr().loops.last().map(|l| l.unwind_depth) else {
            return err("'break' outside loop", range);
        };
        self.unwind_all(depth)?;
        let j = self.emit(Instr::Jump { target: 0 });
        self.f().loops.last_mut().expect("loop").break_jumps.push(j);
        Ok(())
    }

    fn continue_stmt(&mut self, range: TextRange) -> CResult<()> {
        let Some(depth) = self.fr().loops.last().map(|l| l.unwind_depth) else {
            return err("'continue' not properly in loop", range);
        };
        self.unwind_all(depth)?;
        let target = self.fr().loops.last().and_then(|l| l.continue_target);
        match target {
            Some(t) => {
                self.emit(Instr::Jump { target: t as u32 });
            }
            None => {
                let j = self.emit(Instr::Jump { target: 0 });
                self.f()
                    .loops
                    .last_mut()
                    .expect("loop")
                    .continue_jumps
                    .push(j);
            }
        }
        Ok(())
    }

    /// Runs the cleanups above `depth` inline (innermost first), for a jump out.
    fn unwind_all(&mut self, depth: usize) -> CResult<()> {
        let n = self.fr().unwinds.len();
        let mut saved: Vec<Unwind<'a>> = vec![];
        for _ in depth..n {
            let u = self.f().unwinds.pop().expect("unwind entry");
            match &u {
                Unwind::Finally { body, region } => {
                    self.pause_region(*region);
                    self.stmts(body)?;
                }
                Unwind::Handler { depth, name } => {
                    let (depth, name) = (*depth, *name);
                    self.emit(Instr::EndHandler { depth });
                    if let Some(t) = name {
                        let none = self.const_none();
                        let r = self.temp();
                        self.load_const_into(none, r);
                        self.store_target(t, r);
                    }
                }
                Unwind::With { exit_reg, region } => {
                    self.pause_region(*region);
                    self.emit_with_exit_none(*exit_reg);
                }
            }
            saved.push(u);
        }
        while let Some(u) = saved.pop() {
            match &u {
                Unwind::Finally { region, .. } | Unwind::With { region, .. } => {
                    self.resume_region(*region)
                }
                _ => {}
            }
            self.f().unwinds.push(u);
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return err("except* is not supported", t.range);
        }
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let region = self.open_region();
        self.f().unwinds.push(Unwind::Finally {
            body: &t.finalbody,
            region,
        });
        let before = self.fr().assigned.clone();
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.f().unwinds.pop();
        self.f().assigned = before.clone();
        // Normal path: run the finally body and jump over the exceptional copy.
        self.pause_region(region);
        self.stmts(&t.finalbody)?;
        let j = self.emit(Instr::Jump { target: 0 });
        let h = self.here();
        let hs = self.close_region(region, h);
        self.add_handlers(hs);
        let e = self.temp();
        let depth = self.fr().handler_depth;
        self.emit(Instr::GetException { dst: e, depth });
        self.f().handler_depth += 1;
        self.stmts(&t.finalbody)?;
        self.f().handler_depth -= 1;
        self.emit(Instr::Reraise { src: e });
        let end = self.here();
        self.patch(j, end);
        self.f().assigned = before;
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let before = self.fr().assigned.clone();
        let region = self.open_region();
        self.stmts(&t.body)?;
        self.pause_region(region);
        self.f().assigned = before.clone();
        self.stmts(&t.orelse)?;
        let mut end_jumps = vec![self.emit(Instr::Jump { target: 0 })];
        let h = self.here();
        let hs = self.close_region(region, h);
        self.add_handlers(hs);
        let e = self.temp();
        let depth = self.fr().handler_depth;
        self.emit(Instr::GetException { dst: e, depth });
        for (i, handler) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(hd) = handler;
            self.set_line(hd.range);
            self.f().assigned = before.clone();
            let m = self.mark();
            let next = match &hd.type_ {
                Some(ty) => {
                    let tr = self.expr_any(ty)?;
                    let ok = self.temp();
                    self.emit(Instr::ExcMatch {
                        dst: ok,
                        exc: e,
                        ty: tr,
                    });
                    Some(self.emit(Instr::JumpIfFalse {
                        cond: ok,
                        target: 0,
                    }))
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return err("default 'except:' must be last", hd.range);
                    }
                    None
                }
            };
            self.release(m);
            self.f().handler_depth += 1;
            match &hd.name {
                Some(n) => {
                    self.store_name(n.id.as_str(), e)?;
                    let target = self.name_target(n.id.as_str());
                    self.f().unwinds.push(Unwind::Handler {
                        depth,
                        name: Some(target),
                    });
                    self.stmts(&hd.body)?;
                    self.f().unwinds.pop();
                    self.emit(Instr::EndHandler { depth });
                    let none = self.const_none();
                    let r = self.temp();
                    self.load_const_into(none, r);
                    self.store_target(target, r);
                    self.delete_name(n.id.as_str(), n.range)?;
                }
                None => {
                    self.f().unwinds.push(Unwind::Handler { depth, name: None });
                    self.stmts(&hd.body)?;
                    self.f().unwinds.pop();
                    self.emit(Instr::EndHandler { depth });
                }
            }
            self.f().handler_depth -= 1;
            end_jumps.push(self.emit(Instr::Jump { target: 0 }));
            if let Some(j) = next {
                let h = self.here();
                self.patch(j, h);
            }
        }
        self.emit(Instr::Reraise { src: e });
        let end = self.here();
        for j in end_jumps {
            self.patch(j, end);
        }
        self.f().assigned = before;
        Ok(())
    }

    fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult<()> {
        if item == w.items.len() {
            return self.stmts(&w.body);
        }
        let it = &w.items[item];
        // Registers: manager, __exit__ bound method, scratch for the call.
        let mgr = self.temp();
        self.expr_into(&it.context_expr, mgr)?;
        let exit_reg = self.temp();
        let n_exit = self.name_idx("__exit__");
        let n_enter = self.name_idx("__enter__");
        self.emit(Instr::GetAttr {
            dst: exit_reg,
            obj: mgr,
            name: n_exit,
        });
        let base = self.temps(2);
        self.emit(Instr::LoadMethod {
            dst: base,
            obj: mgr,
            name: n_enter,
        });
        let entered = self.temp();
        self.emit(Instr::CallMethod {
            dst: entered,
            base,
            argc: 0,
        });
        let region = self.open_region();
        if let Some(v) = &it.optional_vars {
            self.assign(v, entered)?;
        }
        self.f().unwinds.push(Unwind::With { exit_reg, region });
        self.with_stmt(w, item + 1)?;
        self.f().unwinds.pop();
        self.pause_region(region);
        self.emit_with_exit_none(exit_reg);
        let j = self.emit(Instr::Jump { target: 0 });
        let h = self.here();
        let hs = self.close_region(region, h);
        self.add_handlers(hs);
        // Exceptional path: __exit__(type, exc, tb); a true result swallows it.
        let e = self.temp();
        let depth = self.fr().handler_depth;
        self.emit(Instr::GetException { dst: e, depth });
        let call = self.temps(4);
        self.emit(Instr::Move {
            dst: call,
            src: exit_reg,
        });
        let n_type = self.name_idx("__class__");
        self.emit(Instr::GetAttr {
            dst: call + 1,
            obj: e,
            name: n_type,
        });
        self.emit(Instr::Move {
            dst: call + 2,
            src: e,
        });
        let none = self.const_none();
        self.load_const_into(none, call + 3);
        let res = self.temp();
        self.emit(Instr::Call {
            dst: res,
            func: call,
            argc: 3,
        });
        let skip = self.emit(Instr::JumpIfFalse {
            cond: res,
            target: 0,
        });
        self.emit(Instr::EndHandler { depth });
        let j2 = self.emit(Instr::Jump { target: 0 });
        let h2 = self.here();
        self.patch(skip, h2);
        self.emit(Instr::Reraise { src: e });
        let end = self.here();
        self.patch(j, end);
        self.patch(j2, end);
        Ok(())
    }

    fn emit_with_exit_none(&mut self, exit_reg: Reg) {
        let m = self.mark();
        let call = self.temps(4);
        self.emit(Instr::Move {
            dst: call,
            src: exit_reg,
        });
        let none = self.const_none();
        for i in 1..4 {
            self.load_const_into(none, call + i);
        }
        let res = self.temp();
        self.emit(Instr::Call {
            dst: res,
            func: call,
            argc: 3,
        });
        self.release(m);
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = bin_op(a.op);
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(n.id.as_str(), None, n.range)?;
                let v = self.expr_any(&a.value)?;
                self.set_line(a.range);
                match self.direct_local(n.id.as_str()) {
                    Some(reg) => {
                        self.emit_inplace(op, reg, cur, v);
                    }
                    None => {
                        let r = self.temp();
                        self.emit_inplace(op, r, cur, v);
                        self.store_name(n.id.as_str(), r)?;
                    }
                }
            }
            Expr::Attribute(at) => {
                let obj = self.expr_any(&at.value)?;
                let name = self.name_idx(at.attr.id.as_str());
                let cur = self.temp();
                self.emit(Instr::GetAttr {
                    dst: cur,
                    obj,
                    name,
                });
                let v = self.expr_any(&a.value)?;
                self.set_line(a.range);
                self.emit_inplace(op, cur, cur, v);
                self.emit(Instr::SetAttr {
                    obj,
                    name,
                    src: cur,
                });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_any(&s.value)?;
                let key = self.expr_any(&s.slice)?;
                let cur = self.temp();
                self.emit(Instr::GetItem { dst: cur, obj, key });
                let v = self.expr_any(&a.value)?;
                self.set_line(a.range);
                self.emit_inplace(op, cur, cur, v);
                self.emit(Instr::SetItem { obj, key, src: cur });
            }
            other => {
                return err(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                )
            }
        }
        Ok(())
    }

    fn emit_inplace(&mut self, op: BinOp, dst: Reg, a: Reg, b: Reg) {
        self.emit(Instr::Inplace { op, dst, a, b });
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<Reg> {
        let decos: Vec<Reg> = f
            .decorator_list
            .iter()
            .map(|d| self.expr_to_temp(&d.expression))
            .collect::<CResult<_>>()?;
        if f.is_async {
            return err("async functions are not supported", f.range);
        }
        self.set_line(f.range);
        let qual = self.child_qualname(f.name.id.as_str());
        let func = self.make_function(
            scope_key(f),
            Rc::from(f.name.id.as_str()),
            qual,
            Some(&f.parameters),
            FnBody::Stmts(&f.body),
            CodeKind::Function,
            f.range,
            f.returns.as_deref(),
        )?;
        let mut cur = func;
        for d in decos.into_iter().rev() {
            let call = self.temps(2);
            self.emit(Instr::Move { dst: call, src: d });
            self.emit(Instr::Move {
                dst: call + 1,
                src: cur,
            });
            self.emit(Instr::Call {
                dst: call,
                func: call,
                argc: 1,
            });
            cur = call;
        }
        Ok(cur)
    }

    fn child_qualname(&self, name: &str) -> Rc<str> {
        let f = self.fr();
        match f.kind {
            CodeKind::Module => Rc::from(name),
            CodeKind::Class => Rc::from(format!("{}.{}", f.qualname, name)),
            _ => Rc::from(format!("{}.<locals>.{}", f.qualname, name)),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        key: usize,
        name: Rc<str>,
        qualname: Rc<str>,
        params: Option<&'a ast::Parameters>,
        body: FnBody<'a>,
        kind: CodeKind,
        range: TextRange,
        returns: Option<&'a Expr>,
    ) -> CResult<Reg> {
        let scope = self.scopes.by_key(key);
        // Defaults are evaluated now, in the enclosing scope.
        let mut flags = 0u8;
        let extra = self.mark();
        let defaults: Vec<&'a Expr> = params
            .map(|p| {
                p.posonlyargs
                    .iter()
                    .chain(p.args.iter())
                    .filter_map(|p| p.default.as_deref())
                    .collect()
            })
            .unwrap_or_default();
        let kwdefaults: Vec<(&'a str, &'a Expr)> = params
            .map(|p| {
                p.kwonlyargs
                    .iter()
                    .filter_map(|p| {
                        p.default
                            .as_deref()
                            .map(|d| (p.parameter.name.id.as_str(), d))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut regs = vec![];
        if !defaults.is_empty() {
            flags |= 1;
            let base = self.temps(defaults.len());
            for (i, d) in defaults.iter().enumerate() {
                self.expr_into(d, base + i as u16)?;
            }
            let t = self.temp();
            self.emit(Instr::BuildTuple {
                dst: t,
                start: base,
                count: defaults.len() as u16,
            });
            regs.push(t);
        }
        if !kwdefaults.is_empty() {
            flags |= 2;
            let base = self.temps(kwdefaults.len() * 2);
            for (i, (n, d)) in kwdefaults.iter().enumerate() {
                let c = self.const_str(n);
                self.load_const_into(c, base + 2 * i as u16);
                self.expr_into(d, base + 2 * i as u16 + 1)?;
            }
            let t = self.temp();
            self.emit(Instr::BuildDict {
                dst: t,
                start: base,
                count: kwdefaults.len() as u16,
            });
            regs.push(t);
        }
        let t = self.temp();
        if self.closure_tuple(scope, t, range)? {
            flags |= 4;
            regs.push(t);
        }
        // Annotations are evaluated now, as CPython 3.11 does (no PEP 563).
        let mut annotated: Vec<(&'a str, &'a Expr)> = vec![];
        if let Some(p) = params {
            for pd in p.posonlyargs.iter().chain(p.args.iter()) {
                if let Some(a) = pd.parameter.annotation.as_deref() {
                    annotated.push((pd.parameter.name.id.as_str(), a));
                }
            }
            if let Some(v) = &p.vararg {
                if let Some(a) = v.annotation.as_deref() {
                    annotated.push((v.name.id.as_str(), a));
                }
            }
            for pd in p.kwonlyargs.iter() {
                if let Some(a) = pd.parameter.annotation.as_deref() {
                    annotated.push((pd.parameter.name.id.as_str(), a));
                }
            }
            if let Some(k) = &p.kwarg {
                if let Some(a) = k.annotation.as_deref() {
                    annotated.push((k.name.id.as_str(), a));
                }
            }
        }
        if let Some(r) = returns {
            annotated.push(("return", r));
        }
        if !annotated.is_empty() {
            flags |= 8;
            let base = self.temps(annotated.len() * 2);
            for (i, (n, a)) in annotated.iter().enumerate() {
                let c = self.const_str(n);
                self.load_const_into(c, base + 2 * i as u16);
                self.expr_into(a, base + 2 * i as u16 + 1)?;
            }
            let t = self.temp();
            self.emit(Instr::BuildDict {
                dst: t,
                start: base,
                count: annotated.len() as u16,
            });
            regs.push(t);
        }
        let extra_base = self.temps(regs.len().max(1));
        for (i, r) in regs.iter().enumerate() {
            self.emit(Instr::Move {
                dst: extra_base + i as u16,
                src: *r,
            });
        }

        let p = params.map(build_params).unwrap_or_default();
        let first_line = self.lines.line_of(range.start().to_u32());
        self.begin(kind, scope, name, qualname, first_line, p);
        match body {
            FnBody::Stmts(b) => {
                self.f().doc = docstring(b).map(Rc::from);
                self.stmts(b)?;
                let none = self.const_none();
                let r = self.temp();
                self.load_const_into(none, r);
                self.emit(Instr::Return { src: r });
            }
            FnBody::Expr(e) => {
                self.set_line(e.range());
                let r = self.temp();
                self.expr_into(e, r)?;
                self.emit(Instr::Return { src: r });
            }
        }
        let code = self.finish();
        let ci = self.add_const(None, code);
        self.release(extra);
        let dst = self.temp();
        // The extras were computed above `extra`; move them down to `dst + 1`.
        let moved = self.temps(regs.len().max(1));
        if moved != extra_base {
            for i in 0..regs.len() {
                self.emit(Instr::Move {
                    dst: moved + i as u16,
                    src: extra_base + i as u16,
                });
            }
        }
        self.emit(Instr::MakeFunction {
            dst,
            code: ci,
            base: moved,
            flags,
        });
        self.release(dst + 1);
        Ok(dst)
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        let decos: Vec<Reg> = c
            .decorator_list
            .iter()
            .map(|d| self.expr_to_temp(&d.expression))
            .collect::<CResult<_>>()?;
        self.set_line(c.range);
        let scope = self.scopes.by_key(scope_key(c));
        let qual = self.child_qualname(c.name.id.as_str());
        // Body function: takes the namespace dict, returns the `__class__` cell.
        let first_line = self.lines.line_of(c.range.start().to_u32());
        let mut flags = 0u8;
        let extra = self.temp();
        if self.closure_tuple(scope, extra, c.range)? {
            flags |= 4;
        }
        let params = Params {
            names: vec![Rc::from(".ns")],
            posonly: 1,
            positional: 1,
            ..Default::default()
        };
        self.begin(
            CodeKind::Class,
            scope,
            Rc::from(c.name.id.as_str()),
            qual.clone(),
            first_line,
            params,
        );
        let ns = self.fr().class_ns;
        let class_cell = self.fr().locals.get("__class__").copied();
        // `__module__ = __name__`, as CPython's class bodies begin.
        let m = self.temp();
        let slot = self.global_slot("__name__");
        self.emit(Instr::LoadGlobal { dst: m, slot });
        let n_m = self.name_idx("__module__");
        self.emit(Instr::StoreName {
            ns,
            name: n_m,
            src: m,
        });
        let qn = self.const_str(&qual);
        let t = self.temp();
        self.load_const_into(qn, t);
        let n_q = self.name_idx("__qualname__");
        self.emit(Instr::StoreName {
            ns,
            name: n_q,
            src: t,
        });
        if let Some(doc) = docstring(&c.body) {
            let d = self.const_str(doc);
            self.load_const_into(d, t);
            let n_d = self.name_idx("__doc__");
            self.emit(Instr::StoreName {
                ns,
                name: n_d,
                src: t,
            });
        }
        self.setup_annotations(&c.body)?;
        self.stmts(&c.body)?;
        let r = self.temp();
        match class_cell {
            Some(cell) => self.emit(Instr::Move { dst: r, src: cell }),
            None => {
                let none = self.const_none();
                self.emit(Instr::LoadConst { dst: r, idx: none })
            }
        };
        self.emit(Instr::Return { src: r });
        let code = self.finish();
        let ci = self.add_const(None, code);
        let body_fn = self.temp();
        self.emit(Instr::MakeFunction {
            dst: body_fn,
            code: ci,
            base: extra,
            flags,
        });
        // __build_class__(body, name, *bases, **keywords)
        let bc = self.temp();
        let slot = self.global_slot("__build_class__");
        self.emit(Instr::LoadGlobal { dst: bc, slot });
        let args = c.arguments.as_deref();
        let nbases = args.map(|a| a.args.len()).unwrap_or(0);
        let kws: Vec<&'a ast::Keyword> = args
            .map(|a| a.keywords.iter().collect())
            .unwrap_or_default();
        let has_star = args
            .map(|a| {
                a.args.iter().any(|e| matches!(e, Expr::Starred(_)))
                    || a.keywords.iter().any(|k| k.arg.is_none())
            })
            .unwrap_or(false);
        if has_star {
            return err("star arguments in class bases are not supported", c.range);
        }
        let call = self.temps(3 + nbases + kws.len());
        self.emit(Instr::Move { dst: call, src: bc });
        self.emit(Instr::Move {
            dst: call + 1,
            src: body_fn,
        });
        let cn = self.const_str(c.name.id.as_str());
        self.load_const_into(cn, call + 2);
        if let Some(a) = args {
            for (i, b) in a.args.iter().enumerate() {
                self.expr_into(b, call + 3 + i as u16)?;
            }
            for (i, k) in kws.iter().enumerate() {
                self.expr_into(&k.value, call + 3 + (nbases + i) as u16)?;
            }
        }
        let class_reg = self.temp();
        if kws.is_empty() {
            self.emit(Instr::Call {
                dst: class_reg,
                func: call,
                argc: 2 + nbases as u16,
            });
        } else {
            let names: Vec<Value> = kws
                .iter()
                .map(|k| {
                    self.vm
                        .new_str(k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or(""))
                })
                .collect();
            let tup = self.vm.new_tuple(names);
            let kn = self.add_const(None, tup);
            self.emit(Instr::CallKw {
                dst: class_reg,
                func: call,
                argc: (2 + nbases + kws.len()) as u16,
                kwnames: kn,
            });
        }
        let mut cur = class_reg;
        for d in decos.into_iter().rev() {
            let call = self.temps(2);
            self.emit(Instr::Move { dst: call, src: d });
            self.emit(Instr::Move {
                dst: call + 1,
                src: cur,
            });
            self.emit(Instr::Call {
                dst: call,
                func: call,
                argc: 1,
            });
            cur = call;
        }
        self.store_name(c.name.id.as_str(), cur)
    }

    // ---- names ------------------------------------------------------------------

    fn scope_kind(&self) -> ScopeKind {
        self.scopes.scopes[self.fr().scope].kind
    }
    fn name_kind(&self, name: &str) -> NameKind {
        self.scopes.scopes[self.fr().scope].kind_of(name)
    }

    /// The register of a plain (non-cell) local, if `name` is one.
    fn direct_local(&self, name: &str) -> Option<Reg> {
        if self.name_kind(name) == NameKind::Local && self.scope_kind() != ScopeKind::Module {
            self.fr().locals.get(name).copied()
        } else {
            None
        }
    }

    fn name_target(&mut self, name: &str) -> NameTarget {
        match self.name_kind(name) {
            NameKind::Local => match self.fr().locals.get(name) {
                Some(&r) => NameTarget::Local(r),
                None => NameTarget::Global(self.global_slot(name)),
            },
            NameKind::Cell | NameKind::Free => match self.fr().locals.get(name) {
                Some(&r) => NameTarget::Cell(r),
                None => NameTarget::Global(self.global_slot(name)),
            },
            NameKind::ClassLocal => NameTarget::ClassNs(self.name_idx(name)),
            NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                if self.scope_kind() == ScopeKind::Class
                    && self.name_kind(name) == NameKind::GlobalImplicit
                {
                    NameTarget::ClassNs(self.name_idx(name))
                } else {
                    NameTarget::Global(self.global_slot(name))
                }
            }
        }
    }

    fn store_target(&mut self, t: NameTarget, src: Reg) {
        match t {
            NameTarget::Local(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
                self.f().assigned.insert(r);
            }
            NameTarget::Cell(r) => {
                self.emit(Instr::StoreCell { cell: r, src });
            }
            NameTarget::Global(slot) => {
                self.emit(Instr::StoreGlobal { src, slot });
            }
            NameTarget::ClassNs(name) => {
                let ns = self.fr().class_ns;
                self.emit(Instr::StoreName { ns, name, src });
            }
        }
    }

    fn store_name(&mut self, name: &str, src: Reg) -> CResult<()> {
        let t = self.name_target(name);
        self.store_target(t, src);
        Ok(())
    }

    fn load_name(&mut self, name: &str, dst: Option<Reg>, range: TextRange) -> CResult<Reg> {
        self.set_line(range);
        let kind = self.name_kind(name);
        let in_class = self.scope_kind() == ScopeKind::Class;
        match kind {
            NameKind::Local if !in_class && self.fr().locals.contains_key(name) => {
                let r = self.fr().locals[name];
                // A name deleted anywhere in the function may be unbound at any
                // read (loops carry a `del` back to earlier reads).
                if !self.fr().assigned.contains(&r)
                    || self.scopes.scopes[self.fr().scope].deleted.contains(name)
                {
                    let n = self.name_idx(name);
                    self.emit(Instr::CheckBound { reg: r, name: n });
                }
                match dst {
                    Some(d) if d != r => {
                        self.emit(Instr::Move { dst: d, src: r });
                        Ok(d)
                    }
                    _ => Ok(r),
                }
            }
            NameKind::Cell | NameKind::Free if self.fr().locals.contains_key(name) => {
                let r = self.fr().locals[name];
                let d = dst.unwrap_or_else(|| self.temp());
                let n = self.name_idx(name);
                self.emit(Instr::LoadCell {
                    dst: d,
                    cell: r,
                    name: n,
                });
                Ok(d)
            }
            NameKind::ClassLocal | NameKind::GlobalImplicit if in_class => {
                let d = dst.unwrap_or_else(|| self.temp());
                let n = self.name_idx(name);
                let ns = self.fr().class_ns;
                self.emit(Instr::LoadName {
                    dst: d,
                    ns,
                    name: n,
                });
                Ok(d)
            }
            _ => {
                let d = dst.unwrap_or_else(|| self.temp());
                let slot = self.global_slot(name);
                self.emit(Instr::LoadGlobal { dst: d, slot });
                Ok(d)
            }
        }
    }

    fn delete_name(&mut self, name: &str, _range: TextRange) -> CResult<()> {
        let n = self.name_idx(name);
        match self.name_target(name) {
            NameTarget::Local(r) => {
                self.emit(Instr::DeleteLocal { reg: r, name: n });
                self.f().assigned.remove(&r);
            }
            NameTarget::Cell(r) => {
                self.emit(Instr::DeleteCell { cell: r, name: n });
            }
            NameTarget::Global(slot) => {
                self.emit(Instr::DeleteGlobal { slot });
            }
            NameTarget::ClassNs(name) => {
                let ns = self.fr().class_ns;
                self.emit(Instr::DeleteName { ns, name });
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult<()> {
        self.set_line(t.range());
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str(), n.range),
            Expr::Subscript(s) => {
                let obj = self.expr_any(&s.value)?;
                let key = self.expr_any(&s.slice)?;
                self.set_line(t.range());
                self.emit(Instr::DelItem { obj, key });
                Ok(())
            }
            Expr::Attribute(a) => {
                let obj = self.expr_any(&a.value)?;
                let name = self.name_idx(a.attr.id.as_str());
                self.emit(Instr::DelAttr { obj, name });
                Ok(())
            }
            Expr::Tuple(tu) => tu.elts.iter().try_for_each(|e| self.delete(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.delete(e)),
            other => err("cannot delete expression", other.range()),
        }
    }

    fn assign(&mut self, t: &'a Expr, src: Reg) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str(), src),
            Expr::Attribute(a) => {
                let m = self.mark();
                let obj = self.expr_any(&a.value)?;
                let name = self.name_idx(a.attr.id.as_str());
                self.set_line(t.range());
                self.emit(Instr::SetAttr { obj, name, src });
                self.release(m);
                Ok(())
            }
            Expr::Subscript(s) => {
                let m = self.mark();
                let obj = self.expr_any(&s.value)?;
                let key = self.expr_any(&s.slice)?;
                self.set_line(t.range());
                self.emit(Instr::SetItem { obj, key, src });
                self.release(m);
                Ok(())
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = seq_elts(t).expect("sequence target");
                let m = self.mark();
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return err("multiple starred expressions in assignment", t.range());
                }
                let base = self.temps(elts.len());
                self.set_line(t.range());
                match star {
                    None => {
                        self.emit(Instr::UnpackSeq {
                            src,
                            dst: base,
                            count: elts.len() as u16,
                        });
                    }
                    Some(i) => {
                        self.emit(Instr::UnpackEx {
                            src,
                            dst: base,
                            before: i as u16,
                            after: (elts.len() - i - 1) as u16,
                        });
                    }
                }
                for (i, e) in elts.iter().enumerate() {
                    let e = match e {
                        Expr::Starred(s) => &*s.value,
                        e => e,
                    };
                    self.assign(e, base + i as u16)?;
                }
                self.release(m);
                Ok(())
            }
            Expr::Starred(s) => err(
                "starred assignment target must be in a list or tuple",
                s.range,
            ),
            other => err(
                format!("cannot assign to {}", expr_desc(other)),
                other.range(),
            ),
        }
    }

    // ---- expressions ------------------------------------------------------------

    /// Evaluates `e` into a fresh temporary (never a local's own register).
    fn expr_to_temp(&mut self, e: &'a Expr) -> CResult<Reg> {
        let r = self.temp();
        self.expr_into(e, r)?;
        Ok(r)
    }

    /// Evaluates `e` into some register; a local is returned in place.
    fn expr_any(&mut self, e: &'a Expr) -> CResult<Reg> {
        if let Expr::Name(n) = e {
            return self.load_name(n.id.as_str(), None, n.range);
        }
        let r = self.temp();
        self.expr_into(e, r)?;
        Ok(r)
    }

    fn expr_into(&mut self, e: &'a Expr, dst: Reg) -> CResult<()> {
        let m = self.mark().max(dst + 1);
        self.release(m);
        let r = self.expr_into_inner(e, dst);
        self.release(m);
        self.check_regs(e.range())?;
        r
    }

    fn expr_into_inner(&mut self, e: &'a Expr, dst: Reg) -> CResult<()> {
        match e {
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    ast::Number::Int(i) => {
                        let text = i.to_string();
                        match parse_int_literal(&text) {
                            Some(IntLit::Small(v)) => self.const_int(v),
                            Some(IntLit::Big(b)) => {
                                let v = self.vm.bigint_value(b);
                                self.add_const(None, v)
                            }
                            None => return err("invalid integer literal", n.range),
                        }
                    }
                    ast::Number::Float(f) => {
                        let v = Value::from_f64(*f);
                        self.add_const(Some(ConstKey::Float(f.to_bits())), v)
                    }
                    ast::Number::Complex { .. } => {
                        return err("complex numbers are not supported", n.range)
                    }
                };
                self.load_const_into(c, dst);
            }
            Expr::StringLiteral(s) => {
                let c = self.const_str(s.value.to_str());
                self.load_const_into(c, dst);
            }
            Expr::BytesLiteral(b) => return err("bytes literals are not supported yet", b.range),
            Expr::BooleanLiteral(b) => {
                let c = self.const_bool(b.value);
                self.load_const_into(c, dst);
            }
            Expr::NoneLiteral(_) => {
                let c = self.const_none();
                self.load_const_into(c, dst);
            }
            Expr::EllipsisLiteral(_) => {
                let v = self.vm.ellipsis();
                let c = self.add_const(Some(ConstKey::Other(7)), v);
                self.load_const_into(c, dst);
            }
            Expr::Name(n) => {
                self.load_name(n.id.as_str(), Some(dst), n.range)?;
            }
            Expr::BinOp(b)
                if matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                    && small_int_literal(&b.right).is_some() =>
            {
                let a = self.expr_any(&b.left)?;
                let imm = small_int_literal(&b.right).unwrap_or(0);
                let imm = if matches!(b.op, ast::Operator::Sub) {
                    -imm
                } else {
                    imm
                };
                self.set_line(e.range());
                self.emit(Instr::AddImm { dst, a, imm });
            }
            Expr::BinOp(b) => {
                let a = self.expr_any(&b.left)?;
                let c = self.expr_any(&b.right)?;
                self.set_line(e.range());
                let op = bin_op(b.op);
                match op {
                    BinOp::Add => self.emit(Instr::Add { dst, a, b: c }),
                    BinOp::Sub => self.emit(Instr::Sub { dst, a, b: c }),
                    BinOp::Mul => self.emit(Instr::Mul { dst, a, b: c }),
                    op => self.emit(Instr::Binary { op, dst, a, b: c }),
                };
            }
            Expr::UnaryOp(u) => {
                // Fold negative literals so `-5` is one constant.
                if let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, &*u.operand) {
                    if let ast::Number::Float(f) = n.value {
                        let v = Value::from_f64(-f);
                        let c = self.add_const(Some(ConstKey::Float((-f).to_bits())), v);
                        self.load_const_into(c, dst);
                        return Ok(());
                    }
                }
                let s = self.expr_any(&u.operand)?;
                self.set_line(e.range());
                let op = match u.op {
                    ast::UnaryOp::USub => UnOp::Neg,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::Invert => UnOp::Invert,
                };
                self.emit(Instr::Unary { op, dst, src: s });
            }
            Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                let mut jumps = vec![];
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_into(v, dst)?;
                    if i + 1 < b.values.len() {
                        jumps.push(if is_and {
                            self.emit(Instr::JumpIfFalse {
                                cond: dst,
                                target: 0,
                            })
                        } else {
                            self.emit(Instr::JumpIfTrue {
                                cond: dst,
                                target: 0,
                            })
                        });
                    }
                }
                let h = self.here();
                for j in jumps {
                    self.patch(j, h);
                }
            }
            Expr::Compare(c) => self.compare(c, dst)?,
            Expr::If(i) => {
                let jf = self.cond_jump_false(&i.test)?;
                self.expr_into(&i.body, dst)?;
                let j = self.emit(Instr::Jump { target: 0 });
                let h = self.here();
                self.patch_all(jf, h);
                self.expr_into(&i.orelse, dst)?;
                let h = self.here();
                self.patch(j, h);
            }
            Expr::Named(n) => {
                self.expr_into(&n.value, dst)?;
                if let Expr::Name(name) = &*n.target {
                    self.store_name(name.id.as_str(), dst)?;
                }
            }
            Expr::Call(c) => self.call(c, dst)?,
            Expr::Attribute(a) => {
                let obj = self.expr_any(&a.value)?;
                let name = self.name_idx(a.attr.id.as_str());
                self.set_line(e.range());
                self.emit(Instr::GetAttr { dst, obj, name });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_any(&s.value)?;
                let key = self.expr_any(&s.slice)?;
                self.set_line(e.range());
                self.emit(Instr::GetItem { dst, obj, key });
            }
            Expr::Slice(s) => {
                let base = self.temps(3);
                for (i, p) in [&s.lower, &s.upper, &s.step].into_iter().enumerate() {
                    match p {
                        Some(x) => self.expr_into(x, base + i as u16)?,
                        None => {
                            let n = self.const_none();
                            self.load_const_into(n, base + i as u16);
                        }
                    }
                }
                self.emit(Instr::BuildSlice { dst, start: base });
            }
            Expr::Tuple(t) => self.sequence(&t.elts, dst, SeqKind::Tuple)?,
            Expr::List(l) => self.sequence(&l.elts, dst, SeqKind::List)?,
            Expr::Set(s) => self.sequence(&s.elts, dst, SeqKind::Set)?,
            Expr::Dict(d) => self.dict_display(d, dst)?,
            Expr::Lambda(l) => {
                let qual = self.child_qualname("<lambda>");
                let params = l.parameters.as_deref();
                let r = self.make_function(
                    scope_key(l),
                    Rc::from("<lambda>"),
                    qual,
                    params,
                    FnBody::Expr(&l.body),
                    CodeKind::Lambda,
                    l.range,
                    None,
                )?;
                self.emit(Instr::Move { dst, src: r });
            }
            Expr::ListComp(c) => self.comprehension(
                scope_key(c),
                "<listcomp>",
                &c.generators,
                CompKind::List(&c.elt),
                dst,
                e.range(),
            )?,
            Expr::SetComp(c) => self.comprehension(
                scope_key(c),
                "<setcomp>",
                &c.generators,
                CompKind::Set(&c.elt),
                dst,
                e.range(),
            )?,
            Expr::DictComp(c) => {
                let Some(k) = c.key.as_deref() else {
                    return err(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    );
                };
                self.comprehension(
                    scope_key(c),
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(k, &c.value),
                    dst,
                    e.range(),
                )?
            }
            Expr::Generator(c) => self.comprehension(
                scope_key(c),
                "<genexpr>",
                &c.generators,
                CompKind::Gen(&c.elt),
                dst,
                e.range(),
            )?,
            Expr::FString(f) => self.fstring(f, dst)?,
            Expr::Starred(s) => return err("can't use starred expression here", s.range),
            Expr::Yield(y) => {
                if !matches!(
                    self.fr().kind,
                    CodeKind::Function | CodeKind::Lambda | CodeKind::Comprehension
                ) {
                    return err("'yield' outside function", y.range);
                }
                let v = match &y.value {
                    Some(x) => self.expr_any(x)?,
                    None => {
                        let r = self.temp();
                        let n = self.const_none();
                        self.load_const_into(n, r);
                        r
                    }
                };
                self.set_line(y.range);
                self.emit(Instr::Yield { dst, src: v });
            }
            Expr::YieldFrom(y) => {
                if !matches!(
                    self.fr().kind,
                    CodeKind::Function | CodeKind::Lambda | CodeKind::Comprehension
                ) {
                    return err("'yield' outside function", y.range);
                }
                let src = self.expr_any(&y.value)?;
                let it = self.temp();
                self.set_line(y.range);
                self.emit(Instr::GetIter { dst: it, src });
                let sent = self.temp();
                let n = self.const_none();
                self.load_const_into(n, sent);
                let top = self.here();
                let send = self.emit(Instr::Send {
                    dst,
                    iter: it,
                    sent,
                    target: 0,
                });
                self.emit(Instr::Yield {
                    dst: sent,
                    src: dst,
                });
                self.emit(Instr::Jump { target: top as u32 });
                let end = self.here();
                self.patch(send, end);
            }
            Expr::Await(a) => return err("'await' outside async function", a.range),
            Expr::TString(t) => return err("template strings are not supported", t.range),
            Expr::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, dst: Reg) -> CResult<()> {
        let mut left = self.expr_any(&c.left)?;
        let n = c.ops.len();
        let mut jumps = vec![];
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let r = if i + 1 < n {
                self.expr_to_temp(right)?
            } else {
                self.expr_any(right)?
            };
            self.set_line(c.range);
            self.emit(Instr::Compare {
                op: cmp_op(*op),
                dst,
                a: left,
                b: r,
            });
            if i + 1 < n {
                jumps.push(self.emit(Instr::JumpIfFalse {
                    cond: dst,
                    target: 0,
                }));
            }
            left = r;
        }
        let h = self.here();
        for j in jumps {
            self.patch(j, h);
        }
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], dst: Reg, kind: SeqKind) -> CResult<()> {
        // Long displays are built element by element so they need few registers.
        let has_star =
            elts.iter().any(|e| matches!(e, Expr::Starred(_))) || elts.len() > MAX_INLINE_ITEMS;
        if !has_star {
            let base = self.temps(elts.len());
            for (i, e) in elts.iter().enumerate() {
                self.expr_into(e, base + i as u16)?;
            }
            let count = elts.len() as u16;
            match kind {
                SeqKind::Tuple => self.emit(Instr::BuildTuple {
                    dst,
                    start: base,
                    count,
                }),
                SeqKind::List => self.emit(Instr::BuildList {
                    dst,
                    start: base,
                    count,
                }),
                SeqKind::Set => {
                    let constant = elts.iter().all(is_constant_literal);
                    self.emit(Instr::BuildSet {
                        dst,
                        start: base,
                        count,
                        constant,
                    })
                }
            };
            return Ok(());
        }
        let acc = self.temp();
        match kind {
            SeqKind::Set => self.emit(Instr::BuildSet {
                dst: acc,
                start: acc,
                count: 0,
                constant: false,
            }),
            _ => self.emit(Instr::BuildList {
                dst: acc,
                start: acc,
                count: 0,
            }),
        };
        for e in elts {
            let m = self.mark();
            match e {
                Expr::Starred(s) => {
                    let v = self.expr_any(&s.value)?;
                    match kind {
                        SeqKind::Set => self.emit(Instr::SetUpdate { set: acc, src: v }),
                        _ => self.emit(Instr::ListExtend { list: acc, src: v }),
                    };
                }
                e => {
                    let v = self.expr_any(e)?;
                    match kind {
                        SeqKind::Set => self.emit(Instr::SetAdd { set: acc, src: v }),
                        _ => self.emit(Instr::ListAppend { list: acc, src: v }),
                    };
                }
            }
            self.release(m);
        }
        match kind {
            SeqKind::Tuple => self.emit(Instr::ListToTuple { dst, src: acc }),
            _ => self.emit(Instr::Move { dst, src: acc }),
        };
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict, dst: Reg) -> CResult<()> {
        if d.items.len() <= MAX_INLINE_ITEMS && d.items.iter().all(|i| i.key.is_some()) {
            let base = self.temps(d.items.len() * 2);
            for (i, item) in d.items.iter().enumerate() {
                self.expr_into(item.key.as_ref().expect("key"), base + 2 * i as u16)?;
                self.expr_into(&item.value, base + 2 * i as u16 + 1)?;
            }
            self.set_line(d.range);
            self.emit(Instr::BuildDict {
                dst,
                start: base,
                count: d.items.len() as u16,
            });
            return Ok(());
        }
        let acc = self.temp();
        self.emit(Instr::BuildDict {
            dst: acc,
            start: acc,
            count: 0,
        });
        for item in &d.items {
            let m = self.mark();
            match &item.key {
                Some(k) => {
                    let kr = self.expr_any(k)?;
                    let vr = self.expr_any(&item.value)?;
                    self.emit(Instr::DictSet {
                        dict: acc,
                        key: kr,
                        src: vr,
                    });
                }
                None => {
                    let vr = self.expr_any(&item.value)?;
                    self.emit(Instr::DictUpdate { dict: acc, src: vr });
                }
            }
            self.release(m);
        }
        self.emit(Instr::Move { dst, src: acc });
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString, dst: Reg) -> CResult<()> {
        let mut pieces: Vec<FPiece<'a>> = vec![];
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => pieces.push(FPiece::Lit(l.as_str().to_string())),
                ast::FStringPart::FString(fs) => collect_fpieces(&fs.elements, &mut pieces),
            }
        }
        let base = self.temps(pieces.len().max(1));
        for (i, p) in pieces.iter().enumerate() {
            let r = base + i as u16;
            match p {
                FPiece::Lit(s) => {
                    let c = self.const_str(s);
                    self.load_const_into(c, r);
                }
                FPiece::Expr(el) => self.format_piece(el, r)?,
            }
        }
        if pieces.is_empty() {
            let c = self.const_str("");
            self.load_const_into(c, dst);
        } else {
            self.emit(Instr::BuildString {
                dst,
                start: base,
                count: pieces.len() as u16,
            });
        }
        Ok(())
    }

    fn format_piece(&mut self, el: &'a ast::InterpolatedElement, dst: Reg) -> CResult<()> {
        let m = self.mark();
        let v = self.expr_any(&el.expression)?;
        let mut conv = el.conversion.to_byte().unwrap_or(0);
        if el.debug_text.is_some() && conv == 0 && el.format_spec.is_none() {
            conv = b'r';
        }
        let spec = match &el.format_spec {
            Some(s) => {
                let mut pieces = vec![];
                collect_fpieces(&s.elements, &mut pieces);
                let base = self.temps(pieces.len().max(1));
                for (i, p) in pieces.iter().enumerate() {
                    let r = base + i as u16;
                    match p {
                        FPiece::Lit(s) => {
                            let c = self.const_str(s);
                            self.load_const_into(c, r);
                        }
                        FPiece::Expr(inner) => self.format_piece(inner, r)?,
                    }
                }
                let sr = self.temp();
                if pieces.is_empty() {
                    let c = self.const_str("");
                    self.load_const_into(c, sr);
                } else {
                    self.emit(Instr::BuildString {
                        dst: sr,
                        start: base,
                        count: pieces.len() as u16,
                    });
                }
                sr
            }
            None => NO_REG,
        };
        self.emit(Instr::FormatValue {
            dst,
            src: v,
            conv,
            spec,
        });
        self.release(m);
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall, dst: Reg) -> CResult<()> {
        let args = &c.arguments;
        if let Some(done) = self.zero_arg_super(c, dst)? {
            return Ok(done);
        }
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none())
            || args.args.len() + args.keywords.len() > MAX_INLINE_ITEMS;
        // obj.method(args): no bound-method object is made.
        if let (Expr::Attribute(at), false, true) = (&*c.func, has_star, args.keywords.is_empty()) {
            let base = self.temps(2 + args.args.len());
            let obj = self.expr_any(&at.value)?;
            let name = self.name_idx(at.attr.id.as_str());
            self.set_line(at.range);
            self.emit(Instr::LoadMethod {
                dst: base,
                obj,
                name,
            });
            for (i, a) in args.args.iter().enumerate() {
                self.expr_into(a, base + 2 + i as u16)?;
            }
            self.set_line(c.range());
            self.emit(Instr::CallMethod {
                dst,
                base,
                argc: args.args.len() as u16,
            });
            return Ok(());
        }
        if !has_star {
            let n = args.args.len() + args.keywords.len();
            let base = self.temps(1 + n);
            self.expr_into(&c.func, base)?;
            for (i, a) in args.args.iter().enumerate() {
                self.expr_into(a, base + 1 + i as u16)?;
            }
            for (i, k) in args.keywords.iter().enumerate() {
                self.expr_into(&k.value, base + 1 + (args.args.len() + i) as u16)?;
            }
            self.set_line(c.range());
            if args.keywords.is_empty() {
                self.emit(Instr::Call {
                    dst,
                    func: base,
                    argc: n as u16,
                });
            } else {
                let mut seen = HashSet::new();
                for k in args.keywords.iter() {
                    let name = k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("");
                    if !seen.insert(name) {
                        return err(format!("keyword argument repeated: {name}"), k.range);
                    }
                }
                let names: Vec<Value> = args
                    .keywords
                    .iter()
                    .map(|k| {
                        self.vm
                            .new_str(k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or(""))
                    })
                    .collect();
                let tup = self.vm.new_tuple(names);
                let kn = self.add_const(None, tup);
                self.emit(Instr::CallKw {
                    dst,
                    func: base,
                    argc: n as u16,
                    kwnames: kn,
                });
            }
            return Ok(());
        }
        // General form: build the positional tuple and the keyword dict.
        let f = self.temp();
        self.expr_into(&c.func, f)?;
        let acc = self.temp();
        self.emit(Instr::BuildList {
            dst: acc,
            start: acc,
            count: 0,
        });
        for a in args.args.iter() {
            let m = self.mark();
            match a {
                Expr::Starred(s) => {
                    let v = self.expr_any(&s.value)?;
                    self.emit(Instr::ListExtend { list: acc, src: v });
                }
                a => {
                    let v = self.expr_any(a)?;
                    self.emit(Instr::ListAppend { list: acc, src: v });
                }
            }
            self.release(m);
        }
        self.emit(Instr::ListToTuple { dst: acc, src: acc });
        let kw = if args.keywords.is_empty() {
            NO_REG
        } else {
            let d = self.temp();
            self.emit(Instr::BuildDict {
                dst: d,
                start: d,
                count: 0,
            });
            for k in args.keywords.iter() {
                let m = self.mark();
                match &k.arg {
                    Some(name) => {
                        let kr = self.temp();
                        let cn = self.const_str(name.id.as_str());
                        self.load_const_into(cn, kr);
                        let vr = self.expr_any(&k.value)?;
                        self.emit(Instr::DictSet {
                            dict: d,
                            key: kr,
                            src: vr,
                        });
                    }
                    None => {
                        let vr = self.expr_any(&k.value)?;
                        self.emit(Instr::DictUpdate { dict: d, src: vr });
                    }
                }
                self.release(m);
            }
            d
        };
        self.set_line(c.range());
        self.emit(Instr::CallEx {
            dst,
            func: f,
            args: acc,
            kwargs: kw,
        });
        Ok(())
    }

    /// `super()` in a method: `super(__class__, <first argument>)`.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall, dst: Reg) -> CResult<Option<()>> {
        let Expr::Name(n) = &*c.func else {
            return Ok(None);
        };
        if n.id.as_str() != "super"
            || !c.arguments.args.is_empty()
            || !c.arguments.keywords.is_empty()
        {
            return Ok(None);
        }
        let f = self.fr();
        let class_reg = f.locals.get("__class__").copied();
        let (Some(class_reg), true) = (
            class_reg,
            f.params.count() > 0 && matches!(f.kind, CodeKind::Function | CodeKind::Lambda),
        ) else {
            return Ok(None);
        };
        let first = f.params.names[0].to_string();
        let base = self.temps(3);
        self.load_name("super", Some(base), n.range)?;
        let cn = self.name_idx("__class__");
        self.emit(Instr::LoadCell {
            dst: base + 1,
            cell: class_reg,
            name: cn,
        });
        self.load_name(&first, Some(base + 2), n.range)?;
        self.set_line(c.range());
        self.emit(Instr::Call {
            dst,
            func: base,
            argc: 2,
        });
        Ok(Some(()))
    }

    fn comprehension(
        &mut self,
        key: usize,
        name: &str,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
        dst: Reg,
        range: TextRange,
    ) -> CResult<()> {
        let scope = self.scopes.by_key(key);
        let first = &generators[0];
        if first.is_async {
            return err(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            );
        }
        // Closure cells for the comprehension's free variables.
        let mut flags = 0u8;
        let extra = self.temp();
        if self.closure_tuple(scope, extra, range)? {
            flags |= 4;
        }
        let iter_src = self.expr_any(&first.iter)?;
        let call = self.temps(2);
        self.set_line(first.iter.range());
        self.emit(Instr::GetIter {
            dst: call + 1,
            src: iter_src,
        });

        let qual = self.child_qualname(name);
        let params = Params {
            names: vec![Rc::from(".0")],
            posonly: 1,
            positional: 1,
            ..Default::default()
        };
        let first_line = self.lines.line_of(range.start().to_u32());
        self.begin(
            CodeKind::Comprehension,
            scope,
            Rc::from(name),
            qual,
            first_line,
            params,
        );
        let acc = self.temp();
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList {
                dst: acc,
                start: acc,
                count: 0,
            }),
            CompKind::Set(_) => self.emit(Instr::BuildSet {
                dst: acc,
                start: acc,
                count: 0,
                constant: false,
            }),
            CompKind::Dict(..) => self.emit(Instr::BuildDict {
                dst: acc,
                start: acc,
                count: 0,
            }),
            CompKind::Gen(_) => {
                let n = self.const_none();
                self.emit(Instr::LoadConst { dst: acc, idx: n })
            }
        };
        self.comp_loop(generators, 0, &kind, acc)?;
        if matches!(kind, CompKind::Gen(_)) {
            let n = self.const_none();
            self.emit(Instr::LoadConst { dst: acc, idx: n });
        }
        self.emit(Instr::Return { src: acc });
        let code = self.finish();
        let ci = self.add_const(None, code);
        self.emit(Instr::MakeFunction {
            dst: call,
            code: ci,
            base: extra,
            flags,
        });
        self.set_line(range);
        self.emit(Instr::Call {
            dst,
            func: call,
            argc: 1,
        });
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: &CompKind<'a>,
        acc: Reg,
    ) -> CResult<()> {
        let g = &gens[i];
        let it = if i == 0 {
            0 // the `.0` parameter
        } else {
            let src = self.expr_any(&g.iter)?;
            let it = self.temp();
            self.emit(Instr::GetIter { dst: it, src });
            it
        };
        let top = self.here();
        let item = self.temp();
        let fi = self.emit(Instr::ForIter {
            dst: item,
            iter: it,
            target: 0,
        });
        self.assign(&g.target, item)?;
        let mut skips = vec![];
        for cond in &g.ifs {
            skips.extend(self.cond_jump_false(cond)?);
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, acc)?;
        } else {
            let m = self.mark();
            match kind {
                CompKind::List(e) => {
                    let v = self.expr_any(e)?;
                    self.emit(Instr::ListAppend { list: acc, src: v });
                }
                CompKind::Set(e) => {
                    let v = self.expr_any(e)?;
                    self.emit(Instr::SetAdd { set: acc, src: v });
                }
                CompKind::Dict(k, v) => {
                    let kr = self.expr_to_temp(k)?;
                    let vr = self.expr_any(v)?;
                    self.emit(Instr::DictSet {
                        dict: acc,
                        key: kr,
                        src: vr,
                    });
                }
                CompKind::Gen(e) => {
                    let v = self.expr_any(e)?;
                    let sink = self.temp();
                    self.emit(Instr::Yield { dst: sink, src: v });
                }
            }
            self.release(m);
        }
        let back = self.here();
        for j in skips {
            self.patch(j, back);
        }
        self.emit(Instr::Loop { target: top as u32 });
        let end = self.here();
        self.patch(fi, end);
        Ok(())
    }
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

enum FPiece<'a> {
    Lit(String),
    Expr(&'a ast::InterpolatedElement),
}

fn collect_fpieces<'a>(elements: &'a ast::InterpolatedStringElements, out: &mut Vec<FPiece<'a>>) {
    for el in elements.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => {
                if let Some(FPiece::Lit(prev)) = out.last_mut() {
                    prev.push_str(&l.value);
                } else {
                    out.push(FPiece::Lit(l.value.to_string()));
                }
            }
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(dt) = &i.debug_text {
                    // `f"{x=}"` prints the expression's source text first.
                    let text = format!("{}{}{}", dt.leading(), dt.expression(), dt.trailing());
                    if let Some(FPiece::Lit(prev)) = out.last_mut() {
                        prev.push_str(&text);
                    } else {
                        out.push(FPiece::Lit(text));
                    }
                }
                out.push(FPiece::Expr(i))
            }
        }
    }
}

fn scope_key<T>(node: &T) -> usize {
    super::scope::node_key(node)
}

/// An int literal small enough to be an instruction's immediate operand.
fn small_int_literal(e: &Expr) -> Option<i32> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i
                .as_i64()
                .and_then(|v| i32::try_from(v).ok())
                .filter(|v| v.unsigned_abs() < (1 << 30)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a block has annotated assignments outside nested functions and classes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

/// A literal whose value the compiler knows (CPython folds these into constants).
fn is_constant_literal(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant_literal),
        _ => false,
    }
}

fn seq_elts(e: &Expr) -> Option<&[Expr]> {
    match e {
        Expr::Tuple(t) => Some(&t.elts),
        Expr::List(l) => Some(&l.elts),
        _ => None,
    }
}

fn is_const_true(e: &Expr) -> bool {
    match e {
        Expr::BooleanLiteral(b) => b.value,
        Expr::NumberLiteral(n) => matches!(&n.value, ast::Number::Int(i) if i.as_u64() != Some(0)),
        _ => false,
    }
}

/// Whether the expression's last instruction is the only write to its destination
/// (so a local can be the destination without being clobbered early).
fn writes_dst_last(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::BoolOp(_)
            | Expr::If(_)
            | Expr::Compare(_)
            | Expr::Named(_)
            | Expr::Tuple(_)
            | Expr::List(_)
            | Expr::Set(_)
            | Expr::Dict(_)
    )
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

fn build_params(p: &ast::Parameters) -> Params {
    let mut names: Vec<Rc<str>> = vec![];
    for pd in p.posonlyargs.iter().chain(p.args.iter()) {
        names.push(Rc::from(pd.parameter.name.id.as_str()));
    }
    for pd in p.kwonlyargs.iter() {
        names.push(Rc::from(pd.parameter.name.id.as_str()));
    }
    if let Some(v) = &p.vararg {
        names.push(Rc::from(v.name.id.as_str()));
    }
    if let Some(k) = &p.kwarg {
        names.push(Rc::from(k.name.id.as_str()));
    }
    Params {
        names,
        posonly: p.posonlyargs.len() as u16,
        positional: (p.posonlyargs.len() + p.args.len()) as u16,
        kwonly: p.kwonlyargs.len() as u16,
        varargs: p.vararg.is_some(),
        varkw: p.kwarg.is_some(),
    }
}

pub enum IntLit {
    Small(i64),
    Big(BigInt),
}

/// Parses the text of an int literal token (`0x1F`, `1_000`, `0o17`, `0b1`).
pub fn parse_int_literal(text: &str) -> Option<IntLit> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    if let Ok(v) = i64::from_str_radix(&digits, radix) {
        return Some(IntLit::Small(v));
    }
    BigInt::parse_bytes(digits.as_bytes(), radix).map(IntLit::Big)
}

fn bin_op(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp_op(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

fn expr_desc(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::BoolOp(_) => "expression",
        Expr::If(_) => "conditional expression",
        Expr::FString(_) => "f-string expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::Generator(_) => "generator expression",
        _ => "expression",
    }
}

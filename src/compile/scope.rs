//! Scope analysis: decides for every name in every scope whether it is a local,
//! a cell (a local captured by an inner function), a free variable, or a global,
//! with Python 3's rules (class bodies do not enclose their methods; a
//! comprehension has its own scope, its first iterable evaluated outside).

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Stmt};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Local,
    /// A local captured by an inner scope: its register holds a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// A name bound in a class body (lives in the class namespace).
    ClassLocal,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub params: Vec<String>,
    /// Bound names in order of first binding (parameters first).
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub used: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Names unbound somewhere in the scope (`del`, the end of `except ... as`):
    /// every read of them checks that they are bound.
    pub deleted: HashSet<String>,
    /// Parameters bound again in the body (`self = ...`, a loop target, ...).
    pub rebound_params: HashSet<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Final classification, filled by `resolve`.
    pub names: HashMap<String, NameKind>,
    /// Free variables in a stable order (the closure layout).
    pub free: Vec<String>,
    pub is_generator: bool,
    /// A syntax error found while scanning (e.g. nonlocal with no binding).
    pub error: Option<(String, ruff_text_size::TextRange)>,
    pub uses_super: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Self {
        Scope {
            kind,
            params: vec![],
            bound: vec![],
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            deleted: HashSet::new(),
            rebound_params: HashSet::new(),
            children: vec![],
            parent,
            names: HashMap::new(),
            free: vec![],
            is_generator: false,
            error: None,
            uses_super: false,
        }
    }
    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        } else if self.params.iter().any(|p| p == name) {
            // `params` is filled after the parameters' own bindings, so only a
            // binding in the body gets here.
            self.rebound_params.insert(name.to_string());
        }
    }
    pub fn kind_of(&self, name: &str) -> NameKind {
        match self.names.get(name) {
            Some(k) => *k,
            None => match self.kind {
                ScopeKind::Module => NameKind::GlobalImplicit,
                _ => NameKind::GlobalImplicit,
            },
        }
    }
}

/// Scopes of one module, indexed by the address of the AST node that opens them.
pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    /// Set when the source nests deeper than `MAX_NESTING`.
    pub too_deep: Option<ruff_text_size::TextRange>,
    by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl ScopeTable {
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&node_key(node)]
    }

    pub fn analyze(module: &[Stmt]) -> ScopeTable {
        let mut t = ScopeTable {
            too_deep: None,
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
        };
        let mut b = Builder {
            t: &mut t,
            cur: 0,
            depth: 0,
        };
        for s in module {
            b.stmt(s);
        }
        t.resolve(0, &HashSet::new());
        t
    }

    pub fn by_key(&self, key: usize) -> usize {
        self.by_node[&key]
    }

    pub fn module_scope(&self) -> usize {
        0
    }

    /// Classifies names top-down. `enclosing` holds the names bound in enclosing
    /// function scopes (what a free variable may refer to).
    fn resolve(&mut self, id: usize, enclosing: &HashSet<String>) {
        let kind = self.scopes[id].kind;
        let mut names = HashMap::new();
        {
            let s = &self.scopes[id];
            for n in s.globals.iter() {
                names.insert(n.clone(), NameKind::GlobalExplicit);
            }
            for n in s.nonlocals.iter() {
                names.insert(n.clone(), NameKind::Free);
            }
            for n in &s.bound {
                if names.contains_key(n) {
                    continue;
                }
                let k = match kind {
                    ScopeKind::Module => NameKind::GlobalImplicit,
                    ScopeKind::Class => NameKind::ClassLocal,
                    _ => NameKind::Local,
                };
                names.insert(n.clone(), k);
            }
            for n in &s.used {
                if names.contains_key(n) {
                    continue;
                }
                if kind != ScopeKind::Module && enclosing.contains(n) {
                    names.insert(n.clone(), NameKind::Free);
                } else {
                    names.insert(n.clone(), NameKind::GlobalImplicit);
                }
            }
        }
        if kind == ScopeKind::Class && self.scopes[id].uses_super && enclosing.contains("__class__")
        {
            names.insert("__class__".into(), NameKind::Free);
        }
        self.scopes[id].names = names;

        // What the children may capture.
        let mut child_enclosing = enclosing.clone();
        match kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                for (n, k) in &self.scopes[id].names {
                    match k {
                        NameKind::Local | NameKind::Cell | NameKind::Free => {
                            child_enclosing.insert(n.clone());
                        }
                        NameKind::GlobalExplicit => {
                            child_enclosing.remove(n);
                        }
                        _ => {}
                    }
                }
            }
            ScopeKind::Class => {
                // Methods see `__class__` (for super()) but not the class's names.
                child_enclosing.insert("__class__".into());
            }
            ScopeKind::Module => {}
        }
        let children = self.scopes[id].children.clone();
        for c in &children {
            self.resolve(*c, &child_enclosing);
        }
        // A child's free variable is a cell here if we bind it, else free here too.
        let mut needed: Vec<String> = vec![];
        for c in &children {
            for f in &self.scopes[*c].free {
                needed.push(f.clone());
            }
        }
        let mut passed_through: Vec<String> = vec![];
        for f in needed {
            let s = &mut self.scopes[id];
            if kind == ScopeKind::Class && f == "__class__" {
                s.names.insert(f.clone(), NameKind::Cell);
                continue;
            }
            match s.names.get(&f).copied() {
                Some(NameKind::Local) => {
                    s.names.insert(f.clone(), NameKind::Cell);
                }
                Some(NameKind::Cell) | Some(NameKind::Free) => {}
                Some(NameKind::ClassLocal) => passed_through.push(f.clone()),
                _ => {
                    if kind != ScopeKind::Module {
                        s.names.insert(f.clone(), NameKind::Free);
                    }
                }
            }
        }
        self.scopes[id].free = passed_through;
        let s = &mut self.scopes[id];
        let mut free: Vec<String> = s
            .names
            .iter()
            .filter(|(_, k)| **k == NameKind::Free)
            .map(|(n, _)| n.clone())
            .collect();
        for f in std::mem::take(&mut s.free) {
            if !free.contains(&f) {
                free.push(f);
            }
        }
        free.sort();
        s.free = free;
    }
}

struct Builder<'a> {
    t: &'a mut ScopeTable,
    cur: usize,
    /// Statement/expression nesting, bounded like CPython's compiler (3 x the
    /// default recursion limit) so deep ASTs fail cleanly instead of overflowing.
    depth: usize,
}

/// CPython 3.11 raises "maximum recursion depth exceeded during compilation" here.
pub const MAX_NESTING: usize = 3000;

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.t.scopes[self.cur]
    }

    fn push(&mut self, key: usize, kind: ScopeKind) -> usize {
        let id = self.t.scopes.len();
        self.t.scopes.push(Scope::new(kind, Some(self.cur)));
        self.t.scopes[self.cur].children.push(id);
        self.t.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn bind(&mut self, name: &str) {
        self.scope().bind(name)
    }
    fn use_name(&mut self, name: &str) {
        self.scope().used.insert(name.to_string());
    }

    fn target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn deleted_names(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                self.scope().deleted.insert(n.id.to_string());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.deleted_names(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.deleted_names(e)),
            _ => {}
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for pd in p.iter_non_variadic_params() {
            if let Some(d) = &pd.default {
                self.expr(d);
            }
        }
    }

    fn declare_params(&mut self, p: &ast::Parameters) {
        let mut names = vec![];
        for pd in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(pd.parameter.name.id.to_string());
        }
        for pd in p.kwonlyargs.iter() {
            names.push(pd.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.id.to_string());
        }
        for n in &names {
            self.bind(n);
        }
        self.scope().params = names;
    }

    fn stmt(&mut self, s: &Stmt) {
        if !self.enter(ruff_text_size::Ranged::range(s)) {
            return;
        }
        self.stmt_inner(s);
        self.depth -= 1;
    }

    /// Counts one level of nesting; false (and a recorded error) past the limit.
    fn enter(&mut self, range: ruff_text_size::TextRange) -> bool {
        if self.depth >= MAX_NESTING {
            if self.t.too_deep.is_none() {
                self.t.too_deep = Some(range);
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.params(&f.parameters);
                self.bind(f.name.id.as_str());
                let prev = self.push(node_key(f), ScopeKind::Function);
                self.declare_params(&f.parameters);
                self.body(&f.body);
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    a.args.iter().for_each(|e| self.expr(e));
                    a.keywords.iter().for_each(|k| self.expr(&k.value));
                }
                self.bind(c.name.id.as_str());
                let prev = self.push(node_key(c), ScopeKind::Class);
                self.body(&c.body);
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.deleted_names(t);
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.target(t));
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target);
                } else if !matches!(&*a.target, Expr::Name(_)) {
                    self.expr(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    // `x: int` alone makes x local without binding it.
                    self.bind(n.id.as_str());
                }
            }
            Stmt::TypeAlias(t) => {
                self.target(&t.name);
                self.expr(&t.value);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.body(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.id.as_str());
                        self.scope().deleted.insert(n.id.to_string());
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    match &a.asname {
                        Some(n) => self.bind(n.id.as_str()),
                        None => {
                            let first = a.name.id.split('.').next().unwrap_or("");
                            self.bind(first)
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        continue;
                    }
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(n.id.as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.scope().globals.insert(n.id.to_string());
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    let kind = self.scope().kind;
                    if kind == ScopeKind::Module {
                        self.scope().error = Some((
                            "nonlocal declaration not allowed at module level".into(),
                            g.range,
                        ));
                    }
                    self.scope().nonlocals.insert(n.id.to_string());
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn comprehension(&mut self, key: usize, generators: &[ast::Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let prev = self.push(key, ScopeKind::Comprehension);
        self.scope().params = vec![".0".into()];
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            g.ifs.iter().for_each(|e| self.expr(e));
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = prev;
    }

    fn expr(&mut self, e: &Expr) {
        if !self.enter(ruff_text_size::Ranged::range(e)) {
            return;
        }
        self.expr_inner(e);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::Named(n) => {
                self.expr(&n.value);
                // The walrus binds in the nearest non-comprehension scope.
                let mut id = self.cur;
                while self.t.scopes[id].kind == ScopeKind::Comprehension {
                    match self.t.scopes[id].parent {
                        Some(p) => id = p,
                        None => break,
                    }
                }
                if let Expr::Name(name) = &*n.target {
                    let nm = name.id.to_string();
                    self.t.scopes[id].bind(&nm);
                    if id != self.cur {
                        let mut c = self.cur;
                        while c != id {
                            self.t.scopes[c].nonlocals.insert(nm.clone());
                            c = self.t.scopes[c].parent.unwrap_or(id);
                        }
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                let prev = self.push(node_key(l), ScopeKind::Function);
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                self.expr(&l.body);
                self.cur = prev;
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k);
                    }
                    self.expr(&item.value);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|e| self.expr(e)),
            Expr::ListComp(c) => self.comprehension(node_key(c), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(node_key(c), &c.generators, &[&c.elt]),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.insert(0, k);
                }
                self.comprehension(node_key(c), &c.generators, &elts)
            }
            Expr::Generator(c) => {
                self.comprehension(node_key(c), &c.generators, &[&c.elt]);
                let id = self.t.by_node[&node_key(c)];
                self.t.scopes[id].is_generator = true;
            }
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)
                }
            }
            Expr::YieldFrom(y) => {
                self.scope().is_generator = true;
                self.expr(&y.value)
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|e| self.expr(e));
            }
            Expr::Call(c) => {
                if let Expr::Name(n) = &*c.func {
                    if n.id.as_str() == "super" {
                        self.note_super();
                    }
                }
                self.expr(&c.func);
                c.arguments.args.iter().for_each(|e| self.expr(e));
                c.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.expr(&k.value));
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements);
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Store | ast::ExprContext::Del => self.bind(n.id.as_str()),
                _ => self.use_name(n.id.as_str()),
            },
            Expr::List(l) => l.elts.iter().for_each(|e| self.expr(e)),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.expr(e)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements);
                }
            }
        }
    }

    /// `super()` with no arguments needs `__class__` and the first argument.
    fn note_super(&mut self) {
        let mut id = self.cur;
        loop {
            let s = &mut self.t.scopes[id];
            if s.kind == ScopeKind::Function {
                s.used.insert("__class__".into());
                break;
            }
            match s.parent {
                Some(p) if s.kind == ScopeKind::Comprehension => id = p,
                _ => break,
            }
        }
        let mut id = self.cur;
        while let Some(p) = self.t.scopes[id].parent {
            if self.t.scopes[p].kind == ScopeKind::Class {
                self.t.scopes[p].uses_super = true;
                break;
            }
            id = p;
        }
    }
}

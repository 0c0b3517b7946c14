//! The built-in classes (`int`, `list`, the exception hierarchy, ...) and the
//! class machinery shared with user classes: MRO, lookup, subclass tests.

use std::collections::HashMap;
use std::rc::Rc;

use super::error::ExcKind;
use super::heap::Heap;
use super::object::*;
use super::value::Value;
use crate::compile::bytecode::{Code, CodeKind, Params};
use crate::interp::Vm;

pub struct Types {
    pub object: Value,
    pub type_: Value,
    pub int: Value,
    pub bool_: Value,
    pub float: Value,
    pub str_: Value,
    pub list: Value,
    pub tuple: Value,
    pub dict: Value,
    pub set: Value,
    pub frozenset: Value,
    pub range: Value,
    pub slice: Value,
    pub none_type: Value,
    pub function: Value,
    pub builtin_function: Value,
    pub method: Value,
    pub code: Value,
    pub cell: Value,
    pub module: Value,
    pub generator: Value,
    /// `dict_keys`, `dict_values`, `dict_items`, indexed by `ViewKind as usize`.
    pub dict_views: [Value; 3],
    pub iterators: HashMap<&'static str, Value>,
    pub exceptions: HashMap<ExcKind, Value>,
    pub empty_code_val: Value,
}

const EXCEPTION_TREE: &[(ExcKind, &str, Option<ExcKind>)] = &[
    (ExcKind::BaseException, "BaseException", None),
    (
        ExcKind::SystemExit,
        "SystemExit",
        Some(ExcKind::BaseException),
    ),
    (
        ExcKind::KeyboardInterrupt,
        "KeyboardInterrupt",
        Some(ExcKind::BaseException),
    ),
    (
        ExcKind::GeneratorExit,
        "GeneratorExit",
        Some(ExcKind::BaseException),
    ),
    (
        ExcKind::Exception,
        "Exception",
        Some(ExcKind::BaseException),
    ),
    (
        ExcKind::StopIteration,
        "StopIteration",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::StopAsyncIteration,
        "StopAsyncIteration",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::ArithmeticError,
        "ArithmeticError",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::FloatingPointError,
        "FloatingPointError",
        Some(ExcKind::ArithmeticError),
    ),
    (
        ExcKind::OverflowError,
        "OverflowError",
        Some(ExcKind::ArithmeticError),
    ),
    (
        ExcKind::ZeroDivisionError,
        "ZeroDivisionError",
        Some(ExcKind::ArithmeticError),
    ),
    (
        ExcKind::AssertionError,
        "AssertionError",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::AttributeError,
        "AttributeError",
        Some(ExcKind::Exception),
    ),
    (ExcKind::EOFError, "EOFError", Some(ExcKind::Exception)),
    (
        ExcKind::ImportError,
        "ImportError",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::ModuleNotFoundError,
        "ModuleNotFoundError",
        Some(ExcKind::ImportError),
    ),
    (
        ExcKind::LookupError,
        "LookupError",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::IndexError,
        "IndexError",
        Some(ExcKind::LookupError),
    ),
    (ExcKind::KeyError, "KeyError", Some(ExcKind::LookupError)),
    (
        ExcKind::MemoryError,
        "MemoryError",
        Some(ExcKind::Exception),
    ),
    (ExcKind::NameError, "NameError", Some(ExcKind::Exception)),
    (
        ExcKind::UnboundLocalError,
        "UnboundLocalError",
        Some(ExcKind::NameError),
    ),
    (ExcKind::OSError, "OSError", Some(ExcKind::Exception)),
    (
        ExcKind::RuntimeError,
        "RuntimeError",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::NotImplementedError,
        "NotImplementedError",
        Some(ExcKind::RuntimeError),
    ),
    (
        ExcKind::RecursionError,
        "RecursionError",
        Some(ExcKind::RuntimeError),
    ),
    (
        ExcKind::SyntaxError,
        "SyntaxError",
        Some(ExcKind::Exception),
    ),
    (ExcKind::TypeError, "TypeError", Some(ExcKind::Exception)),
    (ExcKind::ValueError, "ValueError", Some(ExcKind::Exception)),
    (
        ExcKind::UnicodeError,
        "UnicodeError",
        Some(ExcKind::ValueError),
    ),
    (
        ExcKind::BufferError,
        "BufferError",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::ReferenceError,
        "ReferenceError",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::SystemError,
        "SystemError",
        Some(ExcKind::Exception),
    ),
    (
        ExcKind::IndentationError,
        "IndentationError",
        Some(ExcKind::SyntaxError),
    ),
    (
        ExcKind::TabError,
        "TabError",
        Some(ExcKind::IndentationError),
    ),
    (
        ExcKind::BlockingIOError,
        "BlockingIOError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::ChildProcessError,
        "ChildProcessError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::ConnectionError,
        "ConnectionError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::BrokenPipeError,
        "BrokenPipeError",
        Some(ExcKind::ConnectionError),
    ),
    (
        ExcKind::ConnectionAbortedError,
        "ConnectionAbortedError",
        Some(ExcKind::ConnectionError),
    ),
    (
        ExcKind::ConnectionRefusedError,
        "ConnectionRefusedError",
        Some(ExcKind::ConnectionError),
    ),
    (
        ExcKind::ConnectionResetError,
        "ConnectionResetError",
        Some(ExcKind::ConnectionError),
    ),
    (
        ExcKind::FileExistsError,
        "FileExistsError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::FileNotFoundError,
        "FileNotFoundError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::InterruptedError,
        "InterruptedError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::IsADirectoryError,
        "IsADirectoryError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::NotADirectoryError,
        "NotADirectoryError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::PermissionError,
        "PermissionError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::ProcessLookupError,
        "ProcessLookupError",
        Some(ExcKind::OSError),
    ),
    (
        ExcKind::TimeoutError,
        "TimeoutError",
        Some(ExcKind::OSError),
    ),
    (ExcKind::Warning, "Warning", Some(ExcKind::Exception)),
    (ExcKind::UserWarning, "UserWarning", Some(ExcKind::Warning)),
    (
        ExcKind::DeprecationWarning,
        "DeprecationWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::PendingDeprecationWarning,
        "PendingDeprecationWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::SyntaxWarning,
        "SyntaxWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::RuntimeWarning,
        "RuntimeWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::FutureWarning,
        "FutureWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::ImportWarning,
        "ImportWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::UnicodeWarning,
        "UnicodeWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::BytesWarning,
        "BytesWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::ResourceWarning,
        "ResourceWarning",
        Some(ExcKind::Warning),
    ),
    (
        ExcKind::EncodingWarning,
        "EncodingWarning",
        Some(ExcKind::Warning),
    ),
];

fn new_class(
    heap: &mut Heap,
    name: &str,
    bases: Vec<Value>,
    builtin: Option<BuiltinType>,
) -> Value {
    let v = heap.alloc(ObjData::Class(Box::new(ClassObj {
        name: Mut::new(Rc::from(name)),
        qualname: Mut::new(Rc::from(name)),
        bases: bases.clone(),
        mro: Mut::new(vec![]),
        dict: Mut::new(NameMap::default()),
        builtin,
        module_name: Mut::new(Rc::from("builtins")),
        meta: std::cell::Cell::new(Value::NONE),
        subclasses: Mut::new(vec![]),
    })));
    // Built-in hierarchies are single inheritance: the MRO is the base chain.
    let mut mro = vec![v];
    if let Some(&b) = bases.first() {
        if let Some(ObjData::Class(bc)) = b.as_obj().map(|o| &o.data) {
            mro.extend(bc.mro.get().iter().copied());
        }
    }
    if let Some(ObjData::Class(c)) = v.as_obj().map(|o| &o.data) {
        *c.mro.get_mut() = mro;
    }
    for b in &bases {
        if let Some(ObjData::Class(bc)) = b.as_obj().map(|o| &o.data) {
            bc.subclasses.get_mut().push(v);
        }
    }
    v
}

impl Types {
    pub fn bootstrap(heap: &mut Heap) -> Types {
        use BuiltinType as B;
        let object = new_class(heap, "object", vec![], Some(B::Object));
        let mk = |heap: &mut Heap, name: &str, b: BuiltinType| {
            new_class(heap, name, vec![object], Some(b))
        };
        let int = mk(heap, "int", B::Int);
        let bool_ = new_class(heap, "bool", vec![int], Some(B::Bool));
        let mut iterators = HashMap::new();
        for name in [
            "range_iterator",
            "list_iterator",
            "tuple_iterator",
            "str_ascii_iterator",
            "dict_keyiterator",
            "dict_valueiterator",
            "dict_itemiterator",
            "set_iterator",
            "list_reverseiterator",
            "reversed",
            "enumerate",
            "zip",
            "map",
            "filter",
            "callable_iterator",
            "iterator",
        ] {
            iterators.insert(name, mk(heap, name, B::Iterator));
        }
        let mut exceptions = HashMap::new();
        for (kind, name, parent) in EXCEPTION_TREE {
            let base = match parent {
                Some(p) => exceptions[p],
                None => object,
            };
            let c = new_class(heap, name, vec![base], Some(B::BaseException));
            exceptions.insert(*kind, c);
        }
        let empty_code = Code {
            name: Rc::from("<native>"),
            qualname: Rc::from("<native>"),
            filename: Rc::from("<native>"),
            kind: CodeKind::Module,
            instrs: vec![],
            lines: vec![],
            consts: vec![],
            names: vec![],
            params: Params::default(),
            nregs: 1,
            local_names: vec![],
            cell_regs: vec![],
            free_start: 0,
            nfree: 0,
            handlers: vec![],
            first_line: 0,
            is_generator: false,
            first_param_fixed: false,
            doc: None,
            attr_cache: vec![],
            hot: vec![],
            entry_hot: std::cell::Cell::new(0),
        };
        let empty_code_val = heap.alloc(ObjData::Code(Box::new(empty_code)));
        Types {
            object,
            type_: mk(heap, "type", B::Type),
            int,
            bool_,
            float: mk(heap, "float", B::Float),
            str_: mk(heap, "str", B::Str),
            list: mk(heap, "list", B::List),
            tuple: mk(heap, "tuple", B::Tuple),
            dict: mk(heap, "dict", B::Dict),
            set: mk(heap, "set", B::Set),
            frozenset: mk(heap, "frozenset", B::FrozenSet),
            range: mk(heap, "range", B::Range),
            slice: mk(heap, "slice", B::Slice),
            none_type: mk(heap, "NoneType", B::NoneType),
            function: mk(heap, "function", B::Function),
            builtin_function: mk(heap, "builtin_function_or_method", B::BuiltinFunction),
            method: mk(heap, "method", B::Method),
            code: mk(heap, "code", B::Code),
            cell: mk(heap, "cell", B::Cell),
            module: mk(heap, "module", B::Module),
            generator: mk(heap, "generator", B::Generator),
            dict_views: [
                mk(heap, "dict_keys", B::DictView),
                mk(heap, "dict_values", B::DictView),
                mk(heap, "dict_items", B::DictView),
            ],
            iterators,
            exceptions,
            empty_code_val,
        }
    }

    pub fn exc(&self, kind: ExcKind) -> Value {
        self.exceptions[&kind]
    }

    pub fn empty_code(&self) -> &'static Code {
        crate::interp::call::code_of(self.empty_code_val)
    }

    pub fn roots(&self, out: &mut Vec<Value>) {
        out.extend([
            self.object,
            self.type_,
            self.int,
            self.bool_,
            self.float,
            self.str_,
            self.list,
            self.tuple,
            self.dict,
            self.set,
            self.frozenset,
            self.range,
            self.slice,
            self.none_type,
            self.function,
            self.builtin_function,
            self.method,
            self.code,
            self.cell,
            self.module,
            self.generator,
            self.empty_code_val,
        ]);
        out.extend(self.dict_views);
        out.extend(self.iterators.values().copied());
        out.extend(self.exceptions.values().copied());
    }
}

pub fn class_of(v: Value) -> Option<&'static ClassObj> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Class(c)) => Some(c),
        _ => None,
    }
}

impl Vm {
    pub fn type_of(&self, v: Value) -> Value {
        let t = &self.types;
        if v.is_float() {
            return t.float;
        }
        if v.is_int() {
            return t.int;
        }
        if v.is_bool() {
            return t.bool_;
        }
        if v.is_none() {
            return t.none_type;
        }
        let Some(o) = v.as_obj() else {
            return t.object;
        };
        match &o.data {
            ObjData::Str(_) => t.str_,
            ObjData::BigInt(_) => t.int,
            ObjData::List(_) => t.list,
            ObjData::Tuple(_) => t.tuple,
            ObjData::Dict(_) => t.dict,
            ObjData::Set(_) => t.set,
            ObjData::FrozenSet(_) => t.frozenset,
            ObjData::Range(_) => t.range,
            ObjData::Slice(..) => t.slice,
            ObjData::Function(_) => t.function,
            ObjData::Native(_) => t.builtin_function,
            ObjData::BoundMethod(..) => t.method,
            ObjData::Code(_) => t.code,
            ObjData::Cell(_) => t.cell,
            ObjData::Class(c) => {
                let m = c.meta.get();
                if m.is_none() {
                    t.type_
                } else {
                    m
                }
            }
            ObjData::Instance(i) => i.class.get(),
            ObjData::Module(_) => t.module,
            ObjData::Generator(_) => t.generator,
            ObjData::DictView(kind, _) => t.dict_views[*kind as usize],
            ObjData::Iter(st) => {
                let name = match st.get() {
                    IterState::Range { .. } => "range_iterator",
                    IterState::Seq { seq, .. } => match seq.as_obj().map(|o| &o.data) {
                        Some(ObjData::Tuple(_)) => "tuple_iterator",
                        Some(ObjData::Str(_)) => "str_ascii_iterator",
                        _ => "list_iterator",
                    },
                    IterState::Str { .. } => "str_ascii_iterator",
                    IterState::DictKeys { .. } => "dict_keyiterator",
                    IterState::DictValues { .. } => "dict_valueiterator",
                    IterState::DictItems { .. } => "dict_itemiterator",
                    IterState::Set { .. } => "set_iterator",
                    IterState::Reversed { .. } => "list_reverseiterator",
                    IterState::Enumerate { .. } => "enumerate",
                    IterState::Zip { .. } => "zip",
                    IterState::Map { .. } => "map",
                    IterState::Filter { .. } => "filter",
                    IterState::Callable { .. } => "callable_iterator",
                    IterState::Exhausted => "iterator",
                };
                t.iterators[name]
            }
        }
    }

    pub fn class_name(&self, cls: Value) -> Rc<str> {
        class_of(cls)
            .map(|c| c.name.get().clone())
            .unwrap_or_else(|| Rc::from("?"))
    }

    pub fn type_name(&self, v: Value) -> Rc<str> {
        self.class_name(self.type_of(v))
    }

    pub fn mro_of(&self, cls: Value) -> Vec<Value> {
        class_of(cls)
            .map(|c| c.mro.get().clone())
            .unwrap_or_default()
    }

    /// Finds `name` along the class's MRO.
    pub fn class_lookup(&self, cls: Value, name: &str) -> Option<Value> {
        let c = class_of(cls)?;
        for &k in c.mro.get().iter() {
            if let Some(kc) = class_of(k) {
                if let Some(&v) = kc.dict.get().get(name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// A special method defined on the value's class (never on the instance).
    pub fn lookup_special(&self, v: Value, name: &str) -> Option<Value> {
        let cls = self.type_of(v);
        self.class_lookup(cls, name)
    }

    pub fn is_subclass(&self, cls: Value, base: Value) -> bool {
        if cls == base {
            return true;
        }
        class_of(cls)
            .map(|c| c.mro.get().contains(&base))
            .unwrap_or(false)
    }

    pub fn is_instance_of(&self, v: Value, cls: Value) -> bool {
        let t = self.type_of(v);
        self.is_subclass(t, cls)
    }

    /// The built-in base class (other than `object` and exceptions) of a user class.
    pub fn builtin_base_needing_payload(&self, cls: Value) -> Option<(Value, BuiltinType)> {
        let c = class_of(cls)?;
        if c.builtin.is_some() {
            return None;
        }
        for &k in c.mro.get().iter().skip(1) {
            if let Some(kc) = class_of(k) {
                match kc.builtin {
                    None | Some(BuiltinType::Object) | Some(BuiltinType::BaseException) => {}
                    Some(b) => return Some((k, b)),
                }
            }
        }
        None
    }

    pub fn class_is_exception(&self, cls: Value) -> bool {
        self.is_subclass(cls, self.types.exc(ExcKind::BaseException))
    }

    /// C3 linearization, with CPython's error for an inconsistent hierarchy.
    pub fn compute_mro(&self, cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].contains(b) {
                let n = self.class_name(*b);
                return Err(PyErr::type_error(format!("duplicate base class {n}")));
            }
        }
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| self.mro_of(b)).collect();
        seqs.push(bases.to_vec());
        let mut out = vec![cls];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut chosen = None;
            for s in &seqs {
                let head = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&head)) {
                    chosen = Some(head);
                    break;
                }
            }
            let Some(h) = chosen else {
                let names: Vec<String> = bases
                    .iter()
                    .map(|&b| self.class_name(b).to_string())
                    .collect();
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(h);
            for s in seqs.iter_mut() {
                if s[0] == h {
                    s.remove(0);
                }
            }
        }
    }

    pub fn set_class_attr(&mut self, cls: Value, name: &str, v: Value) {
        self.class_epoch = self.class_epoch.wrapping_add(1);
        // Methods of the built-in value types act on a subclass instance's payload.
        let value_type = class_of(cls).and_then(|c| c.builtin).is_some_and(|b| {
            matches!(
                b,
                BuiltinType::Int
                    | BuiltinType::Float
                    | BuiltinType::Str
                    | BuiltinType::List
                    | BuiltinType::Tuple
                    | BuiltinType::Dict
                    | BuiltinType::Set
                    | BuiltinType::FrozenSet
            )
        });
        let v = match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Native(n)) if value_type && n.receiver.is_empty() && !n.binds_payload => {
                self.heap.alloc(ObjData::Native(NativeObj {
                    name: n.name,
                    func: n.func,
                    receiver: Value::EMPTY,
                    binds_payload: true,
                }))
            }
            _ => v,
        };
        if let Some(c) = class_of(cls) {
            c.dict.get_mut().insert(Rc::from(name), v);
        }
    }
}

/// Registers the methods of the built-in types in their class dicts.
pub fn install_methods(vm: &mut Vm) {
    super::methods::install(vm);
}

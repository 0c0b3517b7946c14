//! Heap objects: one header and one payload per Python object.
//!
//! Every object lives in a `Box<Obj>` owned by the heap (see `heap.rs`) and is reached
//! through `Value`s. Payloads that Python code mutates sit in a `Mut<T>`: the VM is
//! single-threaded and never holds a mutable borrow across a call that can run Python
//! code on the same object (list sorting, for example, works on a taken-out copy).

use std::cell::{Cell, UnsafeCell};
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;

use super::value::Value;
use crate::compile::bytecode::Code;
use crate::runtime::dict::DictObj;
use crate::runtime::set::SetObj;

/// Maps keyed by identifier (attributes, class dicts, global slots): insertion
/// ordered, with a fast non-cryptographic hash (these keys are program names).
pub type NameMap<V> = IndexMap<Rc<str>, V, BuildHasherDefault<NameHasher>>;

/// FNV-1a, enough for short identifier keys.
pub struct NameHasher(u64);

impl Default for NameHasher {
    fn default() -> Self {
        NameHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
}

/// Interior mutability without a borrow flag, for object payloads.
pub struct Mut<T>(UnsafeCell<T>);

impl<T> Mut<T> {
    pub fn new(v: T) -> Self {
        Mut(UnsafeCell::new(v))
    }
    #[inline(always)]
    pub fn get(&self) -> &T {
        // SAFETY: single-threaded; see the module comment for the borrow discipline.
        unsafe { &*self.0.get() }
    }
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn get_mut(&self) -> &mut T {
        // SAFETY: single-threaded; callers never keep this borrow across a call that
        // could reach the same object (see the module comment).
        unsafe { &mut *self.0.get() }
    }
}

pub struct Obj {
    pub marked: Cell<bool>,
    pub data: ObjData,
}

pub type NativeFn = fn(&mut crate::interp::Vm, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// `repr(u8)` gives the enum a defined layout (a `u8` discriminant first, then the
/// variant's fields as a `repr(C)` struct), which compiled traces rely on to test
/// for a list without a call (see `jit::layout`).
#[repr(u8)]
pub enum ObjData {
    Str(StrObj),
    BigInt(BigInt),
    List(Mut<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(Box<Mut<DictObj>>),
    Set(Box<Mut<SetObj>>),
    FrozenSet(Box<SetObj>),
    Range(Box<RangeObj>),
    Slice(Value, Value, Value),
    Function(Box<FunctionObj>),
    Native(NativeObj),
    BoundMethod(Value, Value),
    Code(Box<Code>),
    Cell(Cell<Value>),
    Class(Box<ClassObj>),
    Instance(InstanceObj),
    Iter(Mut<IterState>),
    Module(Box<ModuleObj>),
    Generator(Box<Mut<GenState>>),
    /// `d.keys()`, `d.values()`, `d.items()`: a live view of the dict.
    DictView(ViewKind, Value),
}

/// Which dict view a `DictView` is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenStatus {
    Created,
    Suspended,
    Running,
    Done,
}

/// A generator's suspended frame: its registers live here between resumptions.
pub struct GenState {
    pub func: Value,
    pub code: Value,
    pub module: Value,
    pub saved: Vec<Value>,
    pub pc: usize,
    /// Register that receives the value sent in at the next resumption.
    pub resume_dst: u16,
    pub status: GenStatus,
    /// The value of `return` once finished (StopIteration.value).
    pub result: Value,
}

pub struct StrObj {
    pub s: Box<str>,
    /// Cached hash; 0 means not yet computed (a real hash of 0 is just recomputed).
    pub hash: Cell<i64>,
    pub nchars: usize,
}

impl StrObj {
    pub fn new(s: Box<str>) -> Self {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            hash: Cell::new(0),
            nchars,
        }
    }
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
}

/// A range; bounds are 128-bit so ranges past 2**63 work (`range(0, 10**20, 3)`).
#[derive(Clone, Copy)]
pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeObj {
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn item(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
    /// The bounds as i64 when the whole range fits (the fast iteration path).
    pub fn as_i64(&self) -> Option<(i64, i64, i64)> {
        Some((
            i64::try_from(self.start).ok()?,
            i64::try_from(self.stop).ok()?,
            i64::try_from(self.step).ok()?,
        ))
    }
}

pub struct FunctionObj {
    pub code: Value,
    pub name: Mut<Rc<str>>,
    pub qualname: Rc<str>,
    pub module: Value,
    pub defaults: Box<[Value]>,
    /// Keyword-only defaults by parameter name.
    pub kwdefaults: Box<[(Rc<str>, Value)]>,
    pub closure: Box<[Value]>,
    pub attrs: Mut<NameMap<Value>>,
}

pub struct NativeObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound receiver for methods of built-in types (`[].append`), else EMPTY.
    pub receiver: Value,
    /// A method of a built-in type that works on the built-in value: called with an
    /// instance of a subclass (`dict.pop(ordered_dict, k)`), it gets the payload.
    pub binds_payload: bool,
}

pub struct ClassObj {
    /// `__name__`, `__qualname__` and `__module__`: Python code may assign them.
    pub name: Mut<Rc<str>>,
    pub qualname: Mut<Rc<str>>,
    pub bases: Vec<Value>,
    pub mro: Mut<Vec<Value>>,
    pub dict: Mut<NameMap<Value>>,
    pub builtin: Option<BuiltinType>,
    pub module_name: Mut<Rc<str>>,
    /// The metaclass; NONE means `type`.
    pub meta: Cell<Value>,
    /// Direct subclasses, in creation order (`type.__subclasses__()`).
    pub subclasses: Mut<Vec<Value>>,
}

/// The built-in types whose instances are not `Instance` objects.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum BuiltinType {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    NoneType,
    Function,
    BuiltinFunction,
    Method,
    Code,
    Cell,
    Iterator,
    Module,
    Generator,
    /// `dict_keys`, `dict_values`, `dict_items`.
    DictView,
    /// `BaseException` and every built-in exception class (their instances are
    /// `Instance` objects with exception state).
    BaseException,
}

pub struct InstanceObj {
    /// Its class: `obj.__class__ = C` may change it (`Vm::assign_class`).
    pub class: std::cell::Cell<Value>,
    pub attrs: Mut<super::shape::AttrStore>,
    pub exc: Option<Box<Mut<ExcState>>>,
    /// For instances of subclasses of built-in types (`class L(list)`), the
    /// built-in value that holds the data; EMPTY otherwise.
    pub payload: Value,
}

/// The state every exception instance carries.
pub struct ExcState {
    pub args: Value,
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Value,
    pub line: u32,
}

pub enum IterState {
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    Seq {
        seq: Value,
        idx: usize,
    },
    Str {
        s: Value,
        byte_idx: usize,
    },
    DictKeys {
        dict: Value,
        idx: usize,
        len: usize,
    },
    DictValues {
        dict: Value,
        idx: usize,
        len: usize,
    },
    DictItems {
        dict: Value,
        idx: usize,
        len: usize,
    },
    Set {
        set: Value,
        idx: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    /// `strict`: `zip(..., strict=True)` checks that all inputs end together.
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

pub struct ModuleObj {
    pub name: Rc<str>,
    pub globals: Mut<Globals>,
}

/// A module's global namespace: names map to stable slots so that compiled code
/// addresses a global by index.
#[derive(Default)]
pub struct Globals {
    pub slots: NameMap<usize>,
    pub values: Vec<Value>,
    /// Whether the slot currently shows the builtin of the same name (it is not a
    /// real global, so `del` of it fails and a later store shadows it).
    pub from_builtins: Vec<bool>,
}

impl Globals {
    pub fn slot(&mut self, name: &str) -> usize {
        if let Some(&i) = self.slots.get(name) {
            return i;
        }
        let i = self.values.len();
        self.slots.insert(Rc::from(name), i);
        self.values.push(Value::EMPTY);
        self.from_builtins.push(false);
        i
    }
    pub fn get(&self, name: &str) -> Option<Value> {
        let &i = self.slots.get(name)?;
        let v = self.values[i];
        if v.is_empty() || self.from_builtins[i] {
            None
        } else {
            Some(v)
        }
    }
    pub fn name_of(&self, slot: usize) -> &Rc<str> {
        self.slots
            .get_index(slot)
            .map(|(k, _)| k)
            .expect("slot exists")
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// An exception on its way up: either still a native error (materialized only when
/// Python code can observe it) or an exception instance.
#[derive(Debug)]
pub enum PyErr {
    Native(super::error::RtError),
    Raised(Value),
}

impl From<super::error::RtError> for PyErr {
    fn from(e: super::error::RtError) -> Self {
        PyErr::Native(e)
    }
}

impl PyErr {
    pub fn new(kind: super::error::ExcKind, msg: impl Into<String>) -> Self {
        PyErr::Native(super::error::RtError::new(kind, msg))
    }
    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new(super::error::ExcKind::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> Self {
        Self::new(super::error::ExcKind::ValueError, msg)
    }
}

#[cfg(test)]
mod size_tests {
    use super::*;

    #[test]
    fn print_sizes() {
        eprintln!(
            "Obj={} ObjData={} Class={} Func={} Inst={} Dict={} Set={} Module={} Gen={} Iter={} Str={} Native={}",
            std::mem::size_of::<Obj>(),
            std::mem::size_of::<ObjData>(),
            std::mem::size_of::<ClassObj>(),
            std::mem::size_of::<FunctionObj>(),
            std::mem::size_of::<InstanceObj>(),
            std::mem::size_of::<Mut<DictObj>>(),
            std::mem::size_of::<Mut<SetObj>>(),
            std::mem::size_of::<ModuleObj>(),
            std::mem::size_of::<Mut<GenState>>(),
            std::mem::size_of::<Mut<IterState>>(),
            std::mem::size_of::<StrObj>(),
            std::mem::size_of::<NativeObj>(),
        );
    }
}

//! Runtime errors raised by native code before they become Python exception objects.
//!
//! Pure helpers (number formatting, integer semantics, containers) return `RtError`;
//! the interpreter turns it into an instance of the matching built-in exception class.

use std::fmt;

/// The built-in exception classes that native code can raise directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcKind {
    BaseException,
    Exception,
    ArithmeticError,
    LookupError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    ZeroDivisionError,
    AttributeError,
    NameError,
    UnboundLocalError,
    RuntimeError,
    RecursionError,
    StopIteration,
    AssertionError,
    NotImplementedError,
    OverflowError,
    MemoryError,
    ImportError,
    ModuleNotFoundError,
    UnicodeError,
    SyntaxError,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    StopAsyncIteration,
    OSError,
    EOFError,
    BufferError,
    ReferenceError,
    SystemError,
    FloatingPointError,
    IndentationError,
    TabError,
    BlockingIOError,
    ChildProcessError,
    ConnectionError,
    BrokenPipeError,
    ConnectionAbortedError,
    ConnectionRefusedError,
    ConnectionResetError,
    FileExistsError,
    FileNotFoundError,
    InterruptedError,
    IsADirectoryError,
    NotADirectoryError,
    PermissionError,
    ProcessLookupError,
    TimeoutError,
    Warning,
    UserWarning,
    DeprecationWarning,
    PendingDeprecationWarning,
    SyntaxWarning,
    RuntimeWarning,
    FutureWarning,
    ImportWarning,
    UnicodeWarning,
    BytesWarning,
    ResourceWarning,
    EncodingWarning,
}

/// An exception raised by native code: its class and its message (`str(exc)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RtError {
    pub kind: ExcKind,
    pub msg: String,
}

impl RtError {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Self {
        RtError {
            kind,
            msg: msg.into(),
        }
    }
    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::ValueError, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::OverflowError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::ZeroDivisionError, msg)
    }
}

impl fmt::Display for RtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

pub type RtResult<T> = Result<T, RtError>;

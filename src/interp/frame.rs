//! A frame: a window of registers in the register stack, plus the code object, the
//! resume pc and where its result goes.

use crate::compile::bytecode::Code;
use crate::runtime::value::Value;

pub struct Frame {
    pub code: &'static Code,
    /// The code object's heap value (keeps `code` alive for the collector).
    pub code_val: Value,
    /// The function being run (closure cells, defaults), or EMPTY for module code.
    pub func: Value,
    /// The module whose globals the code uses.
    pub module: Value,
    /// First register of the window.
    pub base: usize,
    pub pc: usize,
    /// Absolute register receiving the return value in the caller's window.
    pub ret_slot: usize,
    /// Returning from this frame leaves the dispatch loop (native code called it).
    pub returns_to_native: bool,
    /// An `__init__` frame: its result is checked to be None and replaced by `self`.
    pub init_self: Value,
    /// The generator this frame runs, or EMPTY.
    pub generator: Value,
}

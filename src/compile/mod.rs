//! The compiler: scope analysis (`scope`), code generation (`codegen`) and the
//! bytecode it produces (`bytecode`).

pub mod bytecode;
pub mod codegen;
pub mod scope;

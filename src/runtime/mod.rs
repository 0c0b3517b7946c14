//! The runtime: value representation, heap and collector, objects, operators,
//! builtins and the built-in types' methods.

pub mod attrs;
pub mod builtins;
pub mod containers;
pub mod descriptors;
pub mod dict;
pub mod error;
pub mod hash;
pub mod heap;
pub mod intops;
pub mod limits;
pub mod methods;
pub mod modules;
pub mod numfmt;
pub mod object;
pub mod ops;
pub mod platform;
pub mod set;
pub mod settable;
pub mod shape;
pub mod strmethods;
pub mod strrepr;
pub mod types;
pub mod unicode_tables;
pub mod value;

//! The payload of `set` and `frozenset`: a CPython-layout table (`settable.rs`)
//! of values. Key equality here is the VM's side-effect-free equality
//! (`Vm::pure_eq`), passed in by the caller.

use super::settable::SetTable;
use super::value::Value;

pub type KeyEq<'a> = &'a mut dyn FnMut(&Value, &Value) -> Result<bool, ()>;

#[derive(Default)]
pub struct SetObj {
    pub table: SetTable<Value>,
}

impl Clone for SetObj {
    fn clone(&self) -> Self {
        SetObj {
            table: self.table.copy(),
        }
    }
}

impl SetObj {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn from_table(table: SetTable<Value>) -> Self {
        SetObj { table }
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    pub fn contains(&self, hash: i64, key: Value, eq: KeyEq) -> bool {
        self.table.contains(hash, &key, eq).unwrap_or(false)
    }
    /// Adds the key; returns whether it was new.
    pub fn insert(&mut self, hash: i64, key: Value, eq: KeyEq) -> bool {
        self.table.insert(hash, key, eq).unwrap_or(false)
    }
    pub fn remove(&mut self, hash: i64, key: Value, eq: KeyEq) -> bool {
        matches!(self.table.remove(hash, &key, eq), Ok(Some(_)))
    }
    pub fn pop(&mut self) -> Option<Value> {
        self.table.pop().map(|(_, k)| k)
    }
    pub fn clear(&mut self) {
        self.table.clear()
    }
    /// The next live entry at or after slot `pos`, and the position after it.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        self.table.next_entry(pos).map(|(next, _, k)| (next, *k))
    }
    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.table.iter().map(|(_, k)| *k)
    }
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter().map(|(h, k)| (h, *k))
    }
    pub fn trace(&self, p: &mut impl FnMut(Value)) {
        self.table.iter().for_each(|(_, k)| p(*k))
    }
}

//! The payload of `set` and `frozenset`.

use super::dict::DictObj;
use super::value::Value;

#[derive(Default, Clone)]
pub struct SetObj {
    table: DictObj,
}

impl SetObj {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn len(&self) -> usize {
        self.table.len()
    }
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
    pub fn version(&self) -> u64 {
        self.table.version
    }
    pub fn contains(&self, hash: i64, eq: &mut dyn FnMut(Value) -> bool) -> bool {
        self.table.find(hash, eq).is_some()
    }
    /// Adds the key; returns whether it was new.
    pub fn insert(&mut self, hash: i64, key: Value, eq: &mut dyn FnMut(Value) -> bool) -> bool {
        if self.table.find(hash, eq).is_some() {
            return false;
        }
        self.table.insert(hash, key, Value::NONE, &mut |_| false);
        true
    }
    pub fn remove(&mut self, hash: i64, eq: &mut dyn FnMut(Value) -> bool) -> bool {
        self.table.remove(hash, eq).is_some()
    }
    pub fn pop(&mut self) -> Option<Value> {
        let (k, _) = self.table.entry_at(0)?;
        let h = self.table.hash_at(0);
        self.table.remove(h, &mut |x| x == k);
        Some(k)
    }
    pub fn clear(&mut self) {
        self.table.clear()
    }
    pub fn item_at(&self, i: usize) -> Option<Value> {
        self.table.entry_at(i).map(|(k, _)| k)
    }
    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.table.keys()
    }
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter_hashed().map(|(h, k, _)| (h, k))
    }
    pub fn trace(&self, p: &mut impl FnMut(Value)) {
        self.table.keys().for_each(p)
    }
}

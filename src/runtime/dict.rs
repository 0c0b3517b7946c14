//! The table behind `dict`: insertion-ordered, keyed by Python hash and equality.
//!
//! The table stores each key's Python hash and asks the caller for key equality
//! (`eq`), because equality of Python values is the VM's business.

use std::hash::{BuildHasherDefault, Hasher};

use indexmap::map::RawEntryApiV1;
use indexmap::IndexMap;

use super::value::Value;

/// Passes the precomputed Python hash through unchanged.
#[derive(Default)]
pub struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = spread(i);
    }
}

/// Python hashes of small ints are the ints themselves; spread them over the bits
/// the hash table looks at.
#[inline(always)]
fn spread(h: i64) -> u64 {
    (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[derive(Clone, Copy)]
pub struct DictKey {
    pub hash: i64,
    pub key: Value,
}

impl std::hash::Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash)
    }
}
impl PartialEq for DictKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.key == other.key
    }
}
impl Eq for DictKey {}

type Map = IndexMap<DictKey, Value, BuildHasherDefault<PassThroughHasher>>;

#[derive(Default)]
pub struct DictObj {
    map: Map,
    /// Bumped on every insertion of a new key or removal, so iterators can detect
    /// "dictionary changed size during iteration".
    pub version: u64,
    /// For the dict an instance's `__dict__` returns: the instance. Stores and
    /// deletions through the dict are applied to the instance's attributes too.
    pub owner: Option<Value>,
}

/// A copy is a plain dict: it no longer writes through to an instance.
impl Clone for DictObj {
    fn clone(&self) -> Self {
        DictObj {
            map: self.map.clone(),
            version: self.version,
            owner: None,
        }
    }
}

impl DictObj {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn with_capacity(n: usize) -> Self {
        DictObj {
            map: Map::with_capacity_and_hasher(n, Default::default()),
            version: 0,
            owner: None,
        }
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn find(&self, hash: i64, eq: &mut dyn FnMut(Value) -> bool) -> Option<usize> {
        self.map
            .raw_entry_v1()
            .index_from_hash(spread(hash), |k| k.hash == hash && eq(k.key))
    }

    pub fn get(&self, hash: i64, eq: &mut dyn FnMut(Value) -> bool) -> Option<Value> {
        self.find(hash, eq).map(|i| self.map[i])
    }

    /// Inserts or overwrites; an existing key keeps its position (and its key object).
    pub fn insert(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        eq: &mut dyn FnMut(Value) -> bool,
    ) {
        if let Some(i) = self.find(hash, eq) {
            self.map[i] = value;
        } else {
            self.map.insert(DictKey { hash, key }, value);
            self.version += 1;
        }
    }

    pub fn remove(
        &mut self,
        hash: i64,
        eq: &mut dyn FnMut(Value) -> bool,
    ) -> Option<(Value, Value)> {
        let i = self.find(hash, eq)?;
        let (k, v) = self.map.shift_remove_index(i)?;
        self.version += 1;
        Some((k.key, v))
    }

    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let (k, v) = self.map.pop()?;
        self.version += 1;
        Some((k.key, v))
    }

    pub fn clear(&mut self) {
        self.map.clear();
        self.version += 1;
    }

    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.map.get_index(i).map(|(k, v)| (k.key, *v))
    }
    pub fn hash_at(&self, i: usize) -> i64 {
        self.map.get_index(i).map(|(k, _)| k.hash).unwrap_or(0)
    }
    pub fn set_value_at(&mut self, i: usize, v: Value) {
        if let Some((_, slot)) = self.map.get_index_mut(i) {
            *slot = v;
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.map.keys().map(|k| k.key)
    }
    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.map.values().copied()
    }
    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.map.iter().map(|(k, v)| (k.key, *v))
    }
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, Value, Value)> + '_ {
        self.map.iter().map(|(k, v)| (k.hash, k.key, *v))
    }

    pub fn trace(&self, p: &mut impl FnMut(Value)) {
        if let Some(o) = self.owner {
            p(o);
        }
        for (k, v) in self.map.iter() {
            p(k.key);
            p(*v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::from_small_int(i)
    }

    #[test]
    fn keeps_insertion_order_and_overwrites_in_place() {
        let mut d = DictObj::new();
        for i in [5, 1, 3] {
            d.insert(i, int(i), int(i * 10), &mut |k| k == int(i));
        }
        d.insert(1, int(1), int(99), &mut |k| k == int(1));
        let keys: Vec<i64> = d.keys().map(|k| k.as_int()).collect();
        assert_eq!(keys, vec![5, 1, 3]);
        assert_eq!(d.get(1, &mut |k| k == int(1)), Some(int(99)));
        assert!(d.remove(5, &mut |k| k == int(5)).is_some());
        d.insert(5, int(5), int(0), &mut |k| k == int(5));
        let keys: Vec<i64> = d.keys().map(|k| k.as_int()).collect();
        assert_eq!(keys, vec![1, 3, 5]);
    }
}

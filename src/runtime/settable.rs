//! The hash table behind `set` and `frozenset`, laid out like CPython 3.11's
//! `Objects/setobject.c`, so that iteration order (and therefore `repr`, `pop()`
//! and the order of every set operation's result) is exactly CPython's.
//!
//! The table is generic: each entry is `(hash, key)`; keys are opaque. Equality can
//! run user code and fail, so every operation that may compare keys takes
//! `eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>`. It is called only when two hashes
//! are equal, always as `eq(stored_key, probe_key)` (CPython's
//! `PyObject_RichCompareBool(startkey, key, Py_EQ)` argument order); identity and
//! the str fast path are the caller's business inside `eq`. The callback cannot
//! reach the table being probed (it is borrowed), so CPython's "the comparison
//! mutated the set, restart the probe" case cannot occur here; a caller that keeps
//! tables in `RefCell`s should turn a failed `try_borrow_mut` from inside `eq`
//! into a `RuntimeError`.
//!
//! The `*_items` helpers take `Result<(hash, key), E>` items so that a failure
//! to iterate or hash stops them at the right moment. When producing an item
//! needs the same `&mut` interpreter state as `eq` (a Python iterator, `__hash__`),
//! write the loop by hand: each helper's documentation says which primitive
//! steps (`insert`, `remove`, `contains`, `presize_for_dict_update`,
//! `finish_difference_update`, `replace_with`) it performs, in what order.
//!
//! # Layout rules reproduced
//! - The table starts with 8 slots; sizes are powers of two; `mask = size - 1`.
//! - Probing: start at `hash & mask`, look at that slot and the next
//!   [`LINEAR_PROBES`] (9) slots when they fit below `mask` (no wrap-around),
//!   then `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask` with `perturb`
//!   starting as the hash reinterpreted as unsigned 64-bit.
//! - Removal leaves a dummy. Adding a new key reuses the *last* dummy seen on its
//!   probe path before the terminating empty slot (this is what 3.11 does); only
//!   a never-used slot increments `fill`.
//! - After filling a never-used slot, if `fill * 5 >= mask * 3` the table is
//!   rebuilt for `used > 50000 ? used * 2 : used * 4`: the new size is the
//!   smallest power of two ≥ 8 that is *greater* than that. Rebuilding
//!   reinserts the live entries in old slot order without comparisons. A rebuild
//!   that would keep an 8-slot table without dummies is skipped.
//! - `pop()` scans from a "finger" (the slot after the last popped one, masked
//!   to the current size); `clear()` does *not* reset the finger, and neither does
//!   `intersection_update` (CPython swaps table bodies but not the finger).
//! - Merging a set into a set (`update`, `copy`, `set(s)`, `s | t`): one presize
//!   step `(fill + other.len) * 5 >= mask * 3 -> rebuild for (len + other.len) * 2`;
//!   then, if the target is empty, either a slot-for-slot copy (same size, source
//!   without dummies) or comparison-free insertion in source slot order;
//!   otherwise ordinary insertion in source slot order.
//!
//! # What CPython does for each Python-level operation
//! Set operands (`set`/`frozenset`, subclasses included) use the `*_set`/set-set
//! methods below. Where CPython special-cases "the other operand *is* this very
//! object", the `&self, &Self` methods detect it with `std::ptr::eq` (so pass the
//! same reference when both operands are the same Python object); the
//! `&mut self` methods cannot be handed themselves, so call the `*_self`
//! method instead:
//!
//! | Python | here |
//! | --- | --- |
//! | `set()`, `frozenset()` | [`SetTable::new`] |
//! | `set(s)`, `frozenset(s)`, `s.copy()` (s a set) | [`SetTable::copy`] |
//! | `set(iterable)` (not a set, not an exact dict) | [`SetTable::new`] + [`SetTable::insert`] per item, or [`SetTable::from_items`] |
//! | `set(d)` (exact dict) | [`SetTable::from_dict_items`] (presize with `len(d)`, then insert in dict order) |
//! | `{a, b}` display, comprehension, `{*x}` | `new` + `insert` per element / `update_from_*` per starred operand |
//! | `{c1, c2, c3, ...}` display with >2 elements, all constants | [`SetTable::constant_set_display`] |
//! | `for x in {c1, ...}`, `x in {c1, ...}` (constants) | [`SetTable::constant_frozenset`] |
//! | `s.add(x)` | [`SetTable::insert`] |
//! | `s.discard(x)`, `s.remove(x)` | [`SetTable::remove`] (KeyError is the caller's) |
//! | `s.pop()` | [`SetTable::pop`] (KeyError "pop from an empty set" on `None`) |
//! | `s.clear()` | [`SetTable::clear`] |
//! | `s.__init__(it)` on an existing set | `if fill() > 0 { clear() }`, then as `set(it)` |
//! | `s.update(t)`, `s \|= t` | [`SetTable::update_from_set`]; `t is s`: nothing to do |
//! | `s.update(it)` | `insert` per item; exact dict: [`SetTable::update_from_dict_items`] |
//! | `s \| t`, `s.union(t, ...)` | [`SetTable::union`] (copy, then merge each); other iterables: `copy()` then as `update` |
//! | `s & t`, `s.intersection(t)` | [`SetTable::intersection`]; non-set: [`SetTable::intersection_items`] |
//! | `s.intersection(a, b)` | fold: `intersection(s, a)`, then `intersection(result, b)`; no args: `copy()` |
//! | `s &= t`, `s.intersection_update(...)` | compute as above, then [`SetTable::replace_with`]; `t is s`: [`SetTable::intersection_update_self`] |
//! | `s - t`, `s.difference(t)` | [`SetTable::difference`]; exact dict: see [`SetTable::difference_copies_first`]; other iterables: [`SetTable::difference_items`] |
//! | `s.difference(a, b)` | `difference(s, a)`, then `difference_update_*(result, b)` |
//! | `s -= t`, `s.difference_update(t)` | [`SetTable::difference_update_set`]; non-set: [`SetTable::difference_update_items`]; `t is s`: [`SetTable::clear`] |
//! | `s ^ t`, `s.symmetric_difference(t)` | [`SetTable::symmetric_difference`]; non-set: `r = set(t)` (dict: presized), then `r.symmetric_difference_update_set(s)` |
//! | `s ^= t`, `s.symmetric_difference_update(t)` | [`SetTable::symmetric_difference_update_set`]; exact dict: [`SetTable::symmetric_difference_update_items`] in dict order; other iterables: build `set(t)` first; `t is s`: [`SetTable::clear`] |
//! | `s <= t`, `s.issubset(t)` | [`SetTable::is_subset`]; non-set `t`: build `set(t)` first |
//! | `s >= t`, `s.issuperset(t)` | [`SetTable::is_superset`]; non-set: [`SetTable::is_superset_items`] |
//! | `s < t` / `s > t` | `len(s) < len(t) && is_subset` / `len(s) > len(t) && is_superset` |
//! | `s == t` | [`SetTable::set_eq`] (frozenset cached-hash shortcut is the caller's) |
//! | `s.isdisjoint(t)` | [`SetTable::is_disjoint`] for exact `set`/`frozenset`; anything else, subclasses included: [`SetTable::is_disjoint_items`] over `t`'s iteration |
//! | `iter(s)` | [`SetCursor`] ("Set changed size during iteration" when `len` differs) |

use std::fmt;

/// Number of slots of a new or cleared table (`PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;
/// Slots probed linearly after the first one before perturbing.
pub const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

/// A CPython-3.11-compatible set hash table. See the module documentation.
#[derive(Clone)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking (masked on use).
    finger: usize,
    /// Bumped by every mutation.
    version: u64,
}

/// Result of probing for a key.
enum Probe {
    Found(usize),
    /// Not present: the first never-used slot on the path, and the last dummy
    /// seen before it (where an insertion goes, if any).
    Vacant {
        empty: usize,
        freeslot: Option<usize>,
    },
}

/// CPython's probe sequence for one hash in a table of `mask + 1` slots.
struct ProbeSeq {
    mask: u64,
    perturb: u64,
    base: u64,
    offset: u64,
    limit: u64,
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> Self {
        let mask = mask as u64;
        let base = (hash as u64) & mask;
        ProbeSeq {
            mask,
            perturb: hash as u64,
            base,
            offset: 0,
            limit: Self::limit_for(base, mask),
        }
    }

    fn limit_for(base: u64, mask: u64) -> u64 {
        if base + LINEAR_PROBES as u64 <= mask {
            LINEAR_PROBES as u64
        } else {
            0
        }
    }

    #[inline]
    fn next_index(&mut self) -> usize {
        if self.offset > self.limit {
            self.perturb >>= PERTURB_SHIFT;
            self.base = self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb)
                & self.mask;
            self.offset = 0;
            self.limit = Self::limit_for(self.base, self.mask);
        }
        let idx = self.base + self.offset;
        self.offset += 1;
        idx as usize
    }
}

fn empty_slots<K>(n: usize) -> Vec<Slot<K>> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || Slot::Empty);
    v
}

/// Put a key known to be absent into a table known to have no dummies.
fn insert_clean<K>(slots: &mut [Slot<K>], hash: i64, key: K) {
    let mut probe = ProbeSeq::new(hash, slots.len() - 1);
    loop {
        let idx = probe.next_index();
        if let Some(slot @ Slot::Empty) = slots.get_mut(idx) {
            *slot = Slot::Active(hash, key);
            return;
        }
    }
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: fmt::Debug> fmt::Debug for SetTable<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter().map(|(_, k)| k)).finish()
    }
}

impl<K> SetTable<K> {
    /// An empty table of [`MIN_SIZE`] slots (`set()`).
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    /// Number of live keys (`len(s)`).
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Live plus dummy slots (CPython's `fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Number of slots (`mask + 1`); `sys.getsizeof` counts them when above 8.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// A counter bumped by every mutation (adds, removals, pops, clears, rebuilds).
    pub fn version(&self) -> u64 {
        self.version
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn bump(&mut self) {
        self.version = self.version.wrapping_add(1);
    }

    /// Live entries in slot order: the order CPython iterates, prints and pops in
    /// a fresh table.
    pub fn iter(&self) -> Iter<'_, K> {
        Iter {
            slots: self.slots.iter(),
            remaining: self.used,
        }
    }

    /// The first live entry at slot `pos` or later, as `(slot + 1, hash, key)`:
    /// pass the returned position back in to continue. Positions survive
    /// mutation the way CPython's set iterator's do.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, i64, &K)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active(h, k) => Some((i + 1, *h, k)),
                _ => None,
            })
    }

    /// Remove and return an arbitrary entry, exactly the one CPython's
    /// `set.pop()` would take; `None` when empty.
    pub fn pop(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        // `used > 0`, so a live slot exists; the scan visits each slot at most once.
        for _ in 0..=mask {
            if matches!(self.slots[i], Slot::Active(..)) {
                if let Slot::Active(h, k) = std::mem::replace(&mut self.slots[i], Slot::Dummy) {
                    self.used -= 1;
                    self.finger = i + 1;
                    self.bump();
                    return Some((h, k));
                }
            }
            i = if i >= mask { 0 } else { i + 1 };
        }
        None
    }

    /// Empty the table back to 8 slots (`s.clear()`); the pop finger is kept.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
        self.bump();
    }

    /// Take `other`'s contents, keeping this table's pop finger (CPython's
    /// `set_swap_bodies`, used by `intersection_update`/`&=`).
    pub fn replace_with(&mut self, other: SetTable<K>) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
        self.bump();
    }

    /// Rebuild for `minused` (CPython's `set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            match newsize.checked_mul(2) {
                Some(n) => newsize = n,
                None => break,
            }
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // Already the small table, and no dummies to purge.
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                insert_clean(&mut self.slots, h, k);
            }
        }
        self.bump();
    }

    fn grow_target(&self) -> usize {
        if self.used > 50000 {
            self.used.saturating_mul(2)
        } else {
            self.used.saturating_mul(4)
        }
    }

    fn find<E>(
        &self,
        hash: i64,
        key: &K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mut probe = ProbeSeq::new(hash, self.mask());
        let mut freeslot = None;
        loop {
            let idx = probe.next_index();
            match &self.slots[idx] {
                Slot::Empty => {
                    return Ok(Probe::Vacant {
                        empty: idx,
                        freeslot,
                    })
                }
                Slot::Dummy => freeslot = Some(idx),
                Slot::Active(h, k) => {
                    if *h == hash && eq(k, key)? {
                        return Ok(Probe::Found(idx));
                    }
                }
            }
        }
    }

    /// Whether an equal key is present (`key in s`).
    pub fn contains<E>(
        &self,
        hash: i64,
        key: &K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.find(hash, key, eq)?, Probe::Found(_)))
    }

    /// The stored key equal to `key`, if any.
    pub fn get<E>(
        &self,
        hash: i64,
        key: &K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<&K>, E> {
        match self.find(hash, key, eq)? {
            Probe::Found(i) => match &self.slots[i] {
                Slot::Active(_, k) => Ok(Some(k)),
                _ => Ok(None),
            },
            Probe::Vacant { .. } => Ok(None),
        }
    }

    /// Add `key` unless an equal key is present (`s.add(key)`); returns whether
    /// it was added. An existing equal key is kept, not replaced.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.find(hash, &key, eq)? {
            Probe::Found(_) => Ok(false),
            Probe::Vacant {
                freeslot: Some(f), ..
            } => {
                self.slots[f] = Slot::Active(hash, key);
                self.used += 1;
                self.bump();
                Ok(true)
            }
            Probe::Vacant {
                empty,
                freeslot: None,
            } => {
                self.slots[empty] = Slot::Active(hash, key);
                self.fill += 1;
                self.used += 1;
                self.bump();
                if self.fill.saturating_mul(5) >= self.mask().saturating_mul(3) {
                    self.resize(self.grow_target());
                }
                Ok(true)
            }
        }
    }

    /// Remove the key equal to `key` (`s.discard(key)`), returning the stored
    /// key. Never shrinks the table.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: &K,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        match self.find(hash, key, eq)? {
            Probe::Found(i) => match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
                Slot::Active(_, k) => {
                    self.used -= 1;
                    self.bump();
                    Ok(Some(k))
                }
                other => {
                    self.slots[i] = other;
                    Ok(None)
                }
            },
            Probe::Vacant { .. } => Ok(None),
        }
    }

    /// The presize step CPython performs before adding the keys of an exact
    /// `dict` of `dict_len` entries (`set(d)`, `s.update(d)`). Do not call it for
    /// other iterables: it changes the layout.
    pub fn presize_for_dict_update(&mut self, dict_len: usize) {
        if self.fill.saturating_add(dict_len).saturating_mul(5) >= self.mask().saturating_mul(3) {
            self.resize(self.used.saturating_add(dict_len).saturating_mul(2));
        }
    }

    /// After removing the keys of a `difference_update`, CPython rebuilds the
    /// table when more than a quarter of the slots are dummies. Call this once
    /// at the end of a hand-written difference-update loop (not after plain
    /// `remove`s: `discard` does not do it). Skip it if the loop failed.
    pub fn finish_difference_update(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        self.resize(self.grow_target());
    }

    /// Whether `a - d` with `d` an exact dict of `other_len` keys copies `a` and
    /// removes `d`'s keys (`true`: `a.copy()`, `remove` each key in dict order,
    /// [`finish_difference_update`](Self::finish_difference_update)) rather than
    /// iterating `a` and inserting each key not in `d` into a new table
    /// (`false`). The same rule picks the path of [`difference`](Self::difference).
    pub fn difference_copies_first(self_len: usize, other_len: usize) -> bool {
        (self_len >> 2) > other_len
    }
}

impl<K: Clone> SetTable<K> {
    /// `set(s)` / `s.copy()`: CPython's merge into a new empty set (which may use
    /// a smaller table than `self`, and so a different order). No comparisons.
    pub fn copy(&self) -> SetTable<K> {
        let mut r = SetTable::new();
        r.merge_into_empty_or_presized(self);
        r
    }

    /// The first two phases of `set_merge`; returns `true` when done.
    fn merge_into_empty_or_presized(&mut self, other: &SetTable<K>) -> bool {
        if other.used == 0 {
            return true;
        }
        if self.fill.saturating_add(other.used).saturating_mul(5) >= self.mask().saturating_mul(3) {
            self.resize(self.used.saturating_add(other.used).saturating_mul(2));
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            self.bump();
            return true;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (h, k) in other.iter() {
                insert_clean(&mut self.slots, h, k.clone());
            }
            self.bump();
            return true;
        }
        false
    }

    /// `s.update(other)` / `s |= other` for a set `other` (CPython's `set_merge`).
    /// When `other` is this very set, do nothing instead.
    pub fn update_from_set<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if self.merge_into_empty_or_presized(other) {
            return Ok(());
        }
        for (h, k) in other.iter() {
            self.insert(h, k.clone(), eq)?;
        }
        Ok(())
    }

    /// `s.update(iterable)` for a non-set, non-dict iterable: insert each item in
    /// order. Stops at the first error (earlier items stay added).
    pub fn update_from_items<E, I>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        for item in items {
            let (h, k) = item?;
            self.insert(h, k, eq)?;
        }
        Ok(())
    }

    /// `s.update(d)` for an exact dict `d` of `dict_len` entries, given its keys
    /// in dict order: presize, then insert.
    pub fn update_from_dict_items<E, I>(
        &mut self,
        dict_len: usize,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        self.presize_for_dict_update(dict_len);
        self.update_from_items(items, eq)
    }

    /// `set(iterable)` for a non-set, non-dict iterable.
    pub fn from_items<E, I>(
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let mut r = SetTable::new();
        r.update_from_items(items, eq)?;
        Ok(r)
    }

    /// `set(d)` for an exact dict of `dict_len` entries, keys in dict order.
    pub fn from_dict_items<E, I>(
        dict_len: usize,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let mut r = SetTable::new();
        r.update_from_dict_items(dict_len, items, eq)?;
        Ok(r)
    }

    /// The frozenset constant CPython's compiler makes of a set display whose
    /// elements are all constants (`x in {1, 2, 3}`, `for x in {1, 2, 3}`, and
    /// the seed of [`constant_set_display`](Self::constant_set_display)): built
    /// from the elements in source order, then rebuilt once from its own
    /// iteration order (the compiler's constant merging does that).
    pub fn constant_frozenset<E>(
        elements: &[(i64, K)],
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let first = SetTable::from_items(elements.iter().cloned().map(Ok), eq)?;
        SetTable::from_items(first.iter().map(|(h, k)| Ok((h, k.clone()))), eq)
    }

    /// The set a display `{e1, e2, ...}` evaluates to when every element is a
    /// constant (numbers, strings, None, tuples of constants, ... after constant
    /// folding, so `-1` counts). With more than two elements (duplicates
    /// counted) CPython copies the [`constant_frozenset`](Self::constant_frozenset)
    /// into a new set; with one or two it adds them in order.
    pub fn constant_set_display<E>(
        elements: &[(i64, K)],
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if elements.len() > 2 {
            let f = SetTable::constant_frozenset(elements, eq)?;
            Ok(f.copy())
        } else {
            SetTable::from_items(elements.iter().cloned().map(Ok), eq)
        }
    }

    /// `self | other` / `self.union(other)` with `other` a set: a copy of `self`
    /// merged with `other`. Passing `self` itself gives `self.copy()`, as CPython.
    pub fn union<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut r = self.copy();
        if !std::ptr::eq(self, other) {
            r.update_from_set(other, eq)?;
        }
        Ok(r)
    }

    /// `self & other` / `self.intersection(other)` with `other` a set: iterates
    /// the smaller table (`other` when the sizes are equal), keeps the keys found
    /// in the larger one, taking the key object from the iterated table.
    /// Passing `self` itself gives `self.copy()`, as CPython.
    pub fn intersection<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if std::ptr::eq(self, other) {
            return Ok(self.copy());
        }
        let (walk, probe) = if other.used > self.used {
            (self, other)
        } else {
            (other, self)
        };
        let mut r = SetTable::new();
        for (h, k) in walk.iter() {
            if probe.contains(h, k, eq)? {
                r.insert(h, k.clone(), eq)?;
            }
        }
        Ok(r)
    }

    /// `self.intersection(iterable)` for a non-set iterable: keeps items found in
    /// `self`, in iteration order, and stops pulling items once the result is as
    /// large as `self` (3.11 does; later items are then neither hashed nor
    /// checked, so the iterator should hash lazily).
    pub fn intersection_items<E, I>(
        &self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let mut r = SetTable::new();
        for item in items {
            let (h, k) = item?;
            if self.contains(h, &k, eq)? {
                r.insert(h, k, eq)?;
                if r.used >= self.used {
                    break;
                }
            }
        }
        Ok(r)
    }

    /// `self &= self` / `self.intersection_update(self)`: the body becomes a
    /// copy of itself (possibly a smaller table); the finger is kept.
    pub fn intersection_update_self(&mut self) {
        let c = self.copy();
        self.replace_with(c);
    }

    /// `self &= other` / `self.intersection_update(other)` for a set `other`.
    pub fn intersection_update_set<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let r = self.intersection(other, eq)?;
        self.replace_with(r);
        Ok(())
    }

    /// `self.intersection_update(iterable)` for a non-set iterable.
    pub fn intersection_update_items<E, I>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let r = self.intersection_items(items, eq)?;
        self.replace_with(r);
        Ok(())
    }

    /// `self - other` / `self.difference(other)` with `other` a set. When `self`
    /// has more than four times as many keys as `other`, CPython copies `self`
    /// and removes `other`'s keys; otherwise it walks `self` and inserts the keys
    /// not in `other` into a new table.
    pub fn difference<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if Self::difference_copies_first(self.used, other.used) {
            let mut r = self.copy();
            r.difference_update_set(other, eq)?;
            return Ok(r);
        }
        let mut r = SetTable::new();
        for (h, k) in self.iter() {
            if !other.contains(h, k, eq)? {
                r.insert(h, k.clone(), eq)?;
            }
        }
        Ok(r)
    }

    /// `self.difference(iterable)` for an iterable that is neither a set nor an
    /// exact dict: a copy of `self`, then
    /// [`difference_update_items`](Self::difference_update_items).
    pub fn difference_items<E, I>(
        &self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let mut r = self.copy();
        r.difference_update_items(items, eq)?;
        Ok(r)
    }

    /// `self -= other` / `self.difference_update(other)` for a set `other`
    /// (when `other` is this very set, call [`clear`](Self::clear) instead).
    /// If `other` has more than eight times as many keys, only the keys of
    /// `self & other` are removed; then dummies are purged if more than a
    /// quarter of the slots are dummies.
    pub fn difference_update_set<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (other.used >> 3) > self.used {
            let common = self.intersection(other, eq)?;
            self.remove_all_of(&common, eq)?;
        } else {
            self.remove_all_of(other, eq)?;
        }
        self.finish_difference_update();
        Ok(())
    }

    fn remove_all_of<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (h, k) in other.iter() {
            self.remove(h, k, eq)?;
        }
        Ok(())
    }

    /// `self.difference_update(iterable)` for a non-set iterable (exact dicts
    /// included, in dict order): remove each item, then purge dummies as
    /// [`finish_difference_update`](Self::finish_difference_update).
    pub fn difference_update_items<E, I>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        for item in items {
            let (h, k) = item?;
            self.remove(h, &k, eq)?;
        }
        self.finish_difference_update();
        Ok(())
    }

    /// `self ^ other` / `self.symmetric_difference(other)` with `other` a set:
    /// a copy of `other`, then `self`'s keys toggled into it in `self`'s order.
    pub fn symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut r = other.copy();
        r.symmetric_difference_update_set(self, eq)?;
        Ok(r)
    }

    /// `self ^= other` / `self.symmetric_difference_update(other)` for a set
    /// `other` (when `other` is this very set, call [`clear`](Self::clear)
    /// instead): for each of `other`'s keys in slot order, remove it if present,
    /// else add it.
    pub fn symmetric_difference_update_set<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (h, k) in other.iter() {
            if self.remove(h, k, eq)?.is_none() {
                self.insert(h, k.clone(), eq)?;
            }
        }
        Ok(())
    }

    /// The same toggling over `(hash, key)` items; CPython uses it directly only
    /// for an exact dict (keys in dict order). For other iterables it first
    /// builds `set(iterable)` and uses
    /// [`symmetric_difference_update_set`](Self::symmetric_difference_update_set).
    pub fn symmetric_difference_update_items<E, I>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        for item in items {
            let (h, k) = item?;
            if self.remove(h, &k, eq)?.is_none() {
                self.insert(h, k, eq)?;
            }
        }
        Ok(())
    }

    /// `self <= other` / `self.issubset(other)` with `other` a set.
    pub fn is_subset<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if self.used > other.used {
            return Ok(false);
        }
        for (h, k) in self.iter() {
            if !other.contains(h, k, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `self >= other` / `self.issuperset(other)` with `other` a set.
    pub fn is_superset<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        other.is_subset(self, eq)
    }

    /// `self.issuperset(iterable)` for a non-set iterable: `false` at the first
    /// item not in `self`.
    pub fn is_superset_items<E, I>(
        &self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        for item in items {
            let (h, k) = item?;
            if !self.contains(h, &k, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `self == other` for two sets: equal sizes and `self <= other`.
    pub fn set_eq<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if self.used != other.used {
            return Ok(false);
        }
        self.is_subset(other, eq)
    }

    /// `self.isdisjoint(other)` for an exact `set`/`frozenset` `other`: walks the
    /// smaller table (`other` on a tie) probing the other. Passing `self` itself
    /// gives `self.is_empty()`, as CPython.
    pub fn is_disjoint<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if std::ptr::eq(self, other) {
            return Ok(self.is_empty());
        }
        let (walk, probe) = if other.used > self.used {
            (self, other)
        } else {
            (other, self)
        };
        for (h, k) in walk.iter() {
            if probe.contains(h, k, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `self.isdisjoint(iterable)` for anything else: `false` at the first item
    /// found in `self`.
    pub fn is_disjoint_items<E, I>(
        &self,
        items: I,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E>
    where
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        for item in items {
            let (h, k) = item?;
            if self.contains(h, &k, eq)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// Live entries of a [`SetTable`] in slot order, as `(hash, &key)`.
pub struct Iter<'a, K> {
    slots: std::slice::Iter<'a, Slot<K>>,
    remaining: usize,
}

impl<'a, K> Iterator for Iter<'a, K> {
    type Item = (i64, &'a K);

    fn next(&mut self) -> Option<Self::Item> {
        for slot in self.slots.by_ref() {
            if let Slot::Active(h, k) = slot {
                self.remaining = self.remaining.saturating_sub(1);
                return Some((*h, k));
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<K> ExactSizeIterator for Iter<'_, K> {}

impl<'a, K> IntoIterator for &'a SetTable<K> {
    type Item = (i64, &'a K);
    type IntoIter = Iter<'a, K>;

    fn into_iter(self) -> Iter<'a, K> {
        self.iter()
    }
}

/// The error of a set iterator whose set changed size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SizeChanged;

impl fmt::Display for SizeChanged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Set changed size during iteration")
    }
}

impl std::error::Error for SizeChanged {}

/// The state of a Python set iterator (`iter(s)`), kept apart from the table so
/// the table can be mutated between steps. Like CPython's, it only notices a
/// change of *size*: adding one key and removing another between two steps goes
/// unnoticed and iteration continues at the same slot position. Once it has
/// reported [`SizeChanged`] it keeps doing so; once exhausted it stays exhausted.
#[derive(Clone, Debug)]
pub struct SetCursor {
    pos: usize,
    /// `len` when created; `None` after a size change was reported.
    expected_len: Option<usize>,
    remaining: usize,
    done: bool,
}

impl SetCursor {
    pub fn new<K>(table: &SetTable<K>) -> Self {
        SetCursor {
            pos: 0,
            expected_len: Some(table.len()),
            remaining: table.len(),
            done: false,
        }
    }

    /// The next key, `Ok(None)` at the end, or `Err(SizeChanged)`.
    pub fn next<'t, K>(
        &mut self,
        table: &'t SetTable<K>,
    ) -> Result<Option<(i64, &'t K)>, SizeChanged> {
        if self.done {
            return Ok(None);
        }
        if self.expected_len != Some(table.len()) {
            self.expected_len = None;
            return Err(SizeChanged);
        }
        match table.next_entry(self.pos) {
            Some((next, h, k)) => {
                self.pos = next;
                self.remaining = self.remaining.saturating_sub(1);
                Ok(Some((h, k)))
            }
            None => {
                self.done = true;
                Ok(None)
            }
        }
    }

    /// `operator.length_hint(it)`: keys left, or 0 once exhausted or when the
    /// set's size differs from the size at creation.
    pub fn length_hint<K>(&self, table: &SetTable<K>) -> usize {
        if !self.done && self.expected_len == Some(table.len()) {
            self.remaining
        } else {
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};
    use std::convert::Infallible;

    /// CPython's hash of an int that fits in i64.
    fn py_hash(n: i64) -> i64 {
        const P: u64 = (1 << 61) - 1;
        let m = (n.unsigned_abs() % P) as i64;
        let h = if n < 0 { -m } else { m };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// Equality of int keys; also checks that the table only compares keys
    /// whose hashes are equal.
    fn ieq(a: &i64, b: &i64) -> Result<bool, Infallible> {
        assert_eq!(py_hash(*a), py_hash(*b), "eq called on unequal hashes");
        Ok(a == b)
    }

    fn ok<T>(r: Result<T, Infallible>) -> T {
        match r {
            Ok(v) => v,
            Err(e) => match e {},
        }
    }

    fn hashed(ks: &[i64]) -> Vec<Result<(i64, i64), Infallible>> {
        ks.iter().map(|&k| Ok((py_hash(k), k))).collect()
    }

    fn pairs(ks: &[i64]) -> Vec<(i64, i64)> {
        ks.iter().map(|&k| (py_hash(k), k)).collect()
    }

    /// `dict.fromkeys(ks)`'s keys, in order.
    fn dedup(ks: &[i64]) -> Vec<i64> {
        let mut seen = HashSet::new();
        ks.iter().copied().filter(|k| seen.insert(*k)).collect()
    }

    fn keys_of(t: &SetTable<i64>) -> Vec<i64> {
        t.iter().map(|(_, k)| *k).collect()
    }

    fn checksum(ks: impl IntoIterator<Item = i64>) -> u64 {
        ks.into_iter()
            .fold(0u64, |h, k| h.wrapping_mul(1000003).wrapping_add(k as u64))
    }

    /// Mirror of `lcg_keys` in gen_set_vectors.py.
    fn lcg_keys(seed: u64, n: usize, mode: u32) -> Vec<i64> {
        const P: i64 = (1 << 61) - 1;
        let mut state = seed;
        let step = |s: &mut u64| {
            *s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            *s >> 33
        };
        (0..n)
            .map(|_| {
                let v = step(&mut state);
                match mode {
                    0 => (v % 1000) as i64,
                    1 => (v % 200000) as i64 - 100000,
                    2 => {
                        let w = step(&mut state);
                        (((v << 31) | w) as i64) - (1 << 61)
                    }
                    3 => (v % 50) as i64 + (v / 50 % 3) as i64 * P,
                    _ => panic!("bad mode"),
                }
            })
            .collect()
    }

    struct Replay {
        regs: HashMap<String, SetTable<i64>>,
        lists: HashMap<String, Vec<i64>>,
    }

    impl Replay {
        fn reg(&mut self, name: &str) -> &mut SetTable<i64> {
            self.regs
                .get_mut(name)
                .unwrap_or_else(|| panic!("no register {name}"))
        }

        fn get(&self, name: &str) -> SetTable<i64> {
            self.regs
                .get(name)
                .unwrap_or_else(|| panic!("no register {name}"))
                .clone()
        }

        fn ints(&self, args: &[&str]) -> Vec<i64> {
            if let [one] = args {
                if let Some(name) = one.strip_prefix('@') {
                    return self.lists[name].clone();
                }
            }
            args.iter().map(|a| a.parse().expect("int")).collect()
        }

        /// Run one line; `Err` describes a mismatch with CPython.
        fn step(&mut self, op: &str, a: &[&str]) -> Result<(), String> {
            let eq = &mut ieq;
            match op {
                "keys" => {
                    let ks = self.ints(&a[1..]);
                    self.lists.insert(a[0].to_string(), ks);
                }
                "new" => {
                    self.regs.insert(a[0].to_string(), SetTable::new());
                }
                "add" => {
                    let ks = self.ints(&a[1..]);
                    let t = self.reg(a[0]);
                    for k in ks {
                        ok(t.insert(py_hash(k), k, eq));
                    }
                }
                "discard" => {
                    let ks = self.ints(&a[1..]);
                    let t = self.reg(a[0]);
                    for k in ks {
                        ok(t.remove(py_hash(k), &k, eq));
                    }
                }
                "pop" => {
                    let want: i64 = a[1].parse().unwrap();
                    let got = self.reg(a[0]).pop();
                    if got != Some((py_hash(want), want)) {
                        return Err(format!("pop gave {got:?}, CPython {want}"));
                    }
                }
                "popempty" => {
                    if let Some(got) = self.reg(a[0]).pop() {
                        return Err(format!("pop gave {got:?} on an empty set"));
                    }
                }
                "popn" => {
                    let n: usize = a[1].parse().unwrap();
                    let want: u64 = a[2].parse().unwrap();
                    let t = self.reg(a[0]);
                    let popped: Vec<i64> = (0..n).map(|_| t.pop().expect("nonempty").1).collect();
                    if checksum(popped) != want {
                        return Err("popped keys differ".into());
                    }
                }
                "clear" => self.reg(a[0]).clear(),
                "copy" => {
                    let c = self.get(a[1]).copy();
                    self.regs.insert(a[0].to_string(), c);
                }
                "fromiter" => {
                    let ks = self.ints(&a[1..]);
                    let t = ok(SetTable::from_items(hashed(&ks), eq));
                    self.regs.insert(a[0].to_string(), t);
                }
                "fromdict" => {
                    let ks = dedup(&self.ints(&a[1..]));
                    let t = ok(SetTable::from_dict_items(ks.len(), hashed(&ks), eq));
                    self.regs.insert(a[0].to_string(), t);
                }
                "display" => {
                    let ks = self.ints(&a[1..]);
                    let t = ok(SetTable::constant_set_display(&pairs(&ks), eq));
                    self.regs.insert(a[0].to_string(), t);
                }
                "forconst" => {
                    let ks = self.ints(&a[1..]);
                    let t = ok(SetTable::constant_frozenset(&pairs(&ks), eq));
                    self.regs.insert(a[0].to_string(), t);
                }
                "updateiter" => {
                    let ks = self.ints(&a[1..]);
                    ok(self.reg(a[0]).update_from_items(hashed(&ks), eq));
                }
                "updatedict" => {
                    let ks = dedup(&self.ints(&a[1..]));
                    ok(self
                        .reg(a[0])
                        .update_from_dict_items(ks.len(), hashed(&ks), eq));
                }
                "lcgadd" | "lcgdiscard" => {
                    let ks = lcg_keys(
                        a[1].parse().unwrap(),
                        a[2].parse().unwrap(),
                        a[3].parse().unwrap(),
                    );
                    let t = self.reg(a[0]);
                    for k in ks {
                        if op == "lcgadd" {
                            ok(t.insert(py_hash(k), k, eq));
                        } else {
                            ok(t.remove(py_hash(k), &k, eq));
                        }
                    }
                }
                "rangeadd" | "rangediscard" => {
                    let (start, stop): (i64, i64) = (a[1].parse().unwrap(), a[2].parse().unwrap());
                    let t = self.reg(a[0]);
                    for k in start..stop {
                        if op == "rangeadd" {
                            ok(t.insert(py_hash(k), k, eq));
                        } else {
                            ok(t.remove(py_hash(k), &k, eq));
                        }
                    }
                }
                "or" | "and" | "sub" | "xor" => {
                    let x = self.get(a[1]);
                    let y = self.get(a[2]);
                    // The same Python object on both sides: pass the same reference.
                    let y_ref = if a[1] == a[2] { &x } else { &y };
                    let r = ok(match op {
                        "or" => x.union(y_ref, eq),
                        "and" => x.intersection(y_ref, eq),
                        "sub" => x.difference(y_ref, eq),
                        _ => x.symmetric_difference(y_ref, eq),
                    });
                    self.regs.insert(a[0].to_string(), r);
                }
                "ior" | "iand" | "isub" | "ixor" => {
                    let y = self.get(a[1]);
                    let same = a[0] == a[1];
                    let x = self.reg(a[0]);
                    match (op, same) {
                        ("ior", true) => {}
                        ("ior", false) => ok(x.update_from_set(&y, eq)),
                        ("iand", true) => x.intersection_update_self(),
                        ("iand", false) => ok(x.intersection_update_set(&y, eq)),
                        ("isub", true) | ("ixor", true) => x.clear(),
                        ("isub", false) => ok(x.difference_update_set(&y, eq)),
                        _ => ok(x.symmetric_difference_update_set(&y, eq)),
                    }
                }
                "anditer" | "subiter" | "subdict" | "xoriter" | "xordict" => {
                    let ks = self.ints(&a[2..]);
                    let x = self.get(a[1]);
                    let r = match op {
                        "anditer" => ok(x.intersection_items(hashed(&ks), eq)),
                        "subiter" => ok(x.difference_items(hashed(&ks), eq)),
                        "subdict" => {
                            let d = dedup(&ks);
                            if SetTable::<i64>::difference_copies_first(x.len(), d.len()) {
                                let mut r = x.copy();
                                for k in &d {
                                    ok(r.remove(py_hash(*k), k, eq));
                                }
                                r.finish_difference_update();
                                r
                            } else {
                                let dset: HashSet<i64> = d.iter().copied().collect();
                                let mut r = SetTable::new();
                                for (h, k) in x.iter() {
                                    if !dset.contains(k) {
                                        ok(r.insert(h, *k, eq));
                                    }
                                }
                                r
                            }
                        }
                        "xoriter" => {
                            let mut r = ok(SetTable::from_items(hashed(&ks), eq));
                            ok(r.symmetric_difference_update_set(&x, eq));
                            r
                        }
                        _ => {
                            let d = dedup(&ks);
                            let mut r = ok(SetTable::from_dict_items(d.len(), hashed(&d), eq));
                            ok(r.symmetric_difference_update_set(&x, eq));
                            r
                        }
                    };
                    self.regs.insert(a[0].to_string(), r);
                }
                "iandIter" | "isubiter" | "ixoriter" | "ixordict" => {
                    let ks = self.ints(&a[1..]);
                    let x = self.reg(a[0]);
                    match op {
                        "iandIter" => ok(x.intersection_update_items(hashed(&ks), eq)),
                        "isubiter" => ok(x.difference_update_items(hashed(&ks), eq)),
                        "ixoriter" => {
                            let o = ok(SetTable::from_items(hashed(&ks), eq));
                            ok(x.symmetric_difference_update_set(&o, eq));
                        }
                        _ => ok(x.symmetric_difference_update_items(hashed(&dedup(&ks)), eq)),
                    }
                }
                "rel" => {
                    let x = self.get(a[1]);
                    let y = self.get(a[2]);
                    let y_ref = if a[1] == a[2] { &x } else { &y };
                    let got = ok(match a[0] {
                        "subset" => x.is_subset(y_ref, eq),
                        "superset" => x.is_superset(y_ref, eq),
                        "disjoint" => x.is_disjoint(y_ref, eq),
                        _ => x.set_eq(y_ref, eq),
                    });
                    if got != (a[3] == "1") {
                        return Err(format!("{} gave {got}", a[0]));
                    }
                }
                "reliter" => {
                    let ks = self.ints(&a[3..]);
                    let x = self.get(a[1]);
                    let got = ok(match a[0] {
                        "subset" => {
                            let o = ok(SetTable::from_items(hashed(&ks), eq));
                            x.is_subset(&o, eq)
                        }
                        "superset" => x.is_superset_items(hashed(&ks), eq),
                        _ => x.is_disjoint_items(hashed(&ks), eq),
                    });
                    if got != (a[2] == "1") {
                        return Err(format!("{} gave {got}", a[0]));
                    }
                }
                "expect" => {
                    let want = self.ints(&a[1..]);
                    let t = self.get(a[0]);
                    let got = keys_of(&t);
                    if got != want {
                        return Err(format!("{}: got {got:?}\n  CPython {want:?}", a[0]));
                    }
                    if t.iter().len() != want.len() {
                        return Err("len".into());
                    }
                }
                "expectsum" => {
                    let n: usize = a[1].parse().unwrap();
                    let want: u64 = a[2].parse().unwrap();
                    let t = self.get(a[0]);
                    if t.len() != n || checksum(keys_of(&t)) != want {
                        return Err(format!("{}: order differs (len {} vs {n})", a[0], t.len()));
                    }
                }
                _ => panic!("unknown op {op}"),
            }
            Ok(())
        }
    }

    #[test]
    fn cpython_vectors() {
        let text = include_str!("../../tests/data/set_vectors.txt");
        let mut replay = Replay {
            regs: HashMap::new(),
            lists: HashMap::new(),
        };
        let mut case = String::new();
        let mut cases = 0;
        let mut failed_cases = HashSet::new();
        let mut failures = Vec::new();
        for (lineno, line) in text.lines().enumerate() {
            let mut words = line.split_whitespace();
            let Some(op) = words.next() else { continue };
            if op.starts_with('#') {
                continue;
            }
            let args: Vec<&str> = words.collect();
            if op == "case" {
                case = args[0].to_string();
                cases += 1;
                replay.regs.clear();
                replay.lists.clear();
                continue;
            }
            if failed_cases.contains(&case) {
                continue;
            }
            if let Err(msg) = replay.step(op, &args) {
                failed_cases.insert(case.clone());
                failures.push(format!("line {} ({case}, {op}): {msg}", lineno + 1));
            }
        }
        assert!(cases > 500, "only {cases} cases");
        assert!(
            failures.is_empty(),
            "{} of {cases} cases differ from CPython:\n{}",
            failures.len(),
            failures
                .iter()
                .take(10)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    /// A key whose equality ignores its tag, like `1 == 1.0` in Python.
    #[derive(Clone, Debug, PartialEq)]
    struct Tk {
        v: i64,
        tag: u32,
    }

    fn tk(v: i64, tag: u32) -> (i64, Tk) {
        (py_hash(v), Tk { v, tag })
    }

    fn teq(a: &Tk, b: &Tk) -> Result<bool, Infallible> {
        Ok(a.v == b.v)
    }

    fn tagged(vs: &[i64], tag: u32) -> SetTable<Tk> {
        let mut t = SetTable::new();
        for &v in vs {
            let (h, k) = tk(v, tag);
            ok(t.insert(h, k, &mut teq));
        }
        t
    }

    #[test]
    fn well_known_orders() {
        let eq = &mut ieq;
        let show = |t: &SetTable<i64>| format!("{t:?}");
        let d = ok(SetTable::constant_set_display(&pairs(&[3, 1, 2]), eq));
        assert_eq!(show(&d), "{1, 2, 3}");
        let d = ok(SetTable::constant_set_display(
            &pairs(&[100, 5, 37, 8, 1000]),
            eq,
        ));
        assert_eq!(show(&d), "{100, 5, 37, 8, 1000}");
        let s = ok(SetTable::from_items(hashed(&[100, 5, 37, 8, 1000]), eq));
        assert_eq!(show(&s), "{100, 37, 5, 8, 1000}");
        let d = ok(SetTable::constant_set_display(&pairs(&[7, 15, 1]), eq));
        assert_eq!(keys_of(&d), [1, 7, 15]);
        let s = ok(SetTable::from_items(hashed(&[7, 15, 1]), eq));
        assert_eq!(keys_of(&s), [1, 15, 7]);
        assert_eq!(s.capacity(), 8);
        let s = ok(SetTable::from_items(hashed(&[0, 1, 2, 3, 4]), eq));
        assert_eq!((s.capacity(), s.copy().capacity()), (32, 16));
    }

    #[test]
    fn eq_errors_propagate_and_leave_the_table_alone() {
        let mut t = SetTable::new();
        let mut fine = |_: &i64, _: &i64| Ok::<bool, &str>(false);
        // 1 and 2**61 share hash 1.
        assert_eq!(t.insert(1, 1i64, &mut fine), Ok(true));
        let v = t.version();
        let mut boom = |_: &i64, _: &i64| Err::<bool, &str>("boom");
        let big = 1i64 << 61;
        assert_eq!(t.insert(py_hash(big), big, &mut boom), Err("boom"));
        assert_eq!(t.contains(py_hash(big), &big, &mut boom), Err("boom"));
        assert_eq!(t.remove(py_hash(big), &big, &mut boom), Err("boom"));
        assert_eq!((t.len(), t.version()), (1, v));
        // No comparison happens without a hash match.
        assert_eq!(t.insert(2, 2, &mut boom), Ok(true));
        assert_eq!(t.contains(3, &3, &mut boom), Ok(false));
        // A failing item stops a bulk update after the earlier items went in.
        let items: Vec<Result<(i64, i64), &str>> = vec![Ok((5, 5)), Err("unhashable"), Ok((6, 6))];
        assert_eq!(t.update_from_items(items, &mut fine), Err("unhashable"));
        assert_eq!(keys_of(&t), [1, 2, 5]);
    }

    #[test]
    fn eq_gets_stored_key_first_and_existing_keys_are_kept() {
        let mut t = tagged(&[1, 9], 0);
        let mut calls = Vec::new();
        let mut rec = |a: &Tk, b: &Tk| {
            calls.push((a.tag, b.tag));
            Ok::<bool, Infallible>(a.v == b.v)
        };
        let (h, k) = tk(1, 7);
        assert!(!ok(t.insert(h, k, &mut rec)));
        assert_eq!(calls, [(0, 7)]);
        assert_eq!(
            ok(t.get(h, &Tk { v: 1, tag: 9 }, &mut teq)).map(|k| k.tag),
            Some(0)
        );
        let removed = ok(t.remove(h, &Tk { v: 1, tag: 5 }, &mut teq));
        assert_eq!(removed, Some(Tk { v: 1, tag: 0 }));
        assert_eq!(ok(t.get(h, &Tk { v: 1, tag: 9 }, &mut teq)), None);
    }

    #[test]
    fn operations_take_keys_from_the_walked_table() {
        // Equal sizes: `a & b` walks b. Smaller b: walks b. Larger b: walks a.
        let a = tagged(&[1, 2, 3], 1);
        let b = tagged(&[3, 2, 1], 2);
        let r = ok(a.intersection(&b, &mut teq));
        assert!(r.iter().all(|(_, k)| k.tag == 2));
        let b4 = tagged(&[3, 2, 1, 4], 2);
        let r = ok(a.intersection(&b4, &mut teq));
        assert!(r.iter().all(|(_, k)| k.tag == 1) && r.len() == 3);
        let b2 = tagged(&[3, 2], 2);
        let r = ok(a.intersection(&b2, &mut teq));
        assert!(r.iter().all(|(_, k)| k.tag == 2) && r.len() == 2);
        // Union keeps self's keys; symmetric difference starts from other's.
        let r = ok(a.union(&b4, &mut teq));
        assert_eq!(
            r.iter().map(|(_, k)| k.tag).collect::<Vec<_>>(),
            [1, 1, 1, 2]
        );
        let r = ok(tagged(&[1, 5], 1).symmetric_difference(&tagged(&[5, 6], 2), &mut teq));
        assert_eq!(
            r.iter().map(|(_, k)| (k.v, k.tag)).collect::<Vec<_>>(),
            [(1, 1), (6, 2)]
        );
        // `a & a` and `a | a` are copies; `a.isdisjoint(a)` is emptiness.
        assert_eq!(ok(a.intersection(&a, &mut teq)).len(), 3);
        assert_eq!(ok(a.union(&a, &mut teq)).len(), 3);
        assert!(!ok(a.is_disjoint(&a, &mut teq)));
        assert!(ok(
            SetTable::<Tk>::new().is_disjoint(&SetTable::new(), &mut teq)
        ));
    }

    #[test]
    fn iterable_operations_stop_early_like_cpython() {
        let s = ok(SetTable::from_items(hashed(&[1, 2]), &mut ieq));
        let items = |v: &[Result<i64, &'static str>]| -> Vec<Result<(i64, i64), &'static str>> {
            v.iter().map(|r| r.map(|k| (py_hash(k), k))).collect()
        };
        let mut eq = |a: &i64, b: &i64| Ok::<bool, &str>(a == b);
        // {1, 2}.intersection([2, 1, []]) stops once it has found len(self) keys.
        let r = s.intersection_items(items(&[Ok(2), Ok(1), Err("unhashable")]), &mut eq);
        assert_eq!(r.map(|t| keys_of(&t)), Ok(vec![1, 2]));
        let r = s.intersection_items(items(&[Ok(2), Ok(2), Err("unhashable")]), &mut eq);
        assert!(r.is_err());
        // issuperset: false at the first missing item; isdisjoint: false at the first hit.
        assert_eq!(
            s.is_superset_items(items(&[Ok(3), Err("x")]), &mut eq),
            Ok(false)
        );
        assert_eq!(
            s.is_superset_items(items(&[Ok(1), Err("x")]), &mut eq),
            Err("x")
        );
        assert_eq!(
            s.is_disjoint_items(items(&[Ok(2), Err("x")]), &mut eq),
            Ok(false)
        );
        assert_eq!(
            s.is_disjoint_items(items(&[Ok(3), Ok(4)]), &mut eq),
            Ok(true)
        );
    }

    #[test]
    fn cursor_follows_cpython_set_iterator_rules() {
        let eq = &mut ieq;
        let mut t = ok(SetTable::from_items(hashed(&[1, 2, 3]), eq));
        let mut c = SetCursor::new(&t);
        assert_eq!(c.length_hint(&t), 3);
        assert_eq!(c.next(&t), Ok(Some((1, &1))));
        // Same size after an add and a remove: no error, continues by position.
        ok(t.insert(0, 0, eq));
        ok(t.remove(3, &3, eq));
        assert_eq!(c.next(&t), Ok(Some((2, &2))));
        assert_eq!(c.length_hint(&t), 1);
        ok(t.insert(9, 9, eq));
        assert_eq!(c.length_hint(&t), 0);
        assert_eq!(c.next(&t), Err(SizeChanged));
        ok(t.remove(9, &9, eq));
        assert_eq!(c.next(&t), Err(SizeChanged), "the error is sticky");
        assert_eq!(SizeChanged.to_string(), "Set changed size during iteration");

        let mut t = ok(SetTable::from_items(hashed(&[4]), eq));
        let mut c = SetCursor::new(&t);
        assert_eq!(c.next(&t), Ok(Some((4, &4))));
        assert_eq!(c.next(&t), Ok(None));
        ok(t.insert(5, 5, eq));
        assert_eq!(c.next(&t), Ok(None), "exhausted stays exhausted");

        // next_entry walks slots; a position past the end is fine.
        let t = ok(SetTable::from_items(hashed(&[8, 1, 3]), eq));
        assert_eq!(t.next_entry(0), Some((1, 8, &8)));
        assert_eq!(t.next_entry(1), Some((2, 1, &1)));
        assert_eq!(t.next_entry(2), Some((4, 3, &3)));
        assert_eq!(t.next_entry(4), None);
        assert_eq!(t.next_entry(usize::MAX), None);
    }

    #[test]
    fn pop_clear_version_and_counters() {
        let eq = &mut ieq;
        let mut t: SetTable<i64> = SetTable::default();
        assert_eq!(t.pop(), None);
        assert!(t.is_empty());
        let v0 = t.version();
        ok(t.update_from_items(hashed(&[5, 6, 7]), eq));
        assert!(t.version() != v0);
        let v1 = t.version();
        assert!(!ok(t.insert(6, 6, eq)));
        assert!(!ok(t.contains(4, &4, eq)));
        assert_eq!(ok(t.remove(4, &4, eq)), None);
        assert_eq!(t.version(), v1, "no-ops do not bump the version");
        assert_eq!(t.pop(), Some((5, 5)));
        assert_eq!(t.pop(), Some((6, 6)));
        assert_eq!((t.len(), t.fill()), (1, 3));
        // The finger (slot 7) goes past 2, then wraps around to it.
        ok(t.insert(2, 2, eq));
        assert_eq!(t.pop(), Some((7, 7)));
        assert_eq!(t.pop(), Some((2, 2)));
        assert_eq!(t.pop(), None);
        // clear() keeps the finger (slot 6 after popping 5): 7 comes before 1.
        ok(t.update_from_items(hashed(&[5, 6, 7]), eq));
        assert_eq!(t.pop(), Some((5, 5)));
        t.clear();
        assert_eq!((t.len(), t.fill(), t.capacity()), (0, 0, 8));
        ok(t.update_from_items(hashed(&[1, 7]), eq));
        assert_eq!(t.pop(), Some((7, 7)));
        let it = t.iter();
        assert_eq!(it.len(), 1);
        assert_eq!((&t).into_iter().count(), 1);
    }

    #[test]
    fn hash_rule_of_the_tests_matches_cpython() {
        assert_eq!(py_hash(-1), -2);
        assert_eq!(py_hash(-2), -2);
        assert_eq!(py_hash((1 << 61) - 1), 0);
        assert_eq!(py_hash(1 << 61), 1);
        assert_eq!(py_hash(i64::MIN), -4);
        assert_eq!(py_hash(i64::MAX), 3);
    }
}

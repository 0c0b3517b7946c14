//! Hidden classes ("shapes") for instance attributes.
//!
//! An instance stores its attributes as a shape plus a slot array. A shape is the
//! ordered list of attribute names; adding an attribute follows (or creates) a
//! transition to the child shape, so instances built the same way share shapes. The
//! interpreter's inline caches, and later the JIT, test the shape id and then load
//! at a fixed slot.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::object::NameMap;
use super::value::Value;

pub struct Shape {
    pub id: u32,
    names: Vec<Rc<str>>,
    index: NameMap<u32>,
    transitions: RefCell<NameMap<&'static Shape>>,
}

// Shapes are never freed: every shape stays reachable from the root through the
// transition tree anyway, so they are leaked and referenced as `&'static Shape`
// (which inline caches can hold in plain `Copy` entries).
thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static ROOT: &'static Shape = Box::leak(Box::new(Shape::new(Vec::new(), NameMap::default())));
}

impl std::fmt::Debug for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Shape#{}{:?}", self.id, self.names)
    }
}

/// Shapes are unique: equal means the same shape.
impl PartialEq for Shape {
    fn eq(&self, other: &Shape) -> bool {
        self.id == other.id
    }
}

impl Shape {
    fn new(names: Vec<Rc<str>>, index: NameMap<u32>) -> Shape {
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1).max(1));
            id
        });
        Shape {
            id,
            names,
            index,
            transitions: RefCell::new(NameMap::default()),
        }
    }

    /// The shape with no attributes.
    pub fn root() -> &'static Shape {
        ROOT.with(|r| *r)
    }

    pub fn slot_of(&self, name: &str) -> Option<usize> {
        self.index.get(name).map(|&i| i as usize)
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn names(&self) -> &[Rc<str>] {
        &self.names
    }

    /// The shape reached by adding `name` (shared between instances).
    pub fn with(&'static self, name: &Rc<str>) -> &'static Shape {
        if let Some(&s) = self.transitions.borrow().get(name) {
            return s;
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let mut index = self.index.clone();
        index.insert(name.clone(), self.names.len() as u32);
        let child: &'static Shape = Box::leak(Box::new(Shape::new(names, index)));
        self.transitions.borrow_mut().insert(name.clone(), child);
        child
    }
}

/// An instance's attributes: a shape and its slots, with a map-like interface.
pub struct AttrStore {
    shape: &'static Shape,
    slots: Vec<Value>,
}

impl Default for AttrStore {
    fn default() -> Self {
        AttrStore {
            shape: Shape::root(),
            slots: Vec::new(),
        }
    }
}

impl AttrStore {
    /// The addresses of the shape reference and the slot vector, for the JIT's
    /// layout probe (compiled code reads both).
    pub fn field_addresses(&self) -> (usize, usize) {
        (
            &self.shape as *const &'static Shape as usize,
            &self.slots as *const Vec<Value> as usize,
        )
    }
    /// The slot vector itself, for the JIT's layout probe.
    pub fn slots_vec(&self) -> &Vec<Value> {
        &self.slots
    }
    #[inline]
    pub fn shape_id(&self) -> u32 {
        self.shape.id
    }
    #[inline]
    pub fn shape(&self) -> &'static Shape {
        self.shape
    }
    #[inline]
    pub fn slot(&self, i: usize) -> Value {
        self.slots[i]
    }
    #[inline]
    pub fn set_slot(&mut self, i: usize, v: Value) {
        self.slots[i] = v;
    }
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.shape.slot_of(name).map(|i| &self.slots[i])
    }
    pub fn contains_key(&self, name: &str) -> bool {
        self.shape.slot_of(name).is_some()
    }
    /// Sets an attribute; a new one extends the shape.
    pub fn insert(&mut self, name: Rc<str>, v: Value) {
        match self.shape.slot_of(&name) {
            Some(i) => self.slots[i] = v,
            None => {
                self.shape = self.shape.with(&name);
                self.slots.push(v);
            }
        }
    }
    /// Moves to an already-computed child shape (an inline cache's transition).
    pub fn push_with_shape(&mut self, shape: &'static Shape, v: Value) {
        self.shape = shape;
        self.slots.push(v);
    }
    /// Removes an attribute, keeping the others in order (rebuilds the shape path).
    pub fn shift_remove(&mut self, name: &str) -> Option<Value> {
        let i = self.shape.slot_of(name)?;
        let old = self.slots.remove(i);
        let names: Vec<Rc<str>> = self.shape.names().to_vec();
        let mut shape = Shape::root();
        for (j, n) in names.iter().enumerate() {
            if j != i {
                shape = shape.with(n);
            }
        }
        self.shape = shape;
        Some(old)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&Rc<str>, &Value)> {
        self.shape.names().iter().zip(self.slots.iter())
    }
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter()
    }
    pub fn len(&self) -> usize {
        self.slots.len()
    }
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instances_built_alike_share_shapes() {
        let (mut a, mut b) = (AttrStore::default(), AttrStore::default());
        for s in [&mut a, &mut b] {
            s.insert(Rc::from("x"), Value::from_small_int(1));
            s.insert(Rc::from("y"), Value::from_small_int(2));
        }
        assert_eq!(a.shape_id(), b.shape_id());
        assert_eq!(a.shape().slot_of("y"), Some(1));
        b.insert(Rc::from("x"), Value::from_small_int(5));
        assert_eq!(a.shape_id(), b.shape_id());
        assert_eq!(b.get("x"), Some(&Value::from_small_int(5)));
    }

    #[test]
    fn removal_keeps_order_and_reuses_shapes() {
        let mut a = AttrStore::default();
        for n in ["a", "b", "c"] {
            a.insert(Rc::from(n), Value::NONE);
        }
        a.shift_remove("b");
        let names: Vec<&str> = a.iter().map(|(k, _)| &**k).collect();
        assert_eq!(names, ["a", "c"]);
        let mut b = AttrStore::default();
        b.insert(Rc::from("a"), Value::NONE);
        b.insert(Rc::from("c"), Value::NONE);
        assert_eq!(a.shape_id(), b.shape_id());
    }
}

//! Where compiled code finds a list's items and an instance's attributes: the
//! byte offsets of `Obj` fields it reads, found once at run time by probing real
//! objects (Rust does not promise the field order of `Vec` or of plain structs, so
//! it is measured rather than assumed). When probing cannot pin a layout down, the
//! backend calls the helpers instead.

use std::sync::OnceLock;

use crate::runtime::object::{InstanceObj, Mut, Obj, ObjData};
use crate::runtime::shape::Shape;
use crate::runtime::value::Value;
use std::cell::Cell;

/// Offsets, in bytes from the start of an `Obj`, that inline list access needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListLayout {
    /// The `ObjData` discriminant byte.
    pub tag_offset: i32,
    /// The discriminant of `ObjData::List`.
    pub list_tag: u8,
    /// The `Vec<Value>`'s buffer pointer and length words.
    pub items_ptr_offset: i32,
    pub len_offset: i32,
}

/// Offsets that inline closure-cell access needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellLayout {
    /// The `ObjData` discriminant byte, and the discriminant of `ObjData::Cell`.
    pub tag_offset: i32,
    pub cell_tag: u8,
    /// The cell's value word.
    pub value_offset: i32,
}

/// Offsets that inline instance attribute access needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstanceLayout {
    /// The `ObjData` discriminant byte, and the discriminant of `ObjData::Instance`.
    pub tag_offset: i32,
    pub instance_tag: u8,
    /// The instance's class (a value word).
    pub class_offset: i32,
    /// The `&'static Shape` of its attributes, and the shape's `u32` id in a `Shape`.
    pub shape_offset: i32,
    pub shape_id_offset: i32,
    /// The buffer pointer word of its slot vector.
    pub slots_ptr_offset: i32,
}

/// The layout of list objects in this build, if it could be determined.
pub fn list_layout() -> Option<ListLayout> {
    static LAYOUT: OnceLock<Option<ListLayout>> = OnceLock::new();
    *LAYOUT.get_or_init(probe)
}

/// The layout of instances in this build, if it could be determined.
pub fn instance_layout() -> Option<InstanceLayout> {
    static LAYOUT: OnceLock<Option<InstanceLayout>> = OnceLock::new();
    *LAYOUT.get_or_init(probe_instance)
}

/// The layout of closure cells in this build, if it could be determined.
pub fn cell_layout() -> Option<CellLayout> {
    static LAYOUT: OnceLock<Option<CellLayout>> = OnceLock::new();
    *LAYOUT.get_or_init(probe_cell)
}

fn probe_cell() -> Option<CellLayout> {
    let cell = obj(ObjData::Cell(Cell::new(Value::TRUE)));
    let list = obj(ObjData::List(Mut::new(vec![])));
    let base = &cell as *const Obj as usize;
    let tag_offset = (&cell.data as *const ObjData as usize).checked_sub(base)?;
    let cell_tag = tag_of(&cell);
    if cell_tag == tag_of(&list) {
        return None;
    }
    let ObjData::Cell(c) = &cell.data else {
        return None;
    };
    // `Cell<Value>` has `Value`'s layout (it is `repr(transparent)`).
    let value_offset = (c.as_ptr() as usize).checked_sub(base)?;
    if value_offset + WORD > std::mem::size_of::<Obj>() {
        return None;
    }
    Some(CellLayout {
        tag_offset: i32::try_from(tag_offset).ok()?,
        cell_tag,
        value_offset: i32::try_from(value_offset).ok()?,
    })
}

fn obj(data: ObjData) -> Obj {
    Obj {
        marked: Cell::new(false),
        data,
    }
}

/// The discriminant byte of `o`'s payload.
fn tag_of(o: &Obj) -> u8 {
    // SAFETY: `ObjData` is `repr(u8)`: its first byte is the discriminant, an
    // initialized `u8` (the primitive-representation layout guarantee).
    unsafe { *(&o.data as *const ObjData as *const u8) }
}

fn probe() -> Option<ListLayout> {
    let mut items = Vec::with_capacity(8);
    items.extend([Value::NONE; 3]);
    let list = obj(ObjData::List(Mut::new(items)));
    let tuple = obj(ObjData::Tuple(Box::new([])));
    let base = &list as *const Obj as usize;
    let tag_offset = (&list.data as *const ObjData as usize).checked_sub(base)?;
    let list_tag = tag_of(&list);
    if list_tag == tag_of(&tuple) {
        return None;
    }
    let ObjData::List(m) = &list.data else {
        return None;
    };
    let vec: &Vec<Value> = m.get();
    let vec_offset = (vec as *const Vec<Value> as usize).checked_sub(base)?;
    let (ptr_word, len_word) = vec_words(vec)?;
    let at = |word: usize| i32::try_from(vec_offset + word * WORD).ok();
    Some(ListLayout {
        tag_offset: i32::try_from(tag_offset).ok()?,
        list_tag,
        items_ptr_offset: at(ptr_word)?,
        len_offset: at(len_word)?,
    })
}

const WORD: usize = std::mem::size_of::<usize>();

/// The byte offset of a `Vec<Value>`'s buffer pointer within the `Vec`, if it
/// could be determined.
pub fn vec_items_ptr_offset() -> Option<i32> {
    static OFFSET: OnceLock<Option<i32>> = OnceLock::new();
    *OFFSET.get_or_init(|| {
        let mut probe = Vec::with_capacity(8);
        probe.extend([Value::NONE; 3]);
        let (ptr_word, _) = vec_words(&probe)?;
        i32::try_from(ptr_word * WORD).ok()
    })
}

/// Which words of a `Vec` (with distinct pointer, length and capacity) hold its
/// buffer pointer and its length.
fn vec_words(vec: &Vec<Value>) -> Option<(usize, usize)> {
    if std::mem::size_of::<Vec<Value>>() != 3 * WORD {
        return None;
    }
    // SAFETY: a `Vec` is three initialized machine words (pointer, capacity,
    // length, in an order Rust does not promise); reading them as integers only
    // inspects them.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(vec) };
    let find = |want: usize| {
        let mut hits = (0..3).filter(|&i| words[i] == want);
        let i = hits.next()?;
        hits.next().is_none().then_some(i)
    };
    let ptr_word = find(vec.as_ptr() as usize)?;
    let len_word = find(vec.len())?;
    let cap_word = find(vec.capacity())?;
    if ptr_word == len_word || len_word == cap_word || ptr_word == cap_word {
        return None;
    }
    Some((ptr_word, len_word))
}

fn probe_instance() -> Option<InstanceLayout> {
    let mut attrs = crate::runtime::shape::AttrStore::default();
    // Three slots with capacity for more: pointer, length and capacity differ.
    for name in ["a", "b", "c"] {
        attrs.insert(name.into(), Value::NONE);
    }
    let inst = obj(ObjData::Instance(InstanceObj {
        class: std::cell::Cell::new(Value::NONE),
        attrs: Mut::new(attrs),
        exc: None,
        payload: Value::EMPTY,
    }));
    let list = obj(ObjData::List(Mut::new(vec![])));
    let base = &inst as *const Obj as usize;
    let tag_offset = (&inst.data as *const ObjData as usize).checked_sub(base)?;
    let instance_tag = tag_of(&inst);
    if instance_tag == tag_of(&list) {
        return None;
    }
    let ObjData::Instance(io) = &inst.data else {
        return None;
    };
    let class_offset = (io.class.as_ptr() as usize).checked_sub(base)?;
    let store = io.attrs.get();
    let (shape_addr, slots_addr) = store.field_addresses();
    let slots_vec: &Vec<Value> = store.slots_vec();
    let (ptr_word, _) = vec_words(slots_vec)?;
    let off = |addr: usize| i32::try_from(addr.checked_sub(base)?).ok();
    Some(InstanceLayout {
        tag_offset: i32::try_from(tag_offset).ok()?,
        instance_tag,
        class_offset: i32::try_from(class_offset).ok()?,
        shape_offset: off(shape_addr)?,
        shape_id_offset: i32::try_from(std::mem::offset_of!(Shape, id)).ok()?,
        slots_ptr_offset: off(slots_addr + ptr_word * WORD)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The probed offsets read a real list's length and items.
    #[test]
    fn probed_layout_reads_a_list() {
        let l = list_layout().expect("layout found on this target");
        let o = obj(ObjData::List(Mut::new(vec![
            Value::from_small_int(7),
            Value::from_small_int(8),
        ])));
        let p = &o as *const Obj as *const u8;
        // SAFETY: the offsets were measured on an `Obj` of the same type, and lie
        // inside it; the items pointer addresses the list's two values.
        unsafe {
            assert_eq!(*p.add(l.tag_offset as usize), l.list_tag);
            let len = *(p.add(l.len_offset as usize) as *const usize);
            assert_eq!(len, 2);
            let items = *(p.add(l.items_ptr_offset as usize) as *const *const Value);
            assert_eq!((*items.add(1)).as_int(), 8);
        }
        let d = obj(ObjData::Tuple(Box::new([Value::NONE])));
        assert_ne!(tag_of(&d), l.list_tag);
    }

    /// The probed offsets read a real instance's class, shape id and slots.
    #[test]
    fn probed_layout_reads_a_cell() {
        let l = cell_layout().expect("cell layout");
        let o = obj(ObjData::Cell(Cell::new(Value::from_small_int(7))));
        let p = &o as *const Obj as *const u8;
        // SAFETY: both offsets were probed inside an `Obj` of this build.
        let (tag, word) = unsafe {
            (
                *p.add(l.tag_offset as usize),
                *(p.add(l.value_offset as usize) as *const u64),
            )
        };
        assert_eq!(tag, l.cell_tag);
        assert_eq!(word, Value::from_small_int(7).0);
    }

    #[test]
    fn probed_layout_reads_an_instance() {
        let l = instance_layout().expect("layout found on this target");
        let mut attrs = crate::runtime::shape::AttrStore::default();
        attrs.insert("x".into(), Value::from_small_int(5));
        attrs.insert("y".into(), Value::from_small_int(6));
        let want_shape = attrs.shape_id();
        let o = obj(ObjData::Instance(InstanceObj {
            class: std::cell::Cell::new(Value::from_small_int(42)),
            attrs: Mut::new(attrs),
            exc: None,
            payload: Value::EMPTY,
        }));
        let p = &o as *const Obj as *const u8;
        // SAFETY: the offsets were measured on an `Obj` of the same type and lie
        // inside it; the shape reference and slot pointer address live data.
        unsafe {
            assert_eq!(*p.add(l.tag_offset as usize), l.instance_tag);
            let class = *(p.add(l.class_offset as usize) as *const Value);
            assert_eq!(class.as_int(), 42);
            let shape = *(p.add(l.shape_offset as usize) as *const *const u8);
            let id = *(shape.add(l.shape_id_offset as usize) as *const u32);
            assert_eq!(id, want_shape);
            let slots = *(p.add(l.slots_ptr_offset as usize) as *const *const Value);
            assert_eq!((*slots.add(1)).as_int(), 6);
        }
    }
}

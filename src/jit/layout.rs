//! Where compiled code finds a list's items: the byte offsets of `Obj` fields it
//! reads, found once at run time by probing real objects (Rust does not promise
//! `Vec`'s field order, so it is measured rather than assumed). When probing cannot
//! pin a layout down, the backend calls the list helpers instead.

use std::sync::OnceLock;

use crate::runtime::object::{Mut, Obj, ObjData};
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

/// The layout of list objects in this build, if it could be determined.
pub fn list_layout() -> Option<ListLayout> {
    static LAYOUT: OnceLock<Option<ListLayout>> = OnceLock::new();
    *LAYOUT.get_or_init(probe)
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
    const WORD: usize = std::mem::size_of::<usize>();
    if std::mem::size_of::<Vec<Value>>() != 3 * WORD {
        return None;
    }
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
    let at = |word: usize| i32::try_from(vec_offset + word * WORD).ok();
    Some(ListLayout {
        tag_offset: i32::try_from(tag_offset).ok()?,
        list_tag,
        items_ptr_offset: at(ptr_word)?,
        len_offset: at(len_word)?,
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
}

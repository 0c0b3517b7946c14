//! `super`, `property`, `staticmethod` and `classmethod`: classes whose instances
//! keep their state in attributes (`__func__`, `fget`, ...), which attribute lookup
//! (`attrs.rs`) recognises by class.

use std::rc::Rc;

use super::error::ExcKind;
use super::object::*;
use super::types::class_of;
use super::value::Value;
use crate::interp::Vm;

type Kw<'a> = &'a [(Value, Value)];

fn new_class(vm: &mut Vm, name: &str) -> Value {
    let object = vm.types.object;
    let v = vm.heap.alloc(ObjData::Class(Box::new(ClassObj {
        name: Rc::from(name),
        qualname: Rc::from(name),
        bases: vec![object],
        mro: Mut::new(vec![]),
        dict: Mut::new(NameMap::default()),
        builtin: None,
        module_name: Rc::from("builtins"),
    })));
    if let Some(c) = class_of(v) {
        *c.mro.get_mut() = vec![v, object];
    }
    v
}

fn attrs_of<'a>(v: Value) -> Option<&'a Mut<super::shape::AttrStore>> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Instance(i)) => Some(&i.attrs),
        _ => None,
    }
}

fn set(v: Value, name: &str, x: Value) {
    if let Some(a) = attrs_of(v) {
        a.get_mut().insert(Rc::from(name), x);
    }
}

fn get(v: Value, name: &str) -> Value {
    attrs_of(v)
        .and_then(|a| a.get().get(name).copied())
        .unwrap_or(Value::NONE)
}

fn func_init(_vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "staticmethod expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    set(a[0], "__func__", a[1]);
    Ok(Value::NONE)
}

fn property_init(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let names = ["fget", "fset", "fdel", "doc"];
    if a.len() > 5 {
        return Err(PyErr::type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            a.len() - 1
        )));
    }
    for (i, n) in names.iter().enumerate() {
        set(a[0], n, a.get(i + 1).copied().unwrap_or(Value::NONE));
    }
    for &(kn, v) in k {
        let n = vm.str_contents(kn).unwrap_or("").to_string();
        if !names.contains(&n.as_str()) {
            return Err(PyErr::type_error(format!(
                "property() got an unexpected keyword argument '{n}'"
            )));
        }
        set(a[0], &n, v);
    }
    Ok(Value::NONE)
}

fn property_with(vm: &mut Vm, a: &[Value], which: &str) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{which}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let cls = vm.type_of(a[0]);
    let p = vm.heap.alloc(ObjData::Instance(InstanceObj {
        class: cls,
        attrs: Mut::new(Default::default()),
        exc: None,
    }));
    for n in ["fget", "fset", "fdel", "doc"] {
        set(p, n, get(a[0], n));
    }
    let slot = match which {
        "getter" => "fget",
        "setter" => "fset",
        _ => "fdel",
    };
    set(p, slot, a[1]);
    Ok(p)
}

fn property_getter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    property_with(vm, a, "getter")
}
fn property_setter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    property_with(vm, a, "setter")
}
fn property_deleter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    property_with(vm, a, "deleter")
}

fn super_init(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
    }
    let (this, obj) = (a[1], a[2]);
    if class_of(this).is_none() {
        return Err(PyErr::type_error(
            "super() argument 1 must be a type, not ".to_string() + &vm.type_name(this),
        ));
    }
    let ok = if class_of(obj).is_some() {
        vm.is_subclass(obj, this)
    } else {
        vm.is_instance_of(obj, this)
    };
    if !ok {
        return Err(PyErr::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    set(a[0], "__thisclass__", this);
    set(a[0], "__self__", obj);
    Ok(Value::NONE)
}

/// Attribute lookup through `super()`: the MRO of the object's class after the
/// class named in `super`.
pub fn super_getattr(vm: &mut Vm, inst: &InstanceObj, name: &str) -> PyResult<Option<Value>> {
    let this = inst
        .attrs
        .get()
        .get("__thisclass__")
        .copied()
        .unwrap_or(Value::NONE);
    let obj = inst
        .attrs
        .get()
        .get("__self__")
        .copied()
        .unwrap_or(Value::NONE);
    match name {
        "__thisclass__" => return Ok(Some(this)),
        "__self__" => return Ok(Some(obj)),
        _ => {}
    }
    let start = if class_of(obj).is_some() {
        obj
    } else {
        vm.type_of(obj)
    };
    let mro = vm.mro_of(start);
    let pos = mro
        .iter()
        .position(|&c| c == this)
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for &k in &mro[pos..] {
        let Some(kc) = class_of(k) else { continue };
        let Some(&v) = kc.dict.get().get(name) else {
            continue;
        };
        let bound = match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Function(_)) => {
                if class_of(obj).is_some() {
                    v
                } else {
                    vm.heap.alloc(ObjData::BoundMethod(obj, v))
                }
            }
            Some(ObjData::Native(n)) if n.receiver.is_empty() => {
                vm.heap.alloc(ObjData::Native(NativeObj {
                    name: n.name,
                    func: n.func,
                    receiver: obj,
                }))
            }
            Some(ObjData::Instance(d)) => {
                let dname = vm.class_name(d.class);
                match dname.as_ref() {
                    "staticmethod" => get(v, "__func__"),
                    "classmethod" => {
                        let f = get(v, "__func__");
                        let cls = if class_of(obj).is_some() {
                            obj
                        } else {
                            vm.type_of(obj)
                        };
                        vm.heap.alloc(ObjData::BoundMethod(cls, f))
                    }
                    "property" => {
                        let g = get(v, "fget");
                        vm.call_value(g, &[obj], &[])?
                    }
                    _ => v,
                }
            }
            _ => v,
        };
        return Ok(Some(bound));
    }
    Ok(None)
}

pub fn install(vm: &mut Vm) {
    let staticmethod = new_class(vm, "staticmethod");
    let classmethod = new_class(vm, "classmethod");
    let property = new_class(vm, "property");
    let sup = new_class(vm, "super");
    for c in [staticmethod, classmethod] {
        let f = vm.native("__init__", func_init);
        vm.set_class_attr(c, "__init__", f);
    }
    let pi = vm.native("__init__", property_init);
    vm.set_class_attr(property, "__init__", pi);
    for (n, f) in [
        ("getter", property_getter as NativeFn),
        ("setter", property_setter),
        ("deleter", property_deleter),
    ] {
        let v = vm.native(n, f);
        vm.set_class_attr(property, n, v);
    }
    let si = vm.native("__init__", super_init);
    vm.set_class_attr(sup, "__init__", si);
    vm.super_class = sup;
    for (n, c) in [
        ("staticmethod", staticmethod),
        ("classmethod", classmethod),
        ("property", property),
        ("super", sup),
    ] {
        vm.builtins.insert(Rc::from(n), c);
    }
}

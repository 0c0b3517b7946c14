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
        name: Mut::new(Rc::from(name)),
        qualname: Mut::new(Rc::from(name)),
        bases: vec![object],
        mro: Mut::new(vec![]),
        dict: Mut::new(NameMap::default()),
        builtin: None,
        module_name: Mut::new(Rc::from("builtins")),
        meta: std::cell::Cell::new(Value::NONE),
        subclasses: Mut::new(vec![]),
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

fn func_init(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "staticmethod expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    set(a[0], "__func__", a[1]);
    mark_abstract(vm, a[0], &["__func__"])?;
    Ok(Value::NONE)
}

/// Sets `__isabstractmethod__` on a wrapper (staticmethod, classmethod,
/// property) when one of the functions it wraps is abstract, as CPython's
/// wrappers report it, so ABCMeta finds `@classmethod @abstractmethod` too.
fn mark_abstract(vm: &mut Vm, wrapper: Value, slots: &[&str]) -> PyResult<()> {
    let mut abstract_ = false;
    for slot in slots {
        let f = get(wrapper, slot);
        if f.is_none() {
            continue;
        }
        if let Some(flag) = vm.get_attr_opt(f, "__isabstractmethod__")? {
            if vm.truthy(flag)? {
                abstract_ = true;
                break;
            }
        }
    }
    if abstract_ {
        set(wrapper, "__isabstractmethod__", Value::from_bool(true));
    } else if let Some(a) = attrs_of(wrapper) {
        a.get_mut().shift_remove("__isabstractmethod__");
    }
    Ok(())
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
    property_doc(vm, a[0])?;
    mark_abstract(vm, a[0], &["fget", "fset", "fdel"])?;
    Ok(Value::NONE)
}

/// `__doc__` of a property: the `doc` argument, else the getter's docstring.
fn property_doc(vm: &mut Vm, p: Value) -> PyResult<()> {
    let mut doc = get(p, "doc");
    let g = get(p, "fget");
    if doc.is_none() && !g.is_none() {
        doc = vm.get_attr_opt(g, "__doc__")?.unwrap_or(Value::NONE);
    }
    set(p, "__doc__", doc);
    Ok(())
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
        class: std::cell::Cell::new(cls),
        attrs: Mut::new(Default::default()),
        exc: None,
        payload: Value::EMPTY,
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
    property_doc(vm, p)?;
    mark_abstract(vm, p, &["fget", "fset", "fdel"])?;
    Ok(p)
}

fn property_get(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let obj = a.get(1).copied().unwrap_or(Value::NONE);
    if obj.is_none() {
        return Ok(a[0]);
    }
    let g = get(a[0], "fget");
    if g.is_none() {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            "property has no getter",
        ));
    }
    vm.call_value(g, &[obj], &[])
}

fn property_set(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::type_error("__set__ expected 2 arguments"));
    }
    let s = get(a[0], "fset");
    if s.is_none() {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            "property has no setter",
        ));
    }
    vm.call_value(s, &[a[1], a[2]], &[])?;
    Ok(Value::NONE)
}

fn property_delete(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let d = get(a[0], "fdel");
    if d.is_none() {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            "property has no deleter",
        ));
    }
    vm.call_value(d, &[a.get(1).copied().unwrap_or(Value::NONE)], &[])?;
    Ok(Value::NONE)
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
    let ok = (class_of(obj).is_some() && vm.is_subclass(obj, this)) || vm.is_instance_of(obj, this);
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
    // super(C, cls) inside a classmethod walks cls's MRO; otherwise type(obj)'s.
    let start = if class_of(obj).is_some() && vm.is_subclass(obj, this) {
        obj
    } else {
        vm.type_of(obj)
    };
    let on_instance = start != obj;
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
            // `__new__` is a static method.
            Some(ObjData::Function(_) | ObjData::Native(_)) if name == "__new__" => v,
            // Implicit class methods.
            Some(ObjData::Function(_))
                if name == "__init_subclass__" || name == "__class_getitem__" =>
            {
                let cls = if class_of(obj).is_some() {
                    obj
                } else {
                    vm.type_of(obj)
                };
                vm.heap.alloc(ObjData::BoundMethod(cls, v))
            }
            Some(ObjData::Function(_)) => {
                if on_instance {
                    vm.heap.alloc(ObjData::BoundMethod(obj, v))
                } else {
                    v
                }
            }
            Some(ObjData::Native(n)) if n.receiver.is_empty() => {
                // Built-in types' methods work on a subclass instance's payload.
                let receiver = match (kc.builtin, vm.payload_of(obj)) {
                    (Some(BuiltinType::Object | BuiltinType::BaseException) | None, _)
                    | (_, None) => obj,
                    (Some(_), Some(p)) => p,
                };
                vm.heap.alloc(ObjData::Native(NativeObj {
                    name: n.name,
                    func: n.func,
                    receiver,
                    binds_payload: n.binds_payload,
                }))
            }
            Some(ObjData::Instance(d)) => {
                let dname = vm.class_name(d.class.get());
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
    vm.property_class = property;
    for (n, f) in [
        ("__get__", property_get as NativeFn),
        ("__set__", property_set),
        ("__delete__", property_delete),
    ] {
        let v = vm.native(n, f);
        vm.set_class_attr(property, n, v);
    }
    for (n, f) in [
        ("getter", property_getter as NativeFn),
        ("setter", property_setter),
        ("deleter", property_deleter),
    ] {
        let v = vm.native(n, f);
        vm.set_class_attr(property, n, v);
    }
    install_object_methods(vm);
    install_object_protocol(vm);
    install_container_inits(vm);
    install_new(vm);
    install_union(vm);
    install_value_specials(vm);
    install_type_methods(vm);
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

fn attr_name_arg(vm: &Vm, v: Value) -> PyResult<String> {
    match vm.str_contents(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(PyErr::type_error(format!(
                "attribute name must be string, not '{tn}'"
            )))
        }
    }
}

fn object_setattr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "expected 3 arguments, got {}",
            a.len()
        )));
    }
    let n = attr_name_arg(vm, a[1])?;
    vm.set_attr_default(a[0], &n, a[2])?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            a.len()
        )));
    }
    let n = attr_name_arg(vm, a[1])?;
    vm.del_attr_default(a[0], &n)?;
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            a.len()
        )));
    }
    let n = attr_name_arg(vm, a[1])?;
    match vm.get_attr_opt(a[0], &n)? {
        Some(v) => Ok(v),
        None => {
            let tn = vm.type_name(a[0]);
            Err(PyErr::new(
                ExcKind::AttributeError,
                format!("'{tn}' object has no attribute '{n}'"),
            ))
        }
    }
}

/// `slice.indices(length)`.
fn slice_indices(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let Some(ObjData::Slice(s0, s1, s2)) = a[0].as_obj().map(|o| &o.data) else {
        return Err(PyErr::type_error(
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    let len = super::ops::index_of(vm, a[1], "slice")?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = super::containers::slice_indices(vm, (*s0, *s1, *s2), len)?;
    let v = vec![vm.int_value(start), vm.int_value(stop), vm.int_value(step)];
    Ok(vm.new_tuple(v))
}

fn object_init_subclass(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::NONE)
}

pub fn install_object_methods(vm: &mut Vm) {
    let obj = vm.types.object;
    // Implicitly a class method: bound to the class by `super()` and lookups.
    let isc = vm.native("__init_subclass__", object_init_subclass);
    let cm = vm.builtins.get("classmethod").copied();
    let isc = match cm {
        Some(cm) => {
            let wrapped = vm.heap.alloc(ObjData::Instance(InstanceObj {
                class: std::cell::Cell::new(cm),
                attrs: Mut::new(Default::default()),
                exc: None,
                payload: Value::EMPTY,
            }));
            set(wrapped, "__func__", isc);
            wrapped
        }
        None => isc,
    };
    vm.set_class_attr(obj, "__init_subclass__", isc);
    for (n, f) in [
        ("__setattr__", object_setattr as NativeFn),
        ("__delattr__", object_delattr),
        ("__getattribute__", object_getattribute),
    ] {
        let v = vm.native(n, f);
        vm.set_class_attr(obj, n, v);
    }
    let sl = vm.types.slice;
    let v = vm.native("indices", slice_indices);
    vm.set_class_attr(sl, "indices", v);
}

fn object_hash(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let h = super::ops::identity(a[0]).rotate_right(4) as i64;
    Ok(vm.int_value(h >> 17))
}

fn object_eq(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() == 2 && a[0] == a[1] {
        return Ok(Value::TRUE);
    }
    Ok(vm.not_implemented)
}

fn object_ne(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() == 2 {
        let r = vm.compare_op(crate::compile::bytecode::CmpOp::Eq, a[0], a[1])?;
        let t = vm.truthy(r)?;
        return Ok(Value::from_bool(!t));
    }
    Ok(vm.not_implemented)
}

fn object_repr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let cls = vm.type_of(a[0]);
    let (module, qual) = match cls.as_obj().map(|o| &o.data) {
        Some(ObjData::Class(c)) => (c.module_name.get().clone(), c.qualname.get().clone()),
        _ => (Rc::from("builtins"), Rc::from("object")),
    };
    let s = format!(
        "<{module}.{qual} object at {:#x}>",
        super::ops::identity(a[0])
    );
    Ok(vm.new_string(s))
}

fn object_str(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let s = vm.repr_of(a[0])?;
    Ok(vm.new_string(s))
}

pub fn install_object_protocol(vm: &mut Vm) {
    let obj = vm.types.object;
    for (n, f) in [
        ("__format__", sp_format as NativeFn),
        ("__hash__", object_hash),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__repr__", object_repr),
        ("__str__", object_str),
    ] {
        let v = vm.native(n, f);
        vm.set_class_attr(obj, n, v);
    }
}

fn list_init(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    if !k.is_empty() {
        return Err(PyErr::type_error("list() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "list expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let items = match a.get(1) {
        Some(&src) => vm.collect_iterable(src)?,
        None => vec![],
    };
    if let Some(ObjData::List(l)) = a[0].as_obj().map(|o| &o.data) {
        *l.get_mut() = items;
    }
    Ok(Value::NONE)
}

fn dict_init(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    if let Some(&src) = a.get(1) {
        vm.dict_update_from(a[0], src, false)?;
    }
    for &(key, v) in k {
        vm.dict_set(a[0], key, v)?;
    }
    Ok(Value::NONE)
}

fn set_init(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if let Some(ObjData::Set(s)) = a[0].as_obj().map(|o| &o.data) {
        s.get_mut().clear();
    }
    if let Some(&src) = a.get(1) {
        for x in vm.collect_iterable(src)? {
            vm.set_add(a[0], x)?;
        }
    }
    Ok(Value::NONE)
}

/// `__init__` of the mutable built-in containers, which subclasses call through
/// `super().__init__(...)`.
pub fn install_container_inits(vm: &mut Vm) {
    let t = (vm.types.list, vm.types.dict, vm.types.set);
    for (cls, f) in [
        (t.0, list_init as NativeFn),
        (t.1, dict_init),
        (t.2, set_init),
    ] {
        let v = vm.native("__init__", f);
        vm.set_class_attr(cls, "__init__", v);
    }
}

/// `object.__new__(cls, ...)` and the built-in types' `__new__`: a new instance of
/// `cls`, with a built-in payload made from the arguments when `cls` derives from
/// an immutable built-in type.
fn builtin_new(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let Some(&cls) = a.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    let Some(c) = class_of(cls) else {
        let tn = vm.type_name(cls);
        return Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({tn})"
        )));
    };
    if let Some(b) = c.builtin {
        if b != BuiltinType::Object && b != BuiltinType::BaseException {
            return super::builtins::construct_builtin(vm, cls, b, &a[1..], k);
        }
    }
    let payload = match vm.builtin_base_needing_payload(cls) {
        Some((base, b)) => {
            let mutable = matches!(b, BuiltinType::List | BuiltinType::Dict | BuiltinType::Set);
            let (args, kw): (&[Value], Kw) = if mutable { (&[], &[]) } else { (&a[1..], k) };
            super::builtins::construct_builtin(vm, base, b, args, kw)?
        }
        None => Value::EMPTY,
    };
    if vm.class_is_exception(cls) {
        return Ok(vm.new_exception(cls, a[1..].to_vec()));
    }
    Ok(vm.heap.alloc(ObjData::Instance(InstanceObj {
        class: std::cell::Cell::new(cls),
        attrs: Mut::new(Default::default()),
        exc: None,
        payload,
    })))
}

pub fn install_new(vm: &mut Vm) {
    let t = &vm.types;
    let classes = [
        t.object,
        t.int,
        t.float,
        t.str_,
        t.tuple,
        t.frozenset,
        t.list,
        t.dict,
        t.set,
    ];
    for cls in classes {
        let v = vm.native("__new__", builtin_new);
        vm.set_class_attr(cls, "__new__", v);
    }
}

/// `a | b` of types: a `types.UnionType` whose `__args__` flatten nested unions
/// and drop duplicates, printed as `int | None`.
pub fn make_union(vm: &mut Vm, a: Value, b: Value) -> Value {
    let mut args: Vec<Value> = vec![];
    for v in [a, b] {
        let parts: Vec<Value> = match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Instance(i)) if i.class.get() == vm.union_class => {
                let t = get(v, "__args__");
                vm.tuple_items(t).to_vec()
            }
            _ => vec![v],
        };
        for p in parts {
            if !args.contains(&p) {
                args.push(p);
            }
        }
    }
    let t = vm.new_tuple(args);
    let cls = vm.union_class;
    let u = vm.heap.alloc(ObjData::Instance(InstanceObj {
        class: std::cell::Cell::new(cls),
        attrs: Mut::new(Default::default()),
        exc: None,
        payload: Value::EMPTY,
    }));
    set(u, "__args__", t);
    u
}

fn union_repr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let args = vm.tuple_items(get(a[0], "__args__")).to_vec();
    let mut parts = vec![];
    for v in args {
        parts.push(match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Class(c)) if &**c.module_name.get() == "builtins" => {
                c.qualname.get().to_string()
            }
            Some(ObjData::Class(c)) => format!("{}.{}", c.module_name.get(), c.qualname.get()),
            _ if v.is_none() => "None".to_string(),
            _ => vm.repr_of(v)?,
        });
    }
    Ok(vm.new_string(parts.join(" | ")))
}

pub fn install_union(vm: &mut Vm) {
    let u = new_class(vm, "UnionType");
    if let Some(c) = class_of(u) {
        let _ = c;
    }
    let r = vm.native("__repr__", union_repr);
    vm.set_class_attr(u, "__repr__", r);
    vm.union_class = u;
}

// ---- special methods of the built-in value types --------------------------------
//
// The interpreter implements these operations directly; the methods exist so that
// Python code can call them explicitly (`dict.__setitem__(self, k, v)`,
// `super().__repr__()`), as subclasses and the stdlib do. The receiver is the
// built-in value (a subclass instance's payload, see `Vm::payload_args`).

fn want_args(a: &[Value], n: usize, name: &str) -> PyResult<()> {
    if a.len() != n + 1 {
        return Err(PyErr::type_error(format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn sp_repr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 0, "__repr__")?;
    let s = vm.repr_of(a[0])?;
    Ok(vm.new_string(s))
}
fn sp_str(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 0, "__str__")?;
    let s = vm.str_of(a[0])?;
    Ok(vm.new_string(s))
}
fn sp_len(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 0, "__len__")?;
    let n = vm.len_of(a[0])?;
    Ok(vm.int_value(n as i64))
}
fn sp_getitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 1, "__getitem__")?;
    vm.get_item(a[0], a[1])
}
fn sp_setitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 2, "__setitem__")?;
    vm.set_item(a[0], a[1], a[2])?;
    Ok(Value::NONE)
}
fn sp_delitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 1, "__delitem__")?;
    vm.del_item(a[0], a[1])?;
    Ok(Value::NONE)
}
fn sp_contains(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 1, "__contains__")?;
    Ok(Value::from_bool(vm.contains(a[0], a[1])?))
}
fn sp_iter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 0, "__iter__")?;
    vm.get_iter(a[0])
}
fn sp_format(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 1, "__format__")?;
    let spec = match vm.str_contents(a[1]) {
        Some(s) => s.to_string(),
        None => {
            let tn = vm.type_name(a[1]);
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {tn}"
            )));
        }
    };
    let s = vm.format_to_string(a[0], &spec)?;
    Ok(vm.new_string(s))
}

fn sp_hash(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 0, "__hash__")?;
    let h = vm.hash_of(a[0])?;
    Ok(vm.int_value(h))
}

macro_rules! sp_compare {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
            want_args(a, 1, stringify!($name))?;
            let other = vm.payload_of(a[1]).unwrap_or(a[1]);
            vm.compare_op(crate::compile::bytecode::CmpOp::$op, a[0], other)
        }
    };
}
sp_compare!(sp_eq, Eq);
sp_compare!(sp_ne, Ne);
sp_compare!(sp_lt, Lt);
sp_compare!(sp_le, Le);
sp_compare!(sp_gt, Gt);
sp_compare!(sp_ge, Ge);

macro_rules! sp_binary {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
            want_args(a, 1, stringify!($name))?;
            let other = vm.payload_of(a[1]).unwrap_or(a[1]);
            match vm.binary_op(crate::compile::bytecode::BinOp::$op, a[0], other) {
                Ok(v) => Ok(v),
                Err(e) if vm.is_exc_kind(&e, ExcKind::TypeError) => Ok(vm.not_implemented),
                Err(e) => Err(e),
            }
        }
    };
}
sp_binary!(sp_add, Add);
sp_binary!(sp_sub, Sub);
sp_binary!(sp_mul, Mul);
sp_binary!(sp_truediv, TrueDiv);
sp_binary!(sp_floordiv, FloorDiv);
sp_binary!(sp_mod, Mod);
sp_binary!(sp_or, BitOr);
sp_binary!(sp_and, BitAnd);
sp_binary!(sp_xor, BitXor);

pub fn install_value_specials(vm: &mut Vm) {
    use crate::runtime::object::BuiltinType as B;
    let t = &vm.types;
    let all = [
        (t.int, B::Int),
        (t.float, B::Float),
        (t.str_, B::Str),
        (t.list, B::List),
        (t.tuple, B::Tuple),
        (t.dict, B::Dict),
        (t.set, B::Set),
        (t.frozenset, B::FrozenSet),
    ];
    for (cls, b) in all {
        let container = matches!(
            b,
            B::Str | B::List | B::Tuple | B::Dict | B::Set | B::FrozenSet
        );
        let mut specials: Vec<(&'static str, NativeFn)> = vec![
            ("__format__", sp_format),
            ("__repr__", sp_repr),
            ("__eq__", sp_eq),
            ("__ne__", sp_ne),
            ("__lt__", sp_lt),
            ("__le__", sp_le),
            ("__gt__", sp_gt),
            ("__ge__", sp_ge),
        ];
        if !matches!(b, B::List | B::Dict | B::Set) {
            specials.push(("__hash__", sp_hash));
        }
        // Only str defines __str__; the others inherit object's (which uses repr).
        if b == B::Str {
            specials.push(("__str__", sp_str));
        }
        if container {
            specials.extend([
                ("__len__", sp_len as NativeFn),
                ("__iter__", sp_iter),
                ("__contains__", sp_contains),
            ]);
        }
        if matches!(b, B::Str | B::List | B::Tuple | B::Dict) {
            specials.push(("__getitem__", sp_getitem));
        }
        if matches!(b, B::List | B::Dict) {
            specials.extend([
                ("__setitem__", sp_setitem as NativeFn),
                ("__delitem__", sp_delitem),
            ]);
        }
        if matches!(b, B::Int | B::Float | B::Str | B::List | B::Tuple) {
            specials.extend([("__add__", sp_add as NativeFn), ("__mul__", sp_mul)]);
        }
        if matches!(b, B::Int | B::Float) {
            specials.extend([
                ("__sub__", sp_sub as NativeFn),
                ("__truediv__", sp_truediv),
                ("__floordiv__", sp_floordiv),
                ("__mod__", sp_mod),
            ]);
        }
        if matches!(b, B::Int | B::Set | B::FrozenSet | B::Dict) {
            specials.extend([
                ("__or__", sp_or as NativeFn),
                ("__and__", sp_and),
                ("__xor__", sp_xor),
            ]);
        }
        for (name, f) in specials {
            // Keep a more specific method installed earlier (e.g. str.__contains__).
            let exists = class_of(cls).is_some_and(|c| c.dict.get().contains_key(name));
            if !exists {
                let v = vm.native(name, f);
                vm.set_class_attr(cls, name, v);
            }
        }
        // Mutable containers are unhashable: their class says so, as CPython's do
        // (collections.abc.Hashable looks for it).
        if matches!(b, B::List | B::Dict | B::Set) {
            vm.set_class_attr(cls, "__hash__", Value::NONE);
        }
    }
    let builtin_function = vm.types.builtin_function;
    let call = vm.native("__call__", sp_call);
    vm.set_class_attr(builtin_function, "__call__", call);
}

/// `builtin_function.__call__(*args, **kw)`: calls the function itself.
fn sp_call(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let Some((&f, args)) = a.split_first() else {
        return Err(PyErr::type_error(
            "descriptor '__call__' of 'builtin_function_or_method' object needs an argument",
        ));
    };
    vm.call_value(f, args, k)
}

// ---- type and metaclasses ---------------------------------------------------------

/// `type.__new__(meta, name, bases, ns)`.
fn type_new(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    if a.len() == 2 {
        return Ok(vm.type_of(a[1]));
    }
    if a.len() != 4 {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = vm.str_contents(a[1]).map(|s| s.to_string()) else {
        let tn = vm.type_name(a[1]);
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {tn}"
        )));
    };
    let bases = vm.collect_iterable(a[2])?;
    let ns = vm.payload_of(a[3]).unwrap_or(a[3]);
    if !matches!(ns.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
        let tn = vm.type_name(a[3]);
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {tn}"
        )));
    }
    let module = vm
        .frames
        .iter()
        .rev()
        .find(|f| f.module.is_obj())
        .map(|f| f.module)
        .unwrap_or(Value::NONE);
    vm.create_class(a[0], &name, &bases, ns, module, k)
}

fn type_setattr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 2, "__setattr__")?;
    let n = attr_name_arg(vm, a[1])?;
    vm.set_attr_default(a[0], &n, a[2])?;
    Ok(Value::NONE)
}

fn type_delattr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    want_args(a, 1, "__delattr__")?;
    let n = attr_name_arg(vm, a[1])?;
    vm.del_attr_default(a[0], &n)?;
    Ok(Value::NONE)
}

fn type_init(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args)`: make an instance the ordinary way.
fn type_call(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let Some(&cls) = a.first() else {
        return Err(PyErr::type_error("type.__call__ needs an argument"));
    };
    vm.instantiate_now(cls, &a[1..], k)
}

fn type_mro(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let m = vm.mro_of(a[0]);
    Ok(vm.new_list(m))
}

fn type_subclasses(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let subs = class_of(a[0])
        .map(|c| c.subclasses.get().clone())
        .unwrap_or_default();
    Ok(vm.new_list(subs))
}

/// `function.__get__(obj, type=None)`: a method bound to `obj`.
fn function_get(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let obj = a.get(1).copied().unwrap_or(Value::NONE);
    if obj.is_none() {
        return Ok(a[0]);
    }
    Ok(vm.heap.alloc(ObjData::BoundMethod(obj, a[0])))
}

pub fn install_type_methods(vm: &mut Vm) {
    let fget = vm.native("__get__", function_get);
    let ft = vm.types.function;
    vm.set_class_attr(ft, "__get__", fget);
    let t = vm.types.type_;
    for (n, f) in [
        ("__new__", type_new as NativeFn),
        ("__init__", type_init),
        ("__setattr__", type_setattr),
        ("__delattr__", type_delattr),
        ("__call__", type_call),
        ("mro", type_mro),
        ("__subclasses__", type_subclasses),
    ] {
        let v = vm.native(n, f);
        vm.set_class_attr(t, n, v);
    }
}

//! Attribute access (instances, classes, modules, built-in methods), method
//! loading without bound-method allocation, classes, exceptions and imports.

use std::rc::Rc;

use super::error::ExcKind;
use super::object::*;
use super::types::class_of;
use super::value::Value;
use crate::interp::Vm;

impl Vm {
    fn attr_error(&self, obj: Value, name: &str) -> PyErr {
        if let Some(ObjData::Class(c)) = obj.as_obj().map(|o| &o.data) {
            return PyErr::new(
                ExcKind::AttributeError,
                format!("type object '{}' has no attribute '{name}'", c.name.get()),
            );
        }
        if let Some(ObjData::Module(m)) = obj.as_obj().map(|o| &o.data) {
            return PyErr::new(
                ExcKind::AttributeError,
                format!("module '{}' has no attribute '{name}'", m.name),
            );
        }
        let tn = self.type_name(obj);
        PyErr::new(
            ExcKind::AttributeError,
            format!("'{tn}' object has no attribute '{name}'"),
        )
    }

    pub fn get_attr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                if let Some(ObjData::Instance(_)) = obj.as_obj().map(|o| &o.data) {
                    if let Some(ga) = self.lookup_special(obj, "__getattr__") {
                        let n = self.new_str(name);
                        return self.call_value(ga, &[obj, n], &[]);
                    }
                }
                // A metaclass's __getattr__ for class attributes.
                if let Some(ObjData::Class(c)) = obj.as_obj().map(|o| &o.data) {
                    let meta = c.meta.get();
                    if !meta.is_none() {
                        if let Some(ga) = self.user_special_on_class(meta, "__getattr__") {
                            let n = self.new_str(name);
                            return self.call_value(ga, &[obj, n], &[]);
                        }
                    }
                }
                Err(self.attr_error(obj, name))
            }
        }
    }

    /// The attribute, or None when it does not exist (errors from properties pass).
    pub fn get_attr_opt(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let data = obj.as_obj().map(|o| &o.data);
        match data {
            Some(ObjData::Instance(inst)) if inst.class.get() == self.super_class => {
                super::descriptors::super_getattr(self, inst, name)
            }
            Some(ObjData::Instance(inst)) => {
                let cls = inst.class.get();
                let class_attr = self.class_lookup(cls, name);
                if let Some(ca) = class_attr {
                    if let Some(v) = self.data_descriptor_get(ca, obj)? {
                        return Ok(Some(v));
                    }
                }
                if let Some(&v) = inst.attrs.get().get(name) {
                    return Ok(Some(v));
                }
                if let Some(st) = &inst.exc {
                    match name {
                        "args" => return Ok(Some(st.get().args)),
                        "__cause__" => return Ok(Some(st.get().cause)),
                        "__context__" => return Ok(Some(st.get().context)),
                        "__suppress_context__" => {
                            return Ok(Some(Value::from_bool(st.get().suppress_context)))
                        }
                        "__traceback__" => {
                            return super::modules::tb::traceback_of(self, obj).map(Some)
                        }
                        "value"
                            if self.is_instance_of(obj, self.exc_class(ExcKind::StopIteration)) =>
                        {
                            let a = self.tuple_items(st.get().args);
                            return Ok(Some(a.first().copied().unwrap_or(Value::NONE)));
                        }
                        "code" if self.is_instance_of(obj, self.exc_class(ExcKind::SystemExit)) => {
                            let a = self.tuple_items(st.get().args).to_vec();
                            return Ok(Some(match a.len() {
                                0 => Value::NONE,
                                1 => a[0],
                                _ => self.new_tuple(a),
                            }));
                        }
                        _ => {}
                    }
                }
                if name == "__class__" {
                    return Ok(Some(cls));
                }
                if name == "__dict__" && !self.slot_allowed(cls, "__dict__")? {
                    return Ok(None);
                }
                if name == "__dict__" {
                    // A fresh dict of the attributes that writes through to them.
                    let mut d = super::dict::DictObj::new();
                    d.owner = Some(obj);
                    let items: Vec<(Rc<str>, Value)> = inst
                        .attrs
                        .get()
                        .iter()
                        .map(|(k, v)| (k.clone(), *v))
                        .collect();
                    let dv = self.new_dict(std::mem::take(&mut d));
                    for (k, v) in items {
                        let kv = self.new_str(&k);
                        self.dict_set(dv, kv, v)?;
                    }
                    return Ok(Some(dv));
                }
                match class_attr {
                    Some(ca) => Ok(Some(self.bind_class_attr(ca, obj, cls)?)),
                    None => Ok(None),
                }
            }
            Some(ObjData::Class(c)) => {
                match name {
                    "__name__" => return Ok(Some(self.new_str(&c.name.get().clone()))),
                    "__qualname__" => return Ok(Some(self.new_str(&c.qualname.get().clone()))),
                    "__mro__" => {
                        let m = c.mro.get().clone();
                        return Ok(Some(self.new_tuple(m)));
                    }
                    "__class__" => return Ok(Some(self.type_of(obj))),
                    "__base__" => {
                        return Ok(Some(c.bases.first().copied().unwrap_or(Value::NONE)));
                    }
                    "__bases__" => {
                        let b = c.bases.clone();
                        return Ok(Some(self.new_tuple(b)));
                    }
                    "__module__" => {
                        let m = c.module_name.get().clone();
                        return Ok(Some(self.new_str(&m)));
                    }
                    "__dict__" => {
                        let items: Vec<(Rc<str>, Value)> =
                            c.dict.get().iter().map(|(k, v)| (k.clone(), *v)).collect();
                        let dv = self.new_dict(Default::default());
                        for (k, v) in items {
                            let kv = self.new_str(&k);
                            self.dict_set(dv, kv, v)?;
                        }
                        return Ok(Some(dv));
                    }
                    _ => {}
                }
                match self.class_lookup(obj, name) {
                    Some(v) => Ok(Some(self.bind_class_attr_on_class(v, obj)?)),
                    None if !c.meta.get().is_none() => {
                        // Attributes of the metaclass, bound to the class.
                        let meta = c.meta.get();
                        match self.class_lookup(meta, name) {
                            Some(v) => Ok(Some(self.bind_class_attr(v, obj, meta)?)),
                            None => Ok(None),
                        }
                    }
                    None => {
                        // Methods of `type` itself (e.g. mro()).
                        if name == "__class__" {
                            return Ok(Some(self.types.type_));
                        }
                        let t = self.types.type_;
                        match self.class_lookup(t, name) {
                            Some(v) => Ok(Some(self.bind_class_attr(v, obj, t)?)),
                            None => Ok(None),
                        }
                    }
                }
            }
            Some(ObjData::Module(m)) => {
                if name == "__dict__" {
                    let g = m.globals.get();
                    let items: Vec<(Rc<str>, Value)> = g
                        .slots
                        .iter()
                        .filter(|(_, &i)| !g.values[i].is_empty() && !g.from_builtins[i])
                        .map(|(k, &i)| (k.clone(), g.values[i]))
                        .collect();
                    let dv = self.new_dict(Default::default());
                    for (k, v) in items {
                        let kv = self.new_str(&k);
                        self.dict_set(dv, kv, v)?;
                    }
                    return Ok(Some(dv));
                }
                Ok(m.globals.get().get(name))
            }
            Some(ObjData::Function(f)) => match name {
                "__name__" => Ok(Some(self.new_str(&f.name.get().clone()))),
                // An assigned `__qualname__`/`__module__` (functools.wraps) wins.
                "__qualname__" | "__module__" if f.attrs.get().contains_key(name) => {
                    Ok(f.attrs.get().get(name).copied())
                }
                "__qualname__" => Ok(Some(self.new_str(&f.qualname.clone()))),
                "__doc__" => Ok(Some(match f.attrs.get().get(name) {
                    Some(&v) => v,
                    None => match &crate::interp::call::code_of(f.code).doc {
                        Some(d) => self.new_str(&d.clone()),
                        None => Value::NONE,
                    },
                })),
                "__closure__" => Ok(Some(if f.closure.is_empty() {
                    Value::NONE
                } else {
                    let cells = f.closure.to_vec();
                    self.new_tuple(cells)
                })),
                "__module__" => Ok(Some(self.new_str("__main__"))),
                "__defaults__" => {
                    if f.defaults.is_empty() {
                        Ok(Some(Value::NONE))
                    } else {
                        let d = f.defaults.to_vec();
                        Ok(Some(self.new_tuple(d)))
                    }
                }
                "__code__" => Ok(Some(f.code)),
                "__annotations__" => match f.attrs.get().get(name) {
                    Some(&v) => Ok(Some(v)),
                    None => {
                        let d = self.new_dict(Default::default());
                        f.attrs.get_mut().insert(Rc::from(name), d);
                        Ok(Some(d))
                    }
                },
                "__dict__" => Ok(Some(self.new_dict(Default::default()))),
                _ => match f.attrs.get().get(name).copied() {
                    Some(v) => Ok(Some(v)),
                    // Methods of the function type (`__get__`).
                    None => match self.class_lookup(self.types.function, name) {
                        Some(m) => {
                            let ft = self.types.function;
                            Ok(Some(self.bind_class_attr(m, obj, ft)?))
                        }
                        None => Ok(None),
                    },
                },
            },
            Some(ObjData::BoundMethod(recv, func)) => match name {
                "__self__" => Ok(Some(*recv)),
                "__func__" => Ok(Some(*func)),
                _ => {
                    let f = *func;
                    self.get_attr_opt(f, name)
                }
            },
            Some(ObjData::Cell(c)) if name == "cell_contents" => match c.get() {
                v if v.is_empty() => Err(PyErr::value_error("Cell is empty")),
                v => Ok(Some(v)),
            },
            Some(ObjData::Code(c)) => Ok(match name {
                "co_name" => Some(self.new_str(&c.name.clone())),
                "co_qualname" => Some(self.new_str(&c.qualname.clone())),
                "co_filename" => Some(self.new_str(&c.filename.clone())),
                "co_firstlineno" => Some(Value::from_small_int(c.first_line as i64)),
                _ => None,
            }),
            Some(ObjData::Native(n)) => match name {
                "__name__" | "__qualname__" => Ok(Some(self.new_str(n.name))),
                "__self__" => Ok(Some(n.receiver)),
                "__class__" => Ok(Some(self.type_of(obj))),
                _ => Ok(None),
            },
            _ => {
                // Built-in values: methods from the type's class dict.
                let cls = self.type_of(obj);
                if name == "__class__" {
                    return Ok(Some(cls));
                }
                if let Some(v) = super::builtins::builtin_value_attr(self, obj, name)? {
                    return Ok(Some(v));
                }
                match self.class_lookup(cls, name) {
                    Some(ca) => Ok(Some(self.bind_class_attr(ca, obj, cls)?)),
                    None => Ok(None),
                }
            }
        }
    }

    /// A property's getter runs; other class attributes are returned as found.
    fn data_descriptor_get(&mut self, ca: Value, obj: Value) -> PyResult<Option<Value>> {
        if let Some(ObjData::Instance(d)) = ca.as_obj().map(|o| &o.data) {
            let dcls = d.class.get();
            // A user-defined data descriptor (its class defines __set__ or
            // __delete__ in Python) runs its __get__.
            let user_get = self.user_special_on_class(dcls, "__get__");
            let is_data = self.class_lookup(dcls, "__set__").is_some()
                || self.class_lookup(dcls, "__delete__").is_some();
            if is_data && dcls != self.property_class {
                if let Some(get) = self.class_lookup(dcls, "__get__") {
                    let _ = user_get;
                    let cls = self.type_of(obj);
                    return Ok(Some(self.call_value(get, &[ca, obj, cls], &[])?));
                }
            }
            if dcls == self.property_class {
                let getter = d.attrs.get().get("fget").copied().unwrap_or(Value::NONE);
                if getter.is_none() {
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        "property has no getter",
                    ));
                }
                return Ok(Some(self.call_value(getter, &[obj], &[])?));
            }
        }
        Ok(None)
    }

    /// What `obj.name` gives for a class attribute: functions bind to the instance.
    fn bind_class_attr(&mut self, ca: Value, obj: Value, cls: Value) -> PyResult<Value> {
        match ca.as_obj().map(|o| &o.data) {
            Some(ObjData::Function(_)) => Ok(self.heap.alloc(ObjData::BoundMethod(obj, ca))),
            Some(ObjData::Native(n)) => {
                if n.receiver.is_empty() {
                    let (name, func, binds_payload) = (n.name, n.func, n.binds_payload);
                    let receiver = self.native_receiver(obj, cls, name);
                    Ok(self.heap.alloc(ObjData::Native(NativeObj {
                        name,
                        func,
                        receiver,
                        binds_payload,
                    })))
                } else {
                    Ok(ca)
                }
            }
            Some(ObjData::Instance(d)) => {
                let dname = self.class_name(d.class.get());
                match dname.as_ref() {
                    "staticmethod" => Ok(d
                        .attrs
                        .get()
                        .get("__func__")
                        .copied()
                        .unwrap_or(Value::NONE)),
                    "classmethod" => {
                        let f = d
                            .attrs
                            .get()
                            .get("__func__")
                            .copied()
                            .unwrap_or(Value::NONE);
                        Ok(self.heap.alloc(ObjData::BoundMethod(cls, f)))
                    }
                    _ => {
                        if let Some(get) = self.lookup_special(ca, "__get__") {
                            return self.call_value(get, &[ca, obj, cls], &[]);
                        }
                        Ok(ca)
                    }
                }
            }
            _ => Ok(ca),
        }
    }

    fn bind_class_attr_on_class(&mut self, ca: Value, cls: Value) -> PyResult<Value> {
        match ca.as_obj().map(|o| &o.data) {
            Some(ObjData::Instance(d)) => {
                let dname = self.class_name(d.class.get());
                match dname.as_ref() {
                    "staticmethod" => Ok(d
                        .attrs
                        .get()
                        .get("__func__")
                        .copied()
                        .unwrap_or(Value::NONE)),
                    "classmethod" => {
                        let f = d
                            .attrs
                            .get()
                            .get("__func__")
                            .copied()
                            .unwrap_or(Value::NONE);
                        Ok(self.heap.alloc(ObjData::BoundMethod(cls, f)))
                    }
                    "property" => Ok(ca),
                    _ => {
                        if let Some(get) = self.lookup_special(ca, "__get__") {
                            return self.call_value(get, &[ca, Value::NONE, cls], &[]);
                        }
                        Ok(ca)
                    }
                }
            }
            _ => Ok(ca),
        }
    }

    /// Whether instances of `cls` may have attribute `name`: always, unless every
    /// class in the MRO below `object` declares `__slots__` (without `__dict__`);
    /// then only the declared names.
    pub fn slot_allowed(&mut self, cls: Value, name: &str) -> PyResult<bool> {
        let mut declared: Vec<Value> = vec![];
        for k in self.mro_of(cls) {
            let Some(kc) = super::types::class_of(k) else {
                continue;
            };
            // Exception instances have a `__dict__` (BaseException's).
            if matches!(kc.builtin, Some(super::object::BuiltinType::BaseException)) {
                return Ok(true);
            }
            // Other built-in classes (object) don't restrict attributes here.
            if kc.builtin.is_some() && &**kc.module_name.get() == "builtins" {
                continue;
            }
            match kc.dict.get().get("__slots__").copied() {
                Some(s) => declared.push(s),
                None => return Ok(true),
            }
        }
        for s in declared {
            let names = if self.str_contents(s).is_some() {
                vec![s]
            } else {
                self.collect_iterable(s)?
            };
            for n in names {
                if let Some(n) = self.str_contents(n) {
                    if n == name || n == "__dict__" {
                        return Ok(true);
                    }
                }
            }
        }
        Ok(false)
    }

    /// The built-in value inside an instance of a subclass of a built-in type.
    pub fn payload_of(&self, v: Value) -> Option<Value> {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Instance(i)) if !i.payload.is_empty() => Some(i.payload),
            _ => None,
        }
    }

    /// The receiver a native method found on `cls` gets: a built-in type's methods
    /// work on the instance's built-in payload; `object`'s work on the instance.
    pub fn native_receiver(&self, obj: Value, cls: Value, name: &str) -> Value {
        let Some(p) = self.payload_of(obj) else {
            return obj;
        };
        for k in self.mro_of(cls) {
            if let Some(kc) = super::types::class_of(k) {
                if kc.dict.get().contains_key(name) {
                    return match kc.builtin {
                        Some(BuiltinType::Object) | Some(BuiltinType::BaseException) | None => obj,
                        Some(_) => p,
                    };
                }
            }
        }
        obj
    }

    /// `obj.name` for a call: the function and its receiver, with no bound method
    /// allocated for plain methods.
    pub fn load_method(&mut self, obj: Value, name: &str) -> PyResult<(Value, Value)> {
        let cls = self.type_of(obj);
        let is_instance = matches!(obj.as_obj().map(|o| &o.data), Some(ObjData::Instance(i)) if i.class.get() != self.super_class);
        let is_plain_value = !matches!(
            obj.as_obj().map(|o| &o.data),
            Some(
                ObjData::Instance(_)
                    | ObjData::Class(_)
                    | ObjData::Module(_)
                    | ObjData::Function(_)
            )
        );
        if is_instance || is_plain_value {
            if let Some(ca) = self.class_lookup(cls, name) {
                let shadowed = match obj.as_obj().map(|o| &o.data) {
                    Some(ObjData::Instance(i)) => i.attrs.get().contains_key(name),
                    _ => false,
                };
                if !shadowed {
                    match ca.as_obj().map(|o| &o.data) {
                        Some(ObjData::Function(_)) => return Ok((ca, obj)),
                        Some(ObjData::Native(n)) if n.receiver.is_empty() => {
                            let recv = self.native_receiver(obj, cls, name);
                            return Ok((ca, recv));
                        }
                        _ => {}
                    }
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((v, Value::EMPTY))
    }

    pub fn set_attr(&mut self, obj: Value, name: &str, val: Value) -> PyResult<()> {
        self.set_attr_impl(obj, name, val, true)
    }

    /// `object.__setattr__`: the default behaviour, skipping a class's own hook.
    pub fn set_attr_default(&mut self, obj: Value, name: &str, val: Value) -> PyResult<()> {
        self.set_attr_impl(obj, name, val, false)
    }

    fn set_attr_impl(
        &mut self,
        obj: Value,
        name: &str,
        val: Value,
        use_hook: bool,
    ) -> PyResult<()> {
        match obj.as_obj().map(|o| &o.data) {
            Some(ObjData::Instance(inst)) => {
                let cls = inst.class.get();
                if use_hook {
                    if let Some(sa) = self.lookup_special(obj, "__setattr__") {
                        if !matches!(sa.as_obj().map(|o| &o.data), Some(ObjData::Native(_))) {
                            let n = self.new_str(name);
                            self.call_value(sa, &[obj, n, val], &[])?;
                            return Ok(());
                        }
                    }
                }
                if name == "__class__" {
                    return self.assign_class(inst, val);
                }
                if let Some(ca) = self.class_lookup(cls, name) {
                    if let Some(ObjData::Instance(d)) = ca.as_obj().map(|o| &o.data) {
                        if d.class.get() != self.property_class {
                            if let Some(set) = self.class_lookup(d.class.get(), "__set__") {
                                self.call_value(set, &[ca, obj, val], &[])?;
                                return Ok(());
                            }
                        }
                        if d.class.get() == self.property_class {
                            let setter = d.attrs.get().get("fset").copied().unwrap_or(Value::NONE);
                            if setter.is_none() {
                                let tn = self.class_name(cls);
                                return Err(PyErr::new(
                                    ExcKind::AttributeError,
                                    format!("property '{name}' of '{tn}' object has no setter"),
                                ));
                            }
                            self.call_value(setter, &[obj, val], &[])?;
                            return Ok(());
                        }
                    }
                }
                if let Some(st) = &inst.exc {
                    if name == "args" {
                        let items = self.collect_iterable(val)?;
                        st.get_mut().args = self.new_tuple(items);
                        return Ok(());
                    }
                    if name == "__cause__" {
                        st.get_mut().cause = val;
                        st.get_mut().suppress_context = true;
                        return Ok(());
                    }
                    if name == "__context__" {
                        st.get_mut().context = val;
                        return Ok(());
                    }
                }
                if !inst.attrs.get().contains_key(name) && !self.slot_allowed(cls, name)? {
                    let tn = self.class_name(cls);
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        format!("'{tn}' object has no attribute '{name}'"),
                    ));
                }
                inst.attrs.get_mut().insert(Rc::from(name), val);
                Ok(())
            }
            Some(ObjData::Class(c)) => {
                self.class_epoch = self.class_epoch.wrapping_add(1);
                let meta = c.meta.get();
                if use_hook && !meta.is_none() {
                    if let Some(sa) = self.user_special_on_class(meta, "__setattr__") {
                        let n = self.new_str(name);
                        self.call_value(sa, &[obj, n, val], &[])?;
                        return Ok(());
                    }
                }
                if c.builtin.is_some() && c.builtin != Some(BuiltinType::BaseException) {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{name}' attribute of immutable type '{}'",
                        c.name.get()
                    )));
                }
                match name {
                    "__name__" | "__qualname__" => {
                        let Some(text) = self.str_contents(val).map(Rc::<str>::from) else {
                            let (cn, tn) = (c.name.get().clone(), self.type_name(val));
                            return Err(PyErr::type_error(format!(
                                "can only assign string to {cn}.{name}, not '{tn}'"
                            )));
                        };
                        if name == "__name__" {
                            *c.name.get_mut() = text;
                        } else {
                            *c.qualname.get_mut() = text;
                        }
                        return Ok(());
                    }
                    "__module__" => {
                        if let Some(text) = self.str_contents(val) {
                            *c.module_name.get_mut() = Rc::from(text);
                        }
                    }
                    _ => {}
                }
                c.dict.get_mut().insert(Rc::from(name), val);
                Ok(())
            }
            Some(ObjData::Module(m)) => {
                let g = m.globals.get_mut();
                let slot = g.slot(name);
                g.values[slot] = val;
                g.from_builtins[slot] = false;
                Ok(())
            }
            Some(ObjData::Function(f)) => {
                if name == "__name__" {
                    if let Some(s) = self.str_contents(val) {
                        *f.name.get_mut() = Rc::from(s);
                    }
                    return Ok(());
                }
                f.attrs.get_mut().insert(Rc::from(name), val);
                Ok(())
            }
            _ => {
                let tn = self.type_name(obj);
                if self.class_lookup(self.type_of(obj), name).is_some() {
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        format!("'{tn}' object attribute '{name}' is read-only"),
                    ));
                }
                Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!("'{tn}' object has no attribute '{name}'"),
                ))
            }
        }
    }

    /// `obj.__class__ = cls` for an instance: as CPython, only to a class whose
    /// instances have the same layout (the same built-in base, both or neither
    /// exceptions, the same `__slots__`). Caches and traces key on the class,
    /// so they see the change.
    fn assign_class(&mut self, inst: &InstanceObj, cls: Value) -> PyResult<()> {
        if !matches!(cls.as_obj().map(|o| &o.data), Some(ObjData::Class(_))) {
            let tn = self.type_name(cls);
            return Err(PyErr::type_error(format!(
                "__class__ must be set to a class, not '{tn}' object"
            )));
        }
        let old = inst.class.get();
        let base = |vm: &Vm, c: Value| vm.builtin_base_needing_payload(c).map(|b| b.0);
        let base_exc = self.exc_class(ExcKind::BaseException);
        let same_layout = base(self, old) == base(self, cls)
            && inst.exc.is_some() == self.is_subclass(cls, base_exc)
            && self.class_lookup(old, "__slots__") == self.class_lookup(cls, "__slots__");
        if !same_layout {
            let (new_name, old_name) = (self.class_name(cls), self.class_name(old));
            return Err(PyErr::type_error(format!(
                "__class__ assignment: '{new_name}' object layout differs from '{old_name}'"
            )));
        }
        inst.class.set(cls);
        Ok(())
    }

    pub fn del_attr(&mut self, obj: Value, name: &str) -> PyResult<()> {
        if let Some(ObjData::Class(c)) = obj.as_obj().map(|o| &o.data) {
            let meta = c.meta.get();
            if !meta.is_none() {
                if let Some(da) = self.user_special_on_class(meta, "__delattr__") {
                    let n = self.new_str(name);
                    self.call_value(da, &[obj, n], &[])?;
                    return Ok(());
                }
            }
        }
        if let Some(ObjData::Instance(_)) = obj.as_obj().map(|o| &o.data) {
            if let Some(da) = self.lookup_special(obj, "__delattr__") {
                if !matches!(da.as_obj().map(|o| &o.data), Some(ObjData::Native(_))) {
                    let n = self.new_str(name);
                    self.call_value(da, &[obj, n], &[])?;
                    return Ok(());
                }
            }
        }
        self.del_attr_default(obj, name)
    }

    /// `object.__delattr__`: the default behaviour.
    pub fn del_attr_default(&mut self, obj: Value, name: &str) -> PyResult<()> {
        match obj.as_obj().map(|o| &o.data) {
            Some(ObjData::Instance(_)) if name == "__class__" => {
                Err(PyErr::type_error("can't delete __class__ attribute"))
            }
            Some(ObjData::Instance(inst)) => {
                let cls = inst.class.get();
                if let Some(ca) = self.class_lookup(cls, name) {
                    if let Some(ObjData::Instance(d)) = ca.as_obj().map(|o| &o.data) {
                        let dcls = d.class.get();
                        if dcls == self.property_class {
                            let deleter = d.attrs.get().get("fdel").copied().unwrap_or(Value::NONE);
                            if deleter.is_none() {
                                let tn = self.class_name(cls);
                                return Err(PyErr::new(
                                    ExcKind::AttributeError,
                                    format!("property '{name}' of '{tn}' object has no deleter"),
                                ));
                            }
                            self.call_value(deleter, &[obj], &[])?;
                            return Ok(());
                        }
                        // A data descriptor: `__delete__`, or (with only
                        // `__set__`) CPython's error naming the missing method.
                        if let Some(del) = self.class_lookup(dcls, "__delete__") {
                            self.call_value(del, &[ca, obj], &[])?;
                            return Ok(());
                        }
                        if self.class_lookup(dcls, "__set__").is_some() {
                            return Err(PyErr::new(ExcKind::AttributeError, "__delete__"));
                        }
                    }
                }
                if inst.attrs.get_mut().shift_remove(name).is_some() {
                    Ok(())
                } else {
                    Err(self.attr_error(obj, name))
                }
            }
            Some(ObjData::Class(c)) => {
                self.class_epoch = self.class_epoch.wrapping_add(1);
                if c.dict.get_mut().shift_remove(name).is_some() {
                    Ok(())
                } else {
                    Err(self.attr_error(obj, name))
                }
            }
            Some(ObjData::Function(f)) => {
                f.attrs.get_mut().shift_remove(name);
                Ok(())
            }
            Some(ObjData::Module(m)) => {
                let g = m.globals.get_mut();
                match g.slots.get(name).copied() {
                    Some(i) if !g.values[i].is_empty() => {
                        g.values[i] = Value::EMPTY;
                        Ok(())
                    }
                    _ => Err(self.attr_error(obj, name)),
                }
            }
            _ => Err(self.attr_error(obj, name)),
        }
    }

    // ---- classes ----------------------------------------------------------------

    /// `__build_class__(body, name, *bases, **kw)`: runs the body with a fresh
    /// namespace and makes the class.
    pub fn build_class(
        &mut self,
        body: Value,
        name: &str,
        bases: &[Value],
        kw: &[(Value, Value)],
        module: Value,
    ) -> PyResult<Value> {
        // Bases that are not classes may name their classes (`Generic[T]`).
        let mut resolved: Vec<Value> = Vec::with_capacity(bases.len());
        let mut orig_bases = Value::EMPTY;
        if bases.iter().any(|&b| class_of(b).is_none()) {
            let orig = self.new_tuple(bases.to_vec());
            orig_bases = orig;
            for &b in bases {
                if class_of(b).is_none() {
                    if let Some(me) = self.get_attr_opt(b, "__mro_entries__")? {
                        let r = self.call_value(me, &[orig], &[])?;
                        resolved.extend(self.collect_iterable(r)?);
                        continue;
                    }
                }
                resolved.push(b);
            }
        } else {
            resolved.extend_from_slice(bases);
        }
        let bases: &[Value] = &resolved;
        for &b in bases {
            if class_of(b).is_none() {
                return Err(PyErr::type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        self.class_epoch = self.class_epoch.wrapping_add(1);
        // The metaclass: explicit, else the most derived of the bases' metaclasses.
        let mut explicit = None;
        let mut class_kw: Vec<(Value, Value)> = vec![];
        for &(k, v) in kw {
            if self.str_contents(k) == Some("metaclass") {
                explicit = Some(v);
            } else {
                class_kw.push((k, v));
            }
        }
        let mut meta = explicit.unwrap_or(self.types.type_);
        if class_of(meta).is_some() {
            for &b in bases {
                let bm = self.type_of(b);
                if self.is_subclass(meta, bm) {
                    continue;
                }
                if self.is_subclass(bm, meta) {
                    meta = bm;
                } else {
                    return Err(PyErr::type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
        }
        let user_meta = meta != self.types.type_;
        let bases_tuple = self.new_tuple(bases.to_vec());
        self.extra_roots.push(bases_tuple);
        let name_v = self.new_str(name);
        let prepare = if user_meta && self.user_special_on_class(meta, "__prepare__").is_some() {
            self.get_attr_opt(meta, "__prepare__")?
        } else {
            None
        };
        let ns = match prepare {
            Some(prep) => {
                let r = self.call_value(prep, &[name_v, bases_tuple], &class_kw);
                match r {
                    Ok(ns) => ns,
                    Err(e) => {
                        self.extra_roots.pop();
                        return Err(e);
                    }
                }
            }
            _ => self.new_dict(Default::default()),
        };
        self.extra_roots.push(ns);
        let class_cell = self.call_value(body, &[ns], &[]);
        if !orig_bases.is_empty() && class_cell.is_ok() {
            let k = self.new_str("__orig_bases__");
            self.dict_set(ns, k, orig_bases)?;
        }
        let result = match class_cell {
            Err(e) => Err(e),
            Ok(class_cell) => {
                let made = if user_meta {
                    self.call_value(meta, &[name_v, bases_tuple, ns], &class_kw)
                } else {
                    self.create_class(meta, name, bases, ns, module, &class_kw)
                };
                if let (Ok(cls), Some(ObjData::Cell(c))) =
                    (&made, class_cell.as_obj().map(|o| &o.data))
                {
                    c.set(*cls);
                }
                made
            }
        };
        self.extra_roots.pop();
        self.extra_roots.pop();
        result
    }

    /// `type.__new__(meta, name, bases, ns, **kw)`: a class from a namespace mapping;
    /// `kw` goes to `__init_subclass__`.
    pub fn create_class(
        &mut self,
        meta: Value,
        name: &str,
        bases: &[Value],
        ns: Value,
        module: Value,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        self.class_epoch = self.class_epoch.wrapping_add(1);
        let bases: Vec<Value> = if bases.is_empty() {
            vec![self.types.object]
        } else {
            bases.to_vec()
        };
        let mut dict: NameMap<Value> = NameMap::default();
        let items: Vec<(Value, Value)> = self.dict_of(ns).get().iter().collect();
        for (k, v) in items {
            if let Some(s) = self.str_contents(k) {
                dict.insert(Rc::from(s), v);
            }
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::from("__hash__"), Value::NONE);
        }
        let qualname: Rc<str> = dict
            .get("__qualname__")
            .and_then(|v| self.str_contents(*v))
            .map(Rc::from)
            .unwrap_or_else(|| Rc::from(name));
        // A `__module__` assigned in the class body wins over the defining module.
        let module_name: Rc<str> = match dict.get("__module__").and_then(|v| self.str_contents(*v))
        {
            Some(m) => Rc::from(m),
            None => match module.as_obj().map(|o| &o.data) {
                Some(ObjData::Module(m)) => m.name.clone(),
                _ => Rc::from("__main__"),
            },
        };
        let builtin = bases
            .iter()
            .find_map(|&b| class_of(b).and_then(|c| c.builtin))
            .filter(|b| matches!(b, BuiltinType::BaseException));
        let meta = if meta == self.types.type_ {
            Value::NONE
        } else {
            meta
        };
        let cls = self.heap.alloc(ObjData::Class(Box::new(ClassObj {
            name: Mut::new(Rc::from(name)),
            qualname: Mut::new(qualname),
            bases: bases.clone(),
            mro: Mut::new(vec![]),
            dict: Mut::new(dict),
            builtin,
            module_name: Mut::new(module_name),
            meta: std::cell::Cell::new(meta),
            subclasses: Mut::new(vec![]),
        })));
        for &b in &bases {
            if let Some(bc) = class_of(b) {
                bc.subclasses.get_mut().push(cls);
            }
        }
        let mro = self.compute_mro(cls, &bases)?;
        if let Some(c) = class_of(cls) {
            *c.mro.get_mut() = mro;
        }
        // `__set_name__` on descriptors, as type.__new__ does.
        let entries: Vec<(Rc<str>, Value)> = class_of(cls)
            .map(|c| c.dict.get().iter().map(|(k, v)| (k.clone(), *v)).collect())
            .unwrap_or_default();
        for (k, v) in entries {
            if let Some(ObjData::Instance(_)) = v.as_obj().map(|o| &o.data) {
                if let Some(f) = self.user_special(v, "__set_name__") {
                    let kv = self.new_str(&k);
                    self.call_value(f, &[v, cls, kv], &[])?;
                }
            }
        }
        // `__init_subclass__` of the nearest base that defines one (implicitly a
        // class method; object's does nothing).
        if let Some(parent) = bases.first() {
            if let Some(f) = self.class_lookup(*parent, "__init_subclass__") {
                let f = match f.as_obj().map(|o| &o.data) {
                    Some(ObjData::Instance(d)) => {
                        d.attrs.get().get("__func__").copied().unwrap_or(f)
                    }
                    _ => f,
                };
                if matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Function(_))) {
                    self.call_value(f, &[cls], kw)?;
                }
            }
        }
        Ok(cls)
    }

    /// A method defined in Python on a metaclass (or any class) itself.
    pub fn user_special_on_class(&self, cls: Value, name: &str) -> Option<Value> {
        self.class_lookup(cls, name)
            .filter(|f| !matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Native(_))))
    }

    // ---- exceptions -------------------------------------------------------------

    /// What `raise X` raises: an instance as is, a class instantiated.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(ObjData::Class(_)) = v.as_obj().map(|o| &o.data) {
            if self.class_is_exception(v) {
                let inst = self.call_value(v, &[], &[])?;
                return Ok(inst);
            }
        } else if self.exc_state(v).is_some() {
            return Ok(v);
        }
        Err(PyErr::type_error(
            "exceptions must derive from BaseException",
        ))
    }

    pub fn exception_matches(&mut self, exc: Value, ty: Value) -> PyResult<bool> {
        if let Some(ObjData::Tuple(t)) = ty.as_obj().map(|o| &o.data) {
            for &x in t.iter() {
                if self.exception_matches(exc, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match ty.as_obj().map(|o| &o.data) {
            Some(ObjData::Class(_)) if self.class_is_exception(ty) => {
                Ok(self.is_instance_of(exc, ty))
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    // ---- imports ------------------------------------------------------------------

    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(&m) = self.modules.get(name) {
            return Ok(m);
        }
        if let Some(m) = super::builtins::native_module(self, name)? {
            self.modules.insert(Rc::from(name), m);
            return Ok(m);
        }
        if let Some(src) = crate::stdlib::source(name) {
            let fname = format!("<frozen {name}>");
            return self.exec_source_module(name, src, &fname, false);
        }
        // A user module beside the program.
        if let Some(dir) = self.script_dir.clone() {
            let path = dir.join(format!("{}.py", name.replace('.', "/")));
            if let Ok(src) = std::fs::read_to_string(&path) {
                let fname = path.to_string_lossy().to_string();
                return self.exec_source_module(name, &src, &fname, true);
            }
        }
        // ImportError's `name`, `path` and `msg` attributes, as CPython sets them.
        let msg = self.new_str(&format!("No module named '{name}'"));
        let cls = self.exc_class(ExcKind::ModuleNotFoundError);
        let exc = self.new_exception(cls, vec![msg]);
        let nv = self.new_str(name);
        let kw = [(self.new_str("name"), nv)];
        super::builtins::import_error_init(self, exc, &[msg], &kw)?;
        Err(PyErr::Raised(exc))
    }

    /// Creates module `name` from Python source and runs it. Like CPython, the
    /// module is in `sys.modules` while its body runs (so circular imports see
    /// it) and is taken out again when the body fails.
    fn exec_source_module(
        &mut self,
        name: &str,
        src: &str,
        fname: &str,
        user_file: bool,
    ) -> PyResult<Value> {
        let m = self.new_module(name);
        self.modules.insert(Rc::from(name), m);
        crate::interp::remember_source(fname, src);
        let code = match self.compile(src, fname, m) {
            Ok(c) => c,
            Err(text) => {
                self.modules.remove(name);
                // A user file's error names its own line; embedded modules keep
                // the whole report.
                let msg = if user_file {
                    text.lines()
                        .last()
                        .unwrap_or("")
                        .trim_start_matches("SyntaxError: ")
                        .to_string()
                } else {
                    text
                };
                return Err(PyErr::new(ExcKind::SyntaxError, msg));
            }
        };
        self.extra_roots.push(m);
        let r = super::modules::sys::note_module(self, name, m)
            .and_then(|()| self.run_nested_module(code, m));
        self.extra_roots.pop();
        if let Err(e) = r {
            self.modules.remove(name);
            super::modules::sys::forget_module(self, name)?;
            return Err(e);
        }
        Ok(m)
    }

    fn run_nested_module(&mut self, code: Value, module: Value) -> PyResult<Value> {
        let base = self.stack_top();
        self.push_frame(code, Value::EMPTY, module, base, usize::MAX)?;
        let depth = self.frames.len() - 1;
        self.frames[depth].returns_to_native = true;
        self.reentry_depth += 1;
        let r = self.run(depth);
        self.reentry_depth -= 1;
        r
    }

    pub fn import_from(&mut self, module: Value, name: &str) -> PyResult<Value> {
        match self.get_attr_opt(module, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = match module.as_obj().map(|o| &o.data) {
                    Some(ObjData::Module(m)) => m.name.to_string(),
                    _ => "?".into(),
                };
                // Submodule import (`from pkg import sub`).
                let full = format!("{mname}.{name}");
                if let Ok(m) = self.import_module(&full) {
                    return Ok(m);
                }
                Err(PyErr::new(
                    ExcKind::ImportError,
                    format!("cannot import name '{name}' from '{mname}' (unknown location)"),
                ))
            }
        }
    }

    pub fn import_star(&mut self, module: Value, target: Value) -> PyResult<()> {
        let items: Vec<(Rc<str>, Value)> = match module.as_obj().map(|o| &o.data) {
            Some(ObjData::Module(m)) => {
                let g = m.globals.get();
                g.slots
                    .iter()
                    .filter(|(k, &i)| {
                        !k.starts_with('_') && !g.values[i].is_empty() && !g.from_builtins[i]
                    })
                    .map(|(k, &i)| (k.clone(), g.values[i]))
                    .collect()
            }
            _ => vec![],
        };
        let g = self.module_globals(target).get_mut();
        for (k, v) in items {
            let s = g.slot(&k);
            g.values[s] = v;
            g.from_builtins[s] = false;
        }
        Ok(())
    }
}

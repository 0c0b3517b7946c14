//! Calls: frame setup, argument binding with CPython's rules and messages, and
//! calls from native code back into Python (`call_value`).

use std::rc::Rc;

use crate::compile::bytecode::{Code, Instr};
use crate::runtime::error::ExcKind;
use crate::runtime::object::*;
use crate::runtime::value::Value;

use super::{Frame, Vm};
use crate::runtime::object::{GenState, GenStatus};

pub enum CallOutcome {
    /// A Python frame was pushed; the dispatch loop continues in it.
    Pushed,
    /// The call finished (native code); here is its result.
    Done(Value),
}

pub fn code_of<'a>(code_val: Value) -> &'a Code {
    match code_val.as_obj().map(|o| &o.data) {
        Some(ObjData::Code(c)) => c,
        _ => panic!("not a code object"),
    }
}

impl Vm {
    /// Pushes a frame whose arguments are already in `stack[base..]`; clears the
    /// rest of its window.
    #[inline(always)]
    pub fn push_frame(
        &mut self,
        code_val: Value,
        func: Value,
        module: Value,
        base: usize,
        ret_slot: usize,
    ) -> PyResult<()> {
        self.push_frame_of(code_of(code_val), code_val, func, module, base, ret_slot)
    }

    /// `push_frame` with the code object already resolved from `code_val`.
    #[inline(always)]
    pub fn push_frame_of(
        &mut self,
        code: &'static Code,
        code_val: Value,
        func: Value,
        module: Value,
        base: usize,
        ret_slot: usize,
    ) -> PyResult<()> {
        if self.frames.len() + self.jit_frame_bias
            >= self.recursion_limit + 10 * self.reentry_depth.min(1)
        {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let end = base + code.nregs as usize;
        if end > self.stack.len() {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let nparams = code.params.count();
        self.stack.fill(base + nparams, end, Value::EMPTY);
        self.frames.push(Frame {
            code,
            code_val,
            func,
            module,
            base,
            pc: 0,
            ret_slot,
            returns_to_native: false,
            init_self: Value::EMPTY,
            generator: Value::EMPTY,
        });
        self.fresh_frame = true;
        if self.heap.collection_wanted && self.reentry_depth == 0 {
            self.collect_garbage();
        }
        Ok(())
    }

    pub fn make_function(
        &mut self,
        code_val: Value,
        module: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let code = code_of(code_val);
        let defaults: Box<[Value]> = if defaults.is_empty() {
            Box::new([])
        } else {
            self.tuple_items(defaults).into()
        };
        let kwdefaults: Box<[(Rc<str>, Value)]> = match kwdefaults.as_obj().map(|o| &o.data) {
            Some(ObjData::Dict(d)) => d
                .get()
                .iter()
                .map(|(k, v)| (Rc::from(self.str_contents(k).unwrap_or("")), v))
                .collect(),
            _ => Box::new([]),
        };
        let closure: Box<[Value]> = if closure.is_empty() {
            Box::new([])
        } else {
            self.tuple_items(closure).into()
        };
        self.heap.alloc(ObjData::Function(Box::new(FunctionObj {
            code: code_val,
            name: Mut::new(code.name.clone()),
            qualname: code.qualname.clone(),
            module,
            defaults,
            kwdefaults,
            closure,
            attrs: Mut::new(NameMap::default()),
        })))
    }

    /// Calls any callable from the dispatch loop. Python functions get a frame
    /// (result delivered to `ret_slot`); everything else runs to completion.
    pub fn call_general(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(Value, Value)],
        ret_slot: usize,
    ) -> PyResult<CallOutcome> {
        let Some(obj) = f.as_obj() else {
            let tn = self.type_name(f);
            return Err(PyErr::type_error(format!("'{tn}' object is not callable")));
        };
        match &obj.data {
            ObjData::Function(fo) => {
                let base = self.stack_top();
                self.bind_args(f, fo, args, kw, base)?;
                let code = code_of(fo.code);
                if code.is_generator {
                    return Ok(CallOutcome::Done(self.new_generator(f, fo, base)));
                }
                self.push_frame(fo.code, f, fo.module, base, ret_slot)?;
                Ok(CallOutcome::Pushed)
            }
            ObjData::BoundMethod(recv, func) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(*recv);
                all.extend_from_slice(args);
                self.call_general(*func, &all, kw, ret_slot)
            }
            ObjData::Native(n) => {
                let func = n.func;
                if n.receiver.is_empty() {
                    if let Some(a) = self.payload_args(n.binds_payload, args) {
                        return Ok(CallOutcome::Done(func(self, &a, kw)?));
                    }
                    Ok(CallOutcome::Done(func(self, args, kw)?))
                } else {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(n.receiver);
                    all.extend_from_slice(args);
                    Ok(CallOutcome::Done(func(self, &all, kw)?))
                }
            }
            ObjData::Class(_) => self.instantiate(f, args, kw, ret_slot),
            _ => {
                if let Some(call) = self.lookup_special(f, "__call__") {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(f);
                    all.extend_from_slice(args);
                    return self.call_general(call, &all, kw, ret_slot);
                }
                let tn = self.type_name(f);
                Err(PyErr::type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    /// Calls a callable from native code and returns its result.
    pub fn call_value(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        // Native callables need no frame.
        if let Some(ObjData::Native(n)) = f.as_obj().map(|o| &o.data) {
            let func = n.func;
            if n.receiver.is_empty() {
                if let Some(a) = self.payload_args(n.binds_payload, args) {
                    return func(self, &a, kw);
                }
                return func(self, args, kw);
            }
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(n.receiver);
            all.extend_from_slice(args);
            return func(self, &all, kw);
        }
        let depth = self.frames.len();
        // The result goes to a scratch register just above the current window.
        let scratch = self.stack_top();
        if scratch >= self.stack.len() {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.stack.set(scratch, Value::NONE);
        // Keep the caller's window intact: frames pushed now start above scratch.
        self.frames_guard_push(scratch);
        // Native code is on the Rust stack from here on: its temporaries are not
        // roots, so no collection may start (not even in the callee's push_frame).
        self.reentry_depth += 1;
        let outcome = self.call_general(f, args, kw, scratch);
        let result = match outcome {
            Err(e) => Err(e),
            Ok(CallOutcome::Done(v)) => Ok(v),
            Ok(CallOutcome::Pushed) => {
                self.frames[depth + 1].returns_to_native = true;
                self.run(depth + 1)
            }
        };
        self.reentry_depth -= 1;
        self.frames_guard_pop(depth);
        result
    }

    /// A placeholder frame that reserves the scratch register, so the callee's
    /// window starts above it.
    fn frames_guard_push(&mut self, scratch: usize) {
        let (code, code_val, module) = match self.frames.last() {
            Some(f) => (f.code, f.code_val, f.module),
            None => (
                self.types.empty_code(),
                self.types.empty_code_val,
                Value::NONE,
            ),
        };
        let _ = code;
        self.frames.push(Frame {
            code: self.types.empty_code(),
            code_val: if code_val.is_obj() {
                self.types.empty_code_val
            } else {
                code_val
            },
            func: Value::EMPTY,
            module,
            base: scratch,
            pc: 0,
            ret_slot: usize::MAX,
            returns_to_native: true,
            init_self: Value::EMPTY,
            generator: Value::EMPTY,
        });
    }

    fn frames_guard_pop(&mut self, depth: usize) {
        self.frames.truncate(depth);
    }

    /// The arguments with a subclass instance receiver replaced by its built-in
    /// payload, for a built-in type's method; None when nothing changes.
    pub fn payload_args(&self, binds_payload: bool, args: &[Value]) -> Option<Vec<Value>> {
        if !binds_payload {
            return None;
        }
        let p = self.payload_of(*args.first()?)?;
        let mut a = args.to_vec();
        a[0] = p;
        Some(a)
    }

    /// A generator whose registers start as the bound arguments at `stack[base..]`.
    fn new_generator(&mut self, f: Value, fo: &FunctionObj, base: usize) -> Value {
        let code = code_of(fo.code);
        let nparams = code.params.count();
        let mut saved = vec![Value::EMPTY; code.nregs as usize];
        saved[..nparams].copy_from_slice(self.stack.slice(base, base + nparams));
        self.heap
            .alloc(ObjData::Generator(Box::new(Mut::new(GenState {
                func: f,
                code: fo.code,
                module: fo.module,
                saved,
                pc: 0,
                resume_dst: crate::compile::bytecode::NO_REG,
                status: GenStatus::Created,
                result: Value::NONE,
            }))))
    }

    /// Runs a generator until it yields (`Ok(Some(v))`) or returns (`Ok(None)`, the
    /// return value kept in its state).
    pub fn resume_generator(&mut self, gen: Value, sent: Value) -> PyResult<Option<Value>> {
        self.resume_generator_with(gen, sent, None)
    }

    /// `gen.throw(exc)`: raises `exc` at the point where the generator is suspended.
    pub fn throw_into_generator(&mut self, gen: Value, exc: Value) -> PyResult<Option<Value>> {
        if let Some(ObjData::Generator(g)) = gen.as_obj().map(|o| &o.data) {
            let st = g.get_mut();
            if matches!(st.status, GenStatus::Created | GenStatus::Done) {
                st.status = GenStatus::Done;
                st.saved = vec![];
                return Err(PyErr::Raised(exc));
            }
            // Suspended inside `yield from`: the exception goes to the inner
            // iterator first (CPython's gi_yieldfrom delegation).
            let code = code_of(st.code);
            if st.pc >= 2 {
                if let (
                    Instr::Yield { .. },
                    Instr::Send {
                        dst, iter, target, ..
                    },
                ) = (code.instrs[st.pc - 1], code.instrs[st.pc - 2])
                {
                    let sub = st.saved[iter as usize];
                    let inner = match sub.as_obj().map(|o| &o.data) {
                        Some(ObjData::Generator(_)) => Some(self.throw_into_generator(sub, exc)),
                        _ => self
                            .get_attr_opt(sub, "throw")?
                            .map(|t| self.call_value(t, &[exc], &[]).map(Some)),
                    };
                    match inner {
                        Some(Ok(Some(v))) => return Ok(Some(v)),
                        Some(Ok(None)) => {
                            // The inner generator returned: `yield from` completes.
                            let result = match sub.as_obj().map(|o| &o.data) {
                                Some(ObjData::Generator(gs)) => gs.get().result,
                                _ => Value::NONE,
                            };
                            let st = g.get_mut();
                            st.saved[dst as usize] = result;
                            st.pc = target as usize;
                            st.resume_dst = crate::compile::bytecode::NO_REG;
                            return self.resume_generator_with(gen, Value::NONE, None);
                        }
                        Some(Err(e)) => {
                            if self.is_stop_iteration(&e) {
                                let ev = self.materialize(e);
                                let result = self.stop_iteration_value(ev);
                                let st = g.get_mut();
                                st.saved[dst as usize] = result;
                                st.pc = target as usize;
                                st.resume_dst = crate::compile::bytecode::NO_REG;
                                return self.resume_generator_with(gen, Value::NONE, None);
                            }
                            let e = self.materialize(e);
                            return self.resume_generator_with(gen, Value::NONE, Some(e));
                        }
                        None => {}
                    }
                }
            }
        }
        self.resume_generator_with(gen, Value::NONE, Some(exc))
    }

    /// Pushes the frame of a created or suspended generator (its saved registers
    /// copied in, `sent` delivered to its suspended `yield`). With
    /// `returns_to_native` a nested dispatch loop runs it; otherwise it runs in
    /// the caller's loop (`ForIter`), its yields go to `ret_slot`, and its end
    /// resumes the caller at the `ForIter`'s exit.
    pub(crate) fn enter_generator_frame(
        &mut self,
        gen: Value,
        sent: Value,
        ret_slot: usize,
        returns_to_native: bool,
    ) -> PyResult<()> {
        let Some(ObjData::Generator(g)) = gen.as_obj().map(|o| &o.data) else {
            return Err(PyErr::type_error("not a generator"));
        };
        let st = g.get_mut();
        let code = code_of(st.code);
        let base = self.stack_top();
        let end = base + code.nregs as usize;
        if end > self.stack.len() || self.frames.len() >= self.recursion_limit + 50 {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.stack.copy_in(base, &st.saved);
        if st.status == GenStatus::Suspended && st.resume_dst != crate::compile::bytecode::NO_REG {
            self.stack.set(base + st.resume_dst as usize, sent);
        }
        st.status = GenStatus::Running;
        self.frames.push(Frame {
            code,
            code_val: st.code,
            func: st.func,
            module: st.module,
            base,
            pc: st.pc,
            ret_slot,
            returns_to_native,
            init_self: Value::EMPTY,
            generator: gen,
        });
        Ok(())
    }

    /// The RuntimeError replacing a StopIteration that left a generator (PEP 479),
    /// caused by it.
    pub(crate) fn stop_iteration_escaped(&mut self, stop: Value) -> PyErr {
        let class = self.exc_class(ExcKind::RuntimeError);
        let msg = self.new_str("generator raised StopIteration");
        let e = self.new_exception(class, vec![msg]);
        if let Some(st) = self.exc_state(e) {
            let st = st.get_mut();
            st.cause = stop;
            st.context = stop;
            st.suppress_context = true;
        }
        PyErr::Raised(e)
    }

    /// A generator run in the dispatch loop finished (returned or raised).
    pub(crate) fn generator_finished(&mut self, gen: Value, result: Value) {
        if let Some(ObjData::Generator(g)) = gen.as_obj().map(|o| &o.data) {
            let st = g.get_mut();
            st.status = GenStatus::Done;
            st.result = result;
            st.saved = vec![];
        }
    }

    fn resume_generator_with(
        &mut self,
        gen: Value,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<Option<Value>> {
        let Some(ObjData::Generator(g)) = gen.as_obj().map(|o| &o.data) else {
            return Err(PyErr::type_error("not a generator"));
        };
        let st = g.get_mut();
        match st.status {
            GenStatus::Running => return Err(PyErr::value_error("generator already executing")),
            GenStatus::Done => return Ok(None),
            GenStatus::Created => {
                if !sent.is_none() {
                    return Err(PyErr::type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
            }
            GenStatus::Suspended => {}
        }
        self.enter_generator_frame(gen, sent, usize::MAX, true)?;
        let depth = self.frames.len() - 1;
        self.reentry_depth += 1;
        let r = match throw {
            // The exception appears at the suspended `Yield` (the instruction before pc).
            Some(exc) => match self.unwind(PyErr::Raised(exc), false, depth) {
                Ok(()) => self.run(depth),
                Err(e) => Err(e),
            },
            None => self.run(depth),
        };
        self.reentry_depth -= 1;
        let st = g.get_mut();
        match r {
            Ok(v) => {
                if st.status == GenStatus::Suspended {
                    Ok(Some(v))
                } else {
                    st.status = GenStatus::Done;
                    st.result = v;
                    st.saved = vec![];
                    Ok(None)
                }
            }
            Err(e) => {
                st.status = GenStatus::Done;
                st.saved = vec![];
                if self.is_stop_iteration(&e) {
                    let stop = self.materialize(e);
                    return Err(self.stop_iteration_escaped(stop));
                }
                Err(e)
            }
        }
    }

    /// `type.__call__`: instantiate without consulting the metaclass's `__call__`.
    pub fn instantiate_now(
        &mut self,
        cls: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let meta = match cls.as_obj().map(|o| &o.data) {
            Some(ObjData::Class(c)) => c.meta.replace(Value::NONE),
            _ => {
                let tn = self.type_name(cls);
                return Err(PyErr::type_error(format!("'{tn}' object is not callable")));
            }
        };
        let r = self.call_value_class(cls, args, kw);
        if let Some(ObjData::Class(c)) = cls.as_obj().map(|o| &o.data) {
            c.meta.set(meta);
        }
        r
    }

    fn call_value_class(
        &mut self,
        cls: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        self.call_value(cls, args, kw)
    }

    /// Creates an instance of a class and runs `__init__` (in a frame when it is a
    /// Python function).
    pub fn instantiate(
        &mut self,
        cls: Value,
        args: &[Value],
        kw: &[(Value, Value)],
        ret_slot: usize,
    ) -> PyResult<CallOutcome> {
        // A metaclass that defines `__call__` in Python controls instance creation.
        if let Some(ObjData::Class(c)) = cls.as_obj().map(|o| &o.data) {
            let meta = c.meta.get();
            if !meta.is_none() {
                if let Some(call) = self.user_special_on_class(meta, "__call__") {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(cls);
                    all.extend_from_slice(args);
                    return Ok(CallOutcome::Done(self.call_value(call, &all, kw)?));
                }
            }
        }
        let builtin = match cls.as_obj().map(|o| &o.data) {
            Some(ObjData::Class(c)) => c.builtin,
            _ => None,
        };
        // Built-in types construct natively, through their `__new__`.
        if let Some(b) = builtin {
            if b != crate::runtime::object::BuiltinType::BaseException
                && b != crate::runtime::object::BuiltinType::Object
            {
                return Ok(CallOutcome::Done(
                    crate::runtime::builtins::construct_builtin(self, cls, b, args, kw)?,
                ));
            }
        }
        // A user-defined `__new__` makes the object; `__init__` runs only when it
        // returned an instance of the class.
        if let Some(new) = self.class_lookup(cls, "__new__") {
            if matches!(new.as_obj().map(|o| &o.data), Some(ObjData::Function(_))) {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(cls);
                all.extend_from_slice(args);
                let obj = self.call_value(new, &all, kw)?;
                if !self.is_instance_of(obj, cls) {
                    return Ok(CallOutcome::Done(obj));
                }
                if let Some(init) = self.class_lookup(cls, "__init__") {
                    if matches!(init.as_obj().map(|o| &o.data), Some(ObjData::Function(_))) {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(obj);
                        all.extend_from_slice(args);
                        self.call_value(init, &all, kw)?;
                    }
                }
                return Ok(CallOutcome::Done(obj));
            }
        }
        // A metaclass (a subclass of `type`) makes classes: `type.__new__`, then its
        // own `__init__`.
        if cls != self.types.type_ && self.is_subclass(cls, self.types.type_) {
            let new = self
                .class_lookup(self.types.type_, "__new__")
                .unwrap_or(Value::NONE);
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(cls);
            all.extend_from_slice(args);
            let made = self.call_value(new, &all, kw)?;
            if let Some(init) = self.class_lookup(cls, "__init__") {
                if matches!(init.as_obj().map(|o| &o.data), Some(ObjData::Function(_))) {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(made);
                    all.extend_from_slice(args);
                    self.call_value(init, &all, kw)?;
                }
            }
            return Ok(CallOutcome::Done(made));
        }
        // Classes with abstract methods left (set by ABCMeta) cannot be instantiated.
        if let Some(am) = self.class_lookup(cls, "__abstractmethods__") {
            if !am.is_none() && self.truthy(am)? {
                let mut names: Vec<String> = vec![];
                for n in self.collect_iterable(am)? {
                    names.push(self.str_of(n)?);
                }
                names.sort();
                let cname = self.class_name(cls);
                return Err(PyErr::type_error(format!(
                    "Can't instantiate abstract class {cname} with abstract method{} {}",
                    if names.len() == 1 { "" } else { "s" },
                    names.join(", ")
                )));
            }
        }
        // A user class deriving from a built-in type keeps a built-in payload:
        // mutable containers start empty and are filled by `__init__`; immutable
        // values are made from the arguments, as their `__new__` does.
        let payload = match self.builtin_base_needing_payload(cls) {
            Some((base_cls, b)) => {
                use crate::runtime::object::BuiltinType as B;
                let mutable = matches!(b, B::List | B::Dict | B::Set);
                let a: &[Value] = if mutable { &[] } else { args };
                let k: &[(Value, Value)] = if mutable { &[] } else { kw };
                crate::runtime::builtins::construct_builtin(self, base_cls, b, a, k)?
            }
            None => Value::EMPTY,
        };
        let is_exc = self.class_is_exception(cls);
        let inst = if is_exc {
            self.new_exception(cls, args.to_vec())
        } else {
            self.heap.alloc(ObjData::Instance(InstanceObj {
                class: std::cell::Cell::new(cls),
                attrs: Mut::new(Default::default()),
                exc: None,
                payload,
            }))
        };
        match self.class_lookup(cls, "__init__") {
            Some(init) => match init.as_obj().map(|o| &o.data) {
                Some(ObjData::Function(fo)) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(inst);
                    all.extend_from_slice(args);
                    let base = self.stack_top();
                    self.bind_args(init, fo, &all, kw, base)?;
                    self.push_frame(fo.code, init, fo.module, base, ret_slot)?;
                    let f = self.frames.last_mut().expect("frame");
                    f.init_self = inst;
                    Ok(CallOutcome::Pushed)
                }
                Some(ObjData::Native(n)) if init != self.object_init => {
                    let receiver = self.native_receiver(inst, cls, "__init__");
                    // A native __init__ (exceptions, property, ...) runs now.
                    let import_error = self.exc_class(ExcKind::ImportError);
                    if is_exc && self.is_subclass(cls, import_error) {
                        crate::runtime::builtins::import_error_init(self, inst, args, kw)?;
                    } else if !kw.is_empty() && is_exc {
                        let name = self.class_name(cls);
                        return Err(PyErr::type_error(format!(
                            "{name}() takes no keyword arguments"
                        )));
                    }
                    let func = n.func;
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(receiver);
                    all.extend_from_slice(args);
                    let kw = if is_exc { &[][..] } else { kw };
                    func(self, &all, kw)?;
                    Ok(CallOutcome::Done(inst))
                }
                _ => {
                    // object.__init__ takes no arguments unless __new__ is overridden
                    // (an immutable built-in base consumed them already).
                    if (!args.is_empty() || !kw.is_empty())
                        && payload.is_empty()
                        && !self.class_lookup(cls, "__new__").is_some_and(|f| {
                            matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Function(_)))
                        })
                    {
                        let name = self.class_name(cls);
                        return Err(PyErr::type_error(format!("{name}() takes no arguments")));
                    }
                    Ok(CallOutcome::Done(inst))
                }
            },
            None => Ok(CallOutcome::Done(inst)),
        }
    }

    /// Binds arguments to parameters in `stack[base..]`, with CPython's errors.
    pub fn bind_args(
        &mut self,
        fval: Value,
        f: &FunctionObj,
        args: &[Value],
        kw: &[(Value, Value)],
        base: usize,
    ) -> PyResult<()> {
        let code = code_of(f.code);
        let p = &code.params;
        let npos = p.positional as usize;
        let nkwonly = p.kwonly as usize;
        let total = p.count();
        if base + code.nregs as usize > self.stack.len() {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let _ = fval;
        let fname = code.qualname.clone();
        let mut slots: Vec<Value> = vec![Value::EMPTY; total];
        // Positional.
        let take = args.len().min(npos);
        slots[..take].copy_from_slice(&args[..take]);
        let varargs_idx = npos + nkwonly;
        if args.len() > npos {
            if p.varargs {
                let rest = self.new_tuple(args[npos..].to_vec());
                slots[varargs_idx] = rest;
            } else {
                let given = args.len();
                let ndef = f.defaults.len();
                let takes = if ndef > 0 {
                    format!("from {} to {} positional arguments", npos - ndef, npos)
                } else {
                    format!(
                        "{} positional argument{}",
                        npos,
                        if npos == 1 { "" } else { "s" }
                    )
                };
                let kwgiven = kw.len();
                let extra = if kwgiven > 0 {
                    format!(
                        " positional argument{} (and {} keyword-only argument{})",
                        if given == 1 { "" } else { "s" },
                        kwgiven,
                        if kwgiven == 1 { "" } else { "s" }
                    )
                } else {
                    String::new()
                };
                let was = if given == 1 && kwgiven == 0 {
                    "was"
                } else {
                    "were"
                };
                if kwgiven > 0 {
                    return Err(PyErr::type_error(format!(
                        "{fname}() takes {takes} but {given}{extra} were given"
                    )));
                }
                return Err(PyErr::type_error(format!(
                    "{fname}() takes {takes} but {given} {was} given"
                )));
            }
        } else if p.varargs {
            slots[varargs_idx] = self.empty_tuple;
        }
        // Keywords.
        let varkw_idx = total - 1;
        let mut extra_kw: Option<Value> = None;
        for &(k, v) in kw {
            let name = self.str_contents(k).unwrap_or("").to_string();
            let pos = p.names[..npos + nkwonly]
                .iter()
                .position(|n| **n == *name)
                .filter(|&i| i >= p.posonly as usize);
            match pos {
                Some(i) => {
                    if !slots[i].is_empty() {
                        return Err(PyErr::type_error(format!(
                            "{fname}() got multiple values for argument '{name}'"
                        )));
                    }
                    slots[i] = v;
                }
                None => {
                    if p.varkw {
                        let d = match extra_kw {
                            Some(d) => d,
                            None => {
                                let d = self.new_dict(Default::default());
                                extra_kw = Some(d);
                                d
                            }
                        };
                        self.dict_set(d, k, v)?;
                    } else if p.names[..p.posonly as usize].iter().any(|n| **n == *name) {
                        return Err(PyErr::type_error(format!(
                            "{fname}() got some positional-only arguments passed as keyword arguments: '{name}'"
                        )));
                    } else {
                        return Err(PyErr::type_error(format!(
                            "{fname}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if p.varkw {
            slots[varkw_idx] = match extra_kw {
                Some(d) => d,
                None => self.new_dict(Default::default()),
            };
        }
        // Defaults and missing arguments.
        let ndef = f.defaults.len();
        let mut missing: Vec<Rc<str>> = vec![];
        for (i, slot) in slots.iter_mut().enumerate().take(npos) {
            if slot.is_empty() {
                if i + ndef >= npos {
                    *slot = f.defaults[i + ndef - npos];
                } else {
                    missing.push(p.names[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(missing_message(
                &fname,
                "positional",
                &missing,
            )));
        }
        for (i, slot) in slots.iter_mut().enumerate().take(npos + nkwonly).skip(npos) {
            if slot.is_empty() {
                match f.kwdefaults.iter().find(|(n, _)| **n == *p.names[i]) {
                    Some((_, v)) => *slot = *v,
                    None => missing.push(p.names[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(missing_message(
                &fname,
                "keyword-only",
                &missing,
            )));
        }
        for (i, v) in slots.into_iter().enumerate() {
            self.stack.set(base + i, v);
        }
        Ok(())
    }
}

fn missing_message(fname: &str, kind: &str, missing: &[Rc<str>]) -> String {
    let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    format!(
        "{fname}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    )
}

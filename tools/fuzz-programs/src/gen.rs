//! The program generator: random, valid, terminating, deterministic Python programs in
//! Tauraro's subset, built to stress what a tracing JIT specializes on (types of loop
//! variables, small-int ranges, instance shapes, global and function identity,
//! exception and generator control flow).
//!
//! A program is a prelude (a class, an exception class, helpers, globals) and a list
//! of independent chunks. Each chunk uses fresh names, prints what it computed, and
//! is emitted either at module level (globals) or inside a function (locals), since
//! the two compile to different instructions. Termination: every loop is bounded by
//! a `range` or a counter incremented first thing in the body; recursion depths are
//! small literals. Bounded values: every loop-carried number is clamped back into a
//! window after each update, so big ints stay a few hundred bits. Determinism: no
//! output depends on string hashes, object addresses or time (sets printed directly
//! hold only numbers; sets of strings are sorted first).

use crate::rng::Rng;

/// Ints at the edges the runtime cares about: the 48-bit small-int payload
/// (2**47), the machine word (2**63), and beyond.
const INT_LITERALS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "3",
    "7",
    "-5",
    "255",
    "2**47 - 1",
    "2**47",
    "-2**47",
    "-(2**47) - 1",
    "2**48",
    "2**63 - 1",
    "2**63",
    "-2**63",
    "2**64 + 3",
    "10**20",
    "-(10**18)",
    "True",
    "False",
];

const FLOAT_LITERALS: &[&str] = &[
    "0.5", "-2.25", "1e10", "3.0", "-0.0", "1.1", "1e-3", "2.5e15", "0.1", "7.75",
];

/// Values of any type, for slots whose element types change.
const ANY_LITERALS: &[&str] = &[
    "0",
    "-3",
    "2**63",
    "1.5",
    "-0.0",
    "'s'",
    "''",
    "None",
    "True",
    "(1, 'a')",
    "[2, 3]",
    "{'k': 1}",
    "Box(1, 2)",
    "2**47",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Always an int or a bool (bit operations are allowed).
    Int,
    /// An int, a bool or a float.
    Num,
}

struct Var {
    name: String,
    kind: Kind,
}

pub struct Gen {
    rng: Rng,
    out: String,
    indent: usize,
    fresh: usize,
}

/// Generates one program from its seed.
pub fn program(seed: u64) -> String {
    let mut g = Gen {
        rng: Rng::new(seed),
        out: String::new(),
        indent: 0,
        fresh: 0,
    };
    g.line(&format!("# fuzz-programs program, seed {seed}"));
    g.prelude();
    let chunks = g.rng.range(3, 7);
    for _ in 0..chunks {
        g.chunk();
    }
    g.line("print('globals', G_NUM, G_TAG)");
    if g.rng.chance(12) {
        g.uncaught_ending();
    }
    g.out
}

impl Gen {
    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// Emits `header`, then the body one level deeper.
    fn block(&mut self, header: &str, body: impl FnOnce(&mut Gen)) {
        self.line(header);
        self.indent += 1;
        let before = self.out.len();
        body(self);
        if self.out.len() == before {
            self.line("pass");
        }
        self.indent -= 1;
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("{}{}", prefix, self.fresh)
    }

    fn prelude(&mut self) {
        self.block("class Box:", |g| {
            g.block("def __init__(self, a, b):", |g| {
                g.line("self.a = a");
                g.line("self.b = b");
            });
            g.block("def __repr__(self):", |g| {
                g.line("return 'Box(%r, %r)' % (self.a, self.b)");
            });
            g.block("def total(self):", |g| {
                g.line("return self.a + self.b");
            });
        });
        self.block("class FuzzError(Exception):", |g| {
            g.block("def __init__(self, code):", |g| {
                g.line("super().__init__('fuzz error', code)");
                g.line("self.code = code");
            });
        });
        self.block("def ident(x):", |g| g.line("return x"));
        self.line("G_NUM = 0");
        self.line("G_TAG = 'start'");
        self.block("def read_global():", |g| g.line("return G_NUM"));
    }

    /// One independent chunk, at module level or wrapped in a function.
    fn chunk(&mut self) {
        let wrap = self.rng.chance(50);
        let name = self.fresh("chunk_");
        if wrap {
            self.line(&format!("def {name}():"));
            self.indent += 1;
            self.line("global G_NUM, G_TAG");
        }
        match self.rng.below(11) {
            0 => self.arith_loop(),
            1 => self.list_types(),
            2 => self.instance_attrs(),
            3 => self.redefined_functions(),
            4 => self.global_rebinding(),
            5 => self.exceptions(),
            6 => self.nested_loops(),
            7 => self.generators(),
            8 => self.recursion(),
            9 => self.strings(),
            _ => self.dicts_and_sets(),
        }
        if wrap {
            self.indent -= 1;
            if self.rng.chance(20) {
                // Called twice: the second call finds everything warm.
                self.line(&format!("{name}()"));
            }
            self.line(&format!("{name}()"));
        }
    }

    /// A loop header binding `i`; returns nothing but leaves the body to the caller.
    /// `while` loops increment first so that `continue` cannot skip the increment.
    fn loop_over(&mut self, index: &str, body: impl FnOnce(&mut Gen)) {
        let hot = self.rng.chance(25);
        let n = if hot {
            self.rng.range(100, 400)
        } else {
            self.rng.range(1, 40)
        };
        match self.rng.below(4) {
            0 => {
                let start = self.rng.range(-20, 5);
                let header = format!("for {index} in range({start}, {start} + {n}):");
                self.block(&header, body);
            }
            1 => {
                self.line(&format!("{index} = -1"));
                let header = format!("while {index} < {n} - 1:");
                self.block(&header, |g| {
                    g.line(&format!("{index} += 1"));
                    body(g);
                });
            }
            2 => {
                let header = format!("for {index} in range({n}, -1, -{}):", self.rng.range(1, 3));
                self.block(&header, body);
            }
            _ => {
                let header = format!("for {index} in range({n}):");
                self.block(&header, body);
            }
        }
    }

    fn int_literal(&mut self) -> String {
        self.rng.pick(INT_LITERALS).to_string()
    }

    fn num_literal(&mut self) -> String {
        if self.rng.chance(40) {
            self.rng.pick(FLOAT_LITERALS).to_string()
        } else {
            self.int_literal()
        }
    }

    /// An expression that is always an int (or bool). `leaves` are int-valued names.
    fn int_expr(&mut self, leaves: &[String], depth: u32) -> String {
        if depth == 0 || self.rng.chance(30) {
            return if !leaves.is_empty() && self.rng.chance(70) {
                self.rng.pick(leaves).clone()
            } else {
                self.int_literal()
            };
        }
        let a = self.int_expr(leaves, depth - 1);
        let b = self.int_expr(leaves, depth - 1);
        match self.rng.below(16) {
            0 | 1 => format!("({a} + {b})"),
            2 | 3 => format!("({a} - {b})"),
            4 | 5 => format!("({a} * {b})"),
            6 => format!("({a} // ({b} or 3))"),
            7 => format!("({a} % ({b} or 7))"),
            8 => format!("({a} << {})", self.rng.range(0, 20)),
            9 => format!("({a} >> {})", self.rng.range(0, 70)),
            10 => format!("({a} & {b})"),
            11 => format!("({a} | {b})"),
            12 => format!("({a} ^ {b})"),
            13 => format!("(-{a})"),
            14 => format!("{}({a}, {b})", self.rng.pick(&["min", "max"])),
            _ => format!("({a} if {b} > 0 else -{a})"),
        }
    }

    /// An expression that is an int or a float; `ints` are int-valued names, `nums`
    /// may hold floats.
    fn num_expr(&mut self, ints: &[String], nums: &[String], depth: u32) -> String {
        if depth == 0 || self.rng.chance(30) {
            return if !nums.is_empty() && self.rng.chance(60) {
                self.rng.pick(nums).clone()
            } else if self.rng.chance(50) {
                self.int_expr(ints, 0)
            } else {
                self.num_literal()
            };
        }
        if self.rng.chance(20) {
            return self.int_expr(ints, depth);
        }
        let a = self.num_expr(ints, nums, depth - 1);
        let b = self.num_expr(ints, nums, depth - 1);
        match self.rng.below(12) {
            0 | 1 => format!("({a} + {b})"),
            2 | 3 => format!("({a} - {b})"),
            4 | 5 => format!("({a} * {b})"),
            6 => format!("({a} / ({b} or 2))"),
            7 => format!("({a} // ({b} or 3))"),
            8 => format!("({a} % ({b} or 5))"),
            9 => format!("abs({a})"),
            10 => format!("float({a})"),
            _ => format!("({a} if {a} < {b} else {b})"),
        }
    }

    /// Keeps a loop-carried number within a few hundred bits.
    fn clamp(&mut self, v: &Var) {
        match v.kind {
            Kind::Int => {
                let bits = self.rng.pick(&[40, 47, 48, 62, 63, 64, 100]);
                self.line(&format!(
                    "if not -2**{bits} < {0} < 2**{bits}: {0} = {0} % 1000003",
                    v.name
                ));
            }
            Kind::Num => {
                self.line(&format!(
                    "if not -1e30 < {0} < 1e30: {0} = {0} % 97",
                    v.name
                ));
            }
        }
    }

    /// Loop-carried ints and floats updated by random expressions; types change at
    /// random iterations; values cross 2**47 and 2**63.
    fn arith_loop(&mut self) {
        let count = self.rng.range(1, 4);
        let mut vars = Vec::new();
        for _ in 0..count {
            let kind = if self.rng.chance(50) {
                Kind::Int
            } else {
                Kind::Num
            };
            let name = self.fresh("v");
            let init = match kind {
                Kind::Int => self.int_literal(),
                Kind::Num => self.num_literal(),
            };
            self.line(&format!("{name} = {init}"));
            vars.push(Var { name, kind });
        }
        let i = self.fresh("i");
        let guarded = self.rng.chance(60);
        let body_len = self.rng.range(1, 5);
        self.loop_over(&i.clone(), |g| {
            let emit_body = |g: &mut Gen| {
                for _ in 0..body_len {
                    g.arith_statement(&vars, &i);
                }
            };
            if guarded {
                g.block("try:", emit_body);
                g.block("except (OverflowError, ZeroDivisionError) as e:", |g| {
                    g.line(&format!("print('caught', {i}, type(e).__name__, e)"));
                    for v in &vars {
                        g.line(&format!("{} = {i}", v.name));
                    }
                });
            } else {
                emit_body(g);
            }
        });
        let names: Vec<&str> = vars.iter().map(|v| v.name.as_str()).collect();
        self.line(&format!("print('arith', {})", names.join(", ")));
    }

    fn arith_statement(&mut self, vars: &[Var], i: &str) {
        let ints: Vec<String> = vars
            .iter()
            .filter(|v| v.kind == Kind::Int)
            .map(|v| v.name.clone())
            .chain(std::iter::once(i.to_string()))
            .collect();
        let nums: Vec<String> = vars
            .iter()
            .filter(|v| v.kind == Kind::Num)
            .map(|v| v.name.clone())
            .collect();
        let target = &vars[self.rng.below(vars.len())];
        let at = self.rng.range(0, 60);
        match self.rng.below(8) {
            0 => {
                // The type changes at one iteration only: a trace specialized on the
                // old type must exit there.
                let change = match target.kind {
                    Kind::Int => self
                        .rng
                        .pick(&["+ 2**64", "- 2**63", "* 0 + True", "<< 50"]),
                    Kind::Num => self.rng.pick(&["+ 0.5", "* 1.0", "+ 2**64", "/ 4"]),
                };
                self.line(&format!("if {i} == {at}: {0} = {0} {change}", target.name));
            }
            1 => {
                let e1 = self.expr_for(target.kind, &ints, &nums);
                let e2 = self.expr_for(target.kind, &ints, &nums);
                let cond = self.int_expr(&ints, 1);
                self.block(&format!("if {cond} % 3 == 0:"), |g| {
                    g.line(&format!("{} = {e1}", target.name))
                });
                self.block("else:", |g| g.line(&format!("{} = {e2}", target.name)));
            }
            2 => {
                let stmt = if self.rng.chance(50) {
                    "continue"
                } else {
                    "break"
                };
                self.line(&format!("if {i} == {at}: {stmt}"));
            }
            3 => {
                let e = self.expr_for(target.kind, &ints, &nums);
                let op = self.rng.pick(&["+=", "-=", "*="]);
                self.line(&format!("{} {op} {e}", target.name));
            }
            _ => {
                let e = self.expr_for(target.kind, &ints, &nums);
                self.line(&format!("{} = {e}", target.name));
            }
        }
        self.clamp(target);
    }

    fn expr_for(&mut self, kind: Kind, ints: &[String], nums: &[String]) -> String {
        let depth = self.rng.range(1, 3) as u32;
        match kind {
            Kind::Int => self.int_expr(ints, depth),
            Kind::Num => self.num_expr(ints, nums, depth),
        }
    }

    /// A list whose elements change type at random iterations, summed by type.
    fn list_types(&mut self) {
        let lst = self.fresh("lst");
        let n = self.rng.range(1, 8);
        let init = self.rng.pick(&["0", "1.5", "None", "'x'", "2**63"]);
        if self.rng.chance(50) {
            self.line(&format!("{lst} = [{init}] * {n}"));
        } else {
            self.line(&format!("{lst} = list(range({n}))"));
        }
        let total = self.fresh("total");
        let text = self.fresh("text");
        self.line(&format!("{total} = 0"));
        self.line(&format!("{text} = ''"));
        let i = self.fresh("i");
        let a = self.rng.range(2, 5);
        let at = self.rng.range(0, 50);
        let lit1 = self.rng.pick(ANY_LITERALS).to_string();
        let lit2 = self.rng.pick(ANY_LITERALS).to_string();
        self.loop_over(&i.clone(), |g| {
            g.line(&format!("j = {i} % len({lst})"));
            g.block(&format!("if {i} % {a} == 1:"), |g| {
                g.line(&format!("{lst}[j] = {i} * 0.5"))
            });
            g.block(&format!("elif {i} == {at}:"), |g| {
                g.line(&format!("{lst}[j] = {lit1}"))
            });
            g.block(&format!("elif {i} % 7 == 3:"), |g| {
                g.line(&format!("{lst}[j] = {lit2}"))
            });
            g.block("else:", |g| {
                g.line(&format!("{lst}[j] = {i} * 2**40"));
            });
            if g.rng.chance(40) {
                g.block(&format!("if {i} % 5 == 0:"), |g| {
                    g.line(&format!("{lst}.append({i})"));
                });
                g.block(&format!("elif {i} % 5 == 2 and len({lst}) > 1:"), |g| {
                    g.line(&format!("{total} += hash({lst}.pop()) % 3 if False else 0"));
                });
            }
            g.line(&format!("x = {lst}[j - 1]"));
            g.block("if isinstance(x, bool) or x is None:", |g| {
                g.line(&format!("{total} += 1"))
            });
            g.block("elif isinstance(x, (int, float)):", |g| {
                g.line(&format!("{total} += x"))
            });
            g.block("elif isinstance(x, str):", |g| {
                g.line(&format!("{text} += x + str(len(x))"))
            });
            g.block("else:", |g| {
                g.line(&format!("{text} += type(x).__name__[0]"))
            });
            g.line(&format!(
                "if not -1e30 < {total} < 1e30: {total} = {total} % 1009"
            ));
        });
        self.line(&format!("print('list', {lst}, {total}, {text}[-40:])"));
        if self.rng.chance(50) {
            self.line(&format!(
                "print(sorted(x for x in {lst} if isinstance(x, (int, float)) and not isinstance(x, bool)))"
            ));
        }
    }

    /// Attributes added and deleted on instances, so that objects of one class take
    /// several shapes inside one loop.
    fn instance_attrs(&mut self) {
        let objs = self.fresh("objs");
        let acc = self.fresh("acc");
        let n = self.rng.range(1, 4);
        self.line(&format!("{objs} = [Box(k, k * 1.5) for k in range({n})]"));
        self.line(&format!("{acc} = 0"));
        let i = self.fresh("i");
        let p = self.rng.range(2, 6);
        let q = self.rng.range(2, 6);
        let value = match self.rng.below(5) {
            0 => i.clone(),
            1 => format!("{i} * 0.25"),
            2 => format!("str({i})"),
            3 => format!("2**63 + {i}"),
            _ => "None".to_string(),
        };
        self.loop_over(&i.clone(), |g| {
            g.line(&format!("o = {objs}[{i} % len({objs})]"));
            g.block(&format!("if {i} % {p} == 0:"), |g| {
                g.line(&format!("o.extra = {value}"));
            });
            g.block(&format!("if {i} % {q} == 1 and hasattr(o, 'extra'):"), |g| {
                g.line("del o.extra");
            });
            if g.rng.chance(40) {
                g.block(&format!("if {i} % 4 == 3:"), |g| {
                    g.line(&format!("o.a = o.a + 1 if isinstance(o.a, int) else {i}"));
                    g.line("o.b, o.a = o.a, o.b");
                });
            }
            if g.rng.chance(30) {
                g.block("try:", |g| g.line("del o.never"));
                g.block("except AttributeError as e:", |g| {
                    g.line(&format!("{acc} += 1"));
                });
            }
            g.line("e = getattr(o, 'extra', -1)");
            g.block("if isinstance(e, (int, float)):", |g| {
                g.line(&format!("{acc} = ({acc} + e) % 1000003"));
            });
            g.block("else:", |g| g.line(&format!("{acc} += len(str(e))")));
            g.line(&format!("{acc} += o.total() if isinstance(o.a, (int, float)) and isinstance(o.b, (int, float)) else 0"));
        });
        self.line(&format!(
            "print('attrs', {acc}, [sorted(vars(o)) for o in {objs}], {objs})"
        ));
    }

    /// Functions (and lambdas) redefined inside a loop: a trace that inlined the old
    /// function must notice the new one.
    fn redefined_functions(&mut self) {
        let f = self.fresh("f");
        let acc = self.fresh("acc");
        self.line(&format!("def {f}(x):"));
        self.line("    return x + 1");
        self.line(&format!("{acc} = 0"));
        let i = self.fresh("i");
        let at = self.rng.range(0, 50);
        let p = self.rng.range(3, 9);
        let bodies = [
            "return x * 2",
            "return x - 0.5",
            "return str(x)[:3]",
            "return -x if x % 2 else x",
            "return x + 2**62",
        ];
        let b1 = self.rng.pick(&bodies).to_string();
        let b2 = self.rng.pick(&bodies).to_string();
        self.loop_over(&i.clone(), |g| {
            g.block(&format!("if {i} == {at}:"), |g| {
                g.block(&format!("def {f}(x):"), |g| g.line(&b1));
            });
            g.block(&format!("elif {i} % {p} == 0:"), |g| {
                g.block(&format!("def {f}(x, k={i}):"), |g| g.line(&b2));
            });
            if g.rng.chance(30) {
                g.block(&format!("elif {i} % {p} == 1:"), |g| {
                    g.line(&format!("{f} = lambda x: x * 3"));
                });
            }
            g.line(&format!("r = {f}({i})"));
            g.line(&format!(
                "{acc} = ({acc} + (r if not isinstance(r, str) else len(r))) % 1000003"
            ));
        });
        self.line(&format!("print('funcs', {acc}, {f}(7))"));
    }

    /// Module globals rebound (to other types) inside a loop that reads them through
    /// a function.
    fn global_rebinding(&mut self) {
        let acc = self.fresh("acc");
        self.line(&format!("{acc} = 0"));
        let i = self.fresh("i");
        let at = self.rng.range(0, 40);
        let new_value = self
            .rng
            .pick(&["0.5", "2**63", "True", "-7", "2**47"])
            .to_string();
        self.loop_over(&i.clone(), |g| {
            g.block(&format!("if {i} == {at}:"), |g| {
                g.line(&format!("G_NUM = {new_value}"));
                g.line(&format!("G_TAG = 'changed' + str({i})"));
            });
            g.block(&format!("elif {i} % 6 == 5:"), |g| {
                g.line(&format!("G_NUM = G_NUM + {i}"));
            });
            g.line(&format!("{acc} = ({acc} + read_global()) % 1000003"));
            if g.rng.chance(30) {
                g.line(&format!("{acc} += len(G_TAG)"));
            }
        });
        self.line(&format!("print('global', {acc}, G_NUM, G_TAG)"));
    }

    /// Exceptions raised and caught inside loops, across loop boundaries and across
    /// calls, with `finally`, `else`, and break/continue leaving `try` blocks.
    fn exceptions(&mut self) {
        let log = self.fresh("log");
        let fin = self.fresh("fin");
        self.line(&format!("{log} = []"));
        self.line(&format!("{fin} = 0"));
        let i = self.fresh("i");
        let raiser = self.fresh("raiser");
        let k = self.rng.range(2, 6);
        self.block(&format!("def {raiser}(n):"), |g| {
            g.block(&format!("if n % {k} == 0:"), |g| {
                g.line("raise FuzzError(n)");
            });
            g.block("if n % 7 == 3:", |g| {
                g.line("return {'a': 1}['b' * (n % 2 + 1)]");
            });
            g.block("if n % 11 == 4:", |g| {
                g.line("return [1, 2][n]");
            });
            g.block("if n % 13 == 6:", |g| g.line("return int('x' + str(n))"));
            g.line("return n // (n % 5)");
        });
        let across = self.rng.chance(35);
        let stop = self.rng.range(3, 80);
        let body = |g: &mut Gen| {
            g.loop_over(&i.clone(), |g| {
                g.block("try:", |g| {
                    g.line(&format!("{log}.append({raiser}({i}))"));
                    if g.rng.chance(30) {
                        g.line(&format!("if {i} % 9 == 8: continue"));
                    }
                });
                g.block("except FuzzError as e:", |g| {
                    g.line(&format!("{log}.append(('F', e.code, e.args))"));
                });
                g.block("except (KeyError, IndexError) as e:", |g| {
                    g.line(&format!("{log}.append((type(e).__name__, str(e)))"));
                });
                g.block("except ZeroDivisionError as e:", |g| {
                    g.line(&format!("{log}.append(repr(e))"));
                    g.line(&format!("if {i} > {stop}: break"));
                });
                if !across {
                    g.block("except ValueError as e:", |g| {
                        g.line(&format!("{log}.append(str(e))"));
                    });
                }
                g.block("else:", |g| g.line(&format!("{log}.append('ok')")));
                g.block("finally:", |g| g.line(&format!("{fin} += 1")));
            });
        };
        if across {
            self.block("try:", body);
            self.block("except ValueError as e:", |g| {
                g.line(&format!("print('escaped', e, {fin})"));
            });
        } else {
            body(self);
        }
        self.line(&format!("print('exc', {fin}, len({log}), {log}[-6:])"));
    }

    /// Nested loops with break/continue and loop `else` clauses.
    fn nested_loops(&mut self) {
        let acc = self.fresh("acc");
        let found = self.fresh("found");
        self.line(&format!("{acc} = 0"));
        self.line(&format!("{found} = []"));
        let n = self.rng.range(2, 30);
        let m = self.rng.range(2, 20);
        let a = self.rng.range(2, 7);
        let b = self.rng.range(2, 7);
        let big = self.rng.pick(&["1", "2**45", "2**62", "0.5"]).to_string();
        self.block(&format!("for x in range({n}):"), |g| {
            g.line("y = 0");
            g.block(&format!("while y < {m}:"), |g| {
                g.line("y += 1");
                g.line(&format!("if (x * y) % {a} == 0: continue"));
                let limit = (n + m) / 2 + g.rng.range(0, 5);
                g.line(&format!("if x + y > {limit}: break"));
                g.line(&format!("{acc} += x * y * {big}"));
            });
            g.block("else:", |g| g.line(&format!("{found}.append(x)")));
            g.block(&format!("for z in range(x % {b}):"), |g| {
                g.line(&format!("if z == x: {found}.append(-z)"));
            });
            g.block("else:", |g| g.line(&format!("{acc} -= 1")));
        });
        self.line(&format!("print('nested', {acc}, {found})"));
    }

    /// Generators: type-changing yields, `yield from`, `send`, early exit, genexps.
    fn generators(&mut self) {
        let gen = self.fresh("gen");
        let k = self.rng.range(2, 5);
        self.block(&format!("def {gen}(n):"), |g| {
            g.block("for q in range(n):", |g| {
                g.block(&format!("if q % {k} == 0:"), |g| g.line("yield q * 2**60"));
                g.block("elif q % 5 == 1:", |g| g.line("yield q / 4"));
                g.block("else:", |g| g.line("yield str(q)"));
            });
            g.line("yield from range(3)");
            g.line("return 'done'");
        });
        let n = self.rng.range(0, 40);
        let stop = self.rng.range(0, 45);
        let items = self.fresh("items");
        self.line(&format!("{items} = []"));
        self.block(&format!("for v in {gen}({n}):"), |g| {
            g.line(&format!("if len({items}) > {stop}: break"));
            g.line(&format!(
                "{items}.append(v if not isinstance(v, str) else len(v))"
            ));
        });
        self.line(&format!("print('gen', {items}[-8:], len({items}))"));
        let n = self.rng.range(0, 300);
        self.line(&format!(
            "print(sum(x % 7 for x in range({n}) if x % 3), max((x for x in range(5)), default=None))"
        ));
        if self.rng.chance(50) {
            let acc = self.fresh("acc");
            self.block(&format!("def {acc}():"), |g| {
                g.line("total = 0");
                g.block("while True:", |g| {
                    g.line("x = yield total");
                    g.line("if x is None: return total");
                    g.line("total += x");
                });
            });
            self.line(&format!("c = {acc}()"));
            self.line("next(c)");
            let n = self.rng.range(0, 30);
            self.block(&format!("for q in range({n}):"), |g| {
                g.line("c.send(q * 1.5 if q % 4 == 0 else q)");
            });
            self.block("try:", |g| g.line("c.send(None)"));
            self.block("except StopIteration as e:", |g| {
                g.line("print('sent', e.value)");
            });
        }
    }

    /// Recursion: plain, mutual, with big-int results, and RecursionError caught.
    fn recursion(&mut self) {
        let f = self.fresh("rec");
        let a = self.rng.range(1, 4);
        self.block(&format!("def {f}(n):"), |g| {
            g.line("if n < 2: return n");
            g.line(&format!("return {f}(n - 1) + {f}(n - 2) * {a}"));
        });
        let n = self.rng.range(0, 16);
        self.line(&format!("print('rec', {f}({n}))"));
        let p = self.fresh("power");
        self.block(&format!("def {p}(n):"), |g| {
            g.line(&format!("return 1 if n == 0 else 3 * {p}(n - 1)"));
        });
        let n = self.rng.range(20, 60);
        self.line(&format!("print('pow', {p}({n}))"));
        let even = self.fresh("even");
        let odd = self.fresh("odd");
        self.block(&format!("def {even}(n):"), |g| {
            g.line(&format!("return True if n == 0 else {odd}(n - 1)"));
        });
        self.block(&format!("def {odd}(n):"), |g| {
            g.line(&format!("return False if n == 0 else {even}(n - 1)"));
        });
        let n = self.rng.range(0, 300);
        self.line(&format!("print('mutual', {even}({n}))"));
        if self.rng.chance(30) {
            let r = self.fresh("runaway");
            self.block(&format!("def {r}(n):"), |g| {
                g.line(&format!("return {r}(n + 1) + 1"));
            });
            self.block("try:", |g| g.line(&format!("{r}(0)")));
            self.block("except RecursionError as e:", |g| {
                g.line("print('recursion', str(e)[:28])");
            });
        }
    }

    /// Strings built in loops: concatenation, slicing, formatting, methods.
    fn strings(&mut self) {
        let s = self.fresh("s");
        self.line(&format!("{s} = ''"));
        let i = self.fresh("i");
        let spec = self
            .rng
            .pick(&[
                "{:>6}", "{:08.3f}", "{:x}", "{:+d}", "{!r}", "{:,}", "{:<4}|",
            ])
            .to_string();
        let float_spec = spec.contains('f');
        let int_spec = spec.contains('x') || spec.contains('d') || spec.contains(',');
        self.loop_over(&i.clone(), |g| {
            g.line(&format!("{s} += chr(97 + {i} % 26)"));
            g.line(&format!("if {i} % 4 == 0: {s} += str({i} * 2**30)"));
            let arg = if float_spec {
                format!("{i} / 8")
            } else if int_spec {
                format!("{i} * 12345")
            } else {
                format!("'k' * ({i} % 3)")
            };
            g.line(&format!("if {i} % 7 == 2: {s} += '{spec}'.format({arg})"));
            let cut = g.rng.range(5, 30);
            g.line(&format!(
                "if len({s}) > 60: {s} = {s}[{cut}:] + {s}[:3].upper()"
            ));
        });
        self.line(&format!(
            "print('str', repr({s}), {s}[::-1][:10], {s}.count('a'), {s}.find('b'))"
        ));
        self.line(&format!(
            "print('|'.join(sorted({s}.split('a'))), f'{{len({s}):04d}}', '%s-%r-%d' % ({s}[:4], {s}[-3:], len({s})))"
        ));
    }

    /// Dicts (insertion order, deletion, numeric keys where 1 == 1.0 == True) and
    /// sets of numbers (printed directly: CPython's table order).
    fn dicts_and_sets(&mut self) {
        let d = self.fresh("d");
        let st = self.fresh("st");
        self.line(&format!("{d} = {{}}"));
        self.line(&format!("{st} = set()"));
        let i = self.fresh("i");
        let m = self.rng.range(3, 40);
        let key = self
            .rng
            .pick(&[
                "k",
                "k * 1.0",
                "(k, k % 2)",
                "k * 2**50",
                "str(k)",
                "k == 1",
            ])
            .to_string();
        self.loop_over(&i.clone(), |g| {
            let stride = g.rng.range(1, 17);
            g.line(&format!("k = ({i} * {stride}) % {m}"));
            g.line(&format!("key = {key}"));
            g.line(&format!("{d}[key] = {d}.get(key, 0) + 1"));
            g.line(&format!("if {i} % 5 == 4 and key in {d}: del {d}[key]"));
            let scale = *g.rng.pick(&["1", "3", "-1", "2**40", "1000"]);
            g.line(&format!("{st}.add(k * {scale})"));
            g.line(&format!("if {i} % 6 == 0: {st}.discard({i} % {m})"));
        });
        self.line(&format!("print('dict', {d}, len({d}))"));
        self.line(&format!("print('set', {st}, len({st}), sorted({st})[:5])"));
        self.line(&format!(
            "print({st} & set(range(10)), {st} - {{1, 2, 3}}, {{k: v for k, v in {d}.items() if v > 1}})"
        ));
    }

    /// An uncaught exception at the end: the traceback and exit status must match.
    fn uncaught_ending(&mut self) {
        match self.rng.below(3) {
            0 => self.line("raise FuzzError(G_NUM)"),
            1 => {
                self.block("def failing(n):", |g| {
                    g.line("return {'a': 1}[n]");
                });
                self.line("failing('zz')");
            }
            _ => self.line("print(1 // (G_NUM * 0))"),
        }
    }
}

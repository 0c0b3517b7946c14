//! Constant folding and algebraic simplification.
//!
//! One forward walk: each instruction, with its arguments already simplified, is
//! matched against the rule table in `simplify`. A rule either replaces the
//! instruction by an earlier value, turns it into a constant in place, rewrites
//! it to a cheaper op, or drops a guard that can never fail.
//!
//! What is never folded, because it would change results:
//! - an overflow-checked int op whose constant result leaves the small-int range
//!   (the guard exits to the interpreter's bigints, every time);
//! - a division or modulo by a constant zero (the guard raises through its exit);
//! - float identities that are wrong for -0.0, NaN or infinities: `x + 0.0`
//!   (`-0.0 + 0.0` is `0.0`), `x * 0.0`, `x - x`, `x == x`; and any float
//!   constant result that is NaN (its payload and sign are left to the hardware);
//! - a guard that always fails: it stays and exits every time, so the code after
//!   it, still compiled, never runs.

use crate::compile::bytecode::CmpOp;
use crate::jit::ir::{Ins, Op, Ref, Trace, Ty};
use crate::runtime::value::{fits_small, Value};

/// What a rule does with an instruction.
#[derive(Debug, PartialEq)]
enum Rewrite {
    /// Every use takes this earlier value instead.
    Use(Ref),
    /// The instruction becomes this constant (and stops being a guard).
    Const(Op),
    /// The instruction becomes this op, with the same type and snapshot.
    Op(Op),
    /// A guard (of no value) that always passes goes away.
    Drop,
}

/// Constants and definitions of the instructions before the current one.
struct Known<'a> {
    ins: &'a [Ins],
}

impl Known<'_> {
    fn int(&self, r: Ref) -> Option<i64> {
        match self.ins[r.idx()] {
            Ins {
                op: Op::Int(v),
                ty: Ty::Int,
                ..
            } => Some(v),
            _ => None,
        }
    }

    fn float(&self, r: Ref) -> Option<f64> {
        match self.ins[r.idx()] {
            Ins {
                op: Op::Float(v),
                ty: Ty::Float,
                ..
            } => Some(v),
            _ => None,
        }
    }

    fn boolean(&self, r: Ref) -> Option<bool> {
        match self.ins[r.idx()] {
            Ins {
                op: Op::Bool(v),
                ty: Ty::Bool,
                ..
            } => Some(v),
            _ => None,
        }
    }

    /// A boxed constant's bits.
    fn val(&self, r: Ref) -> Option<Value> {
        match self.ins[r.idx()] {
            Ins {
                op: Op::Val(v),
                ty: Ty::Val,
                ..
            } => Some(Value(v)),
            _ => None,
        }
    }

    /// An int or bool constant as the bits the bit operations see.
    fn bits(&self, r: Ref) -> Option<i64> {
        self.int(r).or(self.boolean(r).map(i64::from))
    }

    fn ty(&self, r: Ref) -> Ty {
        self.ins[r.idx()].ty
    }

    fn op(&self, r: Ref) -> &Op {
        &self.ins[r.idx()].op
    }

    /// `y` when `r` is `not y`.
    fn not_of(&self, r: Ref) -> Option<Ref> {
        match *self.op(r) {
            Op::Not(y) => Some(y),
            _ => None,
        }
    }

    /// `y` when `r` is `fneg y`.
    fn fneg_of(&self, r: Ref) -> Option<Ref> {
        match *self.op(r) {
            Op::FNeg(y) => Some(y),
            _ => None,
        }
    }

    /// `y` when `r` is `box y` and `y` has type `ty`.
    fn unboxed(&self, r: Ref, ty: Ty) -> Option<Ref> {
        match *self.op(r) {
            Op::Box(y) if self.ty(y) == ty => Some(y),
            _ => None,
        }
    }

    /// `v` when `r` unboxed the int, float or bool in `v`: boxing it again gives
    /// `v`'s bits back (a float guard passes only words that boxing keeps).
    fn guarded_from(&self, r: Ref) -> Option<Ref> {
        match *self.op(r) {
            Op::GuardInt(v) | Op::GuardFloat(v) | Op::GuardBool(v) => Some(v),
            _ => None,
        }
    }
}

/// An int constant, if it is a small int (the result of an `Ov` op must be).
fn small(v: Option<i64>) -> Option<Rewrite> {
    v.filter(|&v| fits_small(v))
        .map(|v| Rewrite::Const(Op::Int(v)))
}

/// A float constant, unless it is NaN.
fn float(v: f64) -> Option<Rewrite> {
    (!v.is_nan()).then_some(Rewrite::Const(Op::Float(v)))
}

/// Zero or false, for the result type of a bit operation.
fn zero(ty: Ty) -> Option<Rewrite> {
    match ty {
        Ty::Int => Some(Rewrite::Const(Op::Int(0))),
        Ty::Bool => Some(Rewrite::Const(Op::Bool(false))),
        _ => None,
    }
}

/// The constant of a bit operation's result type.
fn bits_const(ty: Ty, v: i64) -> Option<Rewrite> {
    match ty {
        Ty::Int => Some(Rewrite::Const(Op::Int(v))),
        Ty::Bool => Some(Rewrite::Const(Op::Bool(v & 1 == 1))),
        _ => None,
    }
}

/// Python's floor division and modulo (the divisor is not zero).
fn floor_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    let (mut q, mut r) = (a.checked_div(b)?, a.checked_rem(b)?);
    if r != 0 && ((r < 0) != (b < 0)) {
        q -= 1;
        r += b;
    }
    Some((q, r))
}

fn int_cmp(c: CmpOp, a: i64, b: i64) -> Option<bool> {
    Some(match c {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
        _ => return None,
    })
}

/// IEEE comparisons: false with a NaN, except `!=`.
fn float_cmp(c: CmpOp, a: f64, b: f64) -> Option<bool> {
    Some(match c {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
        _ => return None,
    })
}

/// The rule table. `ty` is the instruction's result type.
fn simplify(k: &Known, op: &Op, ty: Ty) -> Option<Rewrite> {
    use Op::*;
    use Rewrite::{Const, Drop, Use};
    let (int, flt, boolean) = (|r| k.int(r), |r| k.float(r), |r| k.boolean(r));
    let ints = |a, b| int(a).is_some() && int(b).is_some();
    let floats = |a, b| flt(a).is_some() && flt(b).is_some();
    let int_of = |r| int(r).unwrap_or_default();
    let flt_of = |r| flt(r).unwrap_or_default();
    match *op {
        // -- Ints: constant operands (only small results; see the module doc).
        AddOv(a, b) if ints(a, b) => small(int_of(a).checked_add(int_of(b))),
        SubOv(a, b) if ints(a, b) => small(int_of(a).checked_sub(int_of(b))),
        MulOv(a, b) if ints(a, b) => small(int_of(a).checked_mul(int_of(b))),
        FloorDiv(a, b) if ints(a, b) && int_of(b) != 0 => {
            small(floor_divmod(int_of(a), int_of(b)).map(|p| p.0))
        }
        Mod(a, b) if ints(a, b) && int_of(b) != 0 => {
            small(floor_divmod(int_of(a), int_of(b)).map(|p| p.1))
        }
        // -- Ints: identities.
        AddOv(x, z) | AddOv(z, x) if int(z) == Some(0) => Some(Use(x)),
        SubOv(x, z) if int(z) == Some(0) => Some(Use(x)),
        SubOv(x, y) if x == y => Some(Const(Int(0))),
        MulOv(x, one) | MulOv(one, x) if int(one) == Some(1) => Some(Use(x)),
        MulOv(_, z) | MulOv(z, _) if int(z) == Some(0) => Some(Const(Int(0))),
        FloorDiv(x, one) if int(one) == Some(1) => Some(Use(x)),
        Mod(_, one) if int(one) == Some(1) => Some(Const(Int(0))),
        // -- Bit operations (on ints, or on bools).
        BitAnd(a, b) if k.bits(a).is_some() && k.bits(b).is_some() => {
            bits_const(ty, k.bits(a)? & k.bits(b)?)
        }
        BitOr(a, b) if k.bits(a).is_some() && k.bits(b).is_some() => {
            bits_const(ty, k.bits(a)? | k.bits(b)?)
        }
        BitXor(a, b) if k.bits(a).is_some() && k.bits(b).is_some() => {
            bits_const(ty, k.bits(a)? ^ k.bits(b)?)
        }
        BitAnd(x, y) | BitOr(x, y) if x == y => Some(Use(x)),
        BitXor(x, y) if x == y => zero(ty),
        BitAnd(_, z) | BitAnd(z, _) if k.bits(z) == Some(0) => zero(ty),
        BitOr(x, z) | BitOr(z, x) | BitXor(x, z) | BitXor(z, x) if k.bits(z) == Some(0) => {
            Some(Use(x))
        }
        // -- Comparisons and bools (no `x == x` for floats: NaN).
        ICmp(c, a, b) if ints(a, b) => int_cmp(c, int_of(a), int_of(b)).map(|v| Const(Bool(v))),
        ICmp(c, x, y) if x == y => int_cmp(c, 0, 0).map(|v| Const(Bool(v))),
        FCmp(c, a, b) if floats(a, b) => float_cmp(c, flt_of(a), flt_of(b)).map(|v| Const(Bool(v))),
        Same(x, y) if x == y => Some(Const(Bool(true))),
        Same(a, b) if k.val(a).is_some() && k.val(b).is_some() => {
            Some(Const(Bool(k.val(a) == k.val(b))))
        }
        Not(a) if boolean(a).is_some() => Some(Const(Bool(!boolean(a)?))),
        Not(x) if k.not_of(x).is_some() => Some(Use(k.not_of(x)?)),
        // -- Floats: constant operands (IEEE, as the machine computes them).
        IToF(a) if int(a).is_some() => float(int_of(a) as f64),
        FAdd(a, b) if floats(a, b) => float(flt_of(a) + flt_of(b)),
        FSub(a, b) if floats(a, b) => float(flt_of(a) - flt_of(b)),
        FMul(a, b) if floats(a, b) => float(flt_of(a) * flt_of(b)),
        FDiv(a, b) if floats(a, b) && flt_of(b) != 0.0 => float(flt_of(a) / flt_of(b)),
        FNeg(a) if flt(a).is_some() => float(-flt_of(a)),
        FAbs(a) if flt(a).is_some() => float(flt_of(a).abs()),
        FSqrt(a) if flt(a).is_some_and(|v| v >= 0.0) => float(flt_of(a).sqrt()),
        // -- Floats: identities exact for every operand, -0.0, NaN and inf included.
        FAdd(x, nz) | FAdd(nz, x)
            if flt(nz).is_some_and(|v| v.to_bits() == (-0.0f64).to_bits()) =>
        {
            Some(Use(x))
        }
        FSub(x, pz) if flt(pz).is_some_and(|v| v.to_bits() == 0) => Some(Use(x)),
        FMul(x, one) | FMul(one, x) if flt(one) == Some(1.0) => Some(Use(x)),
        FDiv(x, one) if flt(one) == Some(1.0) => Some(Use(x)),
        FNeg(x) if k.fneg_of(x).is_some() => Some(Use(k.fneg_of(x)?)),
        // -- Boxing.
        Box(a) if int(a).is_some() => Some(Const(Val(Value::from_small_int(int_of(a)).0))),
        Box(a) if boolean(a).is_some() => Some(Const(Val(Value::from_bool(boolean(a)?).0))),
        Box(x) if k.guarded_from(x).is_some() => Some(Use(k.guarded_from(x)?)),
        // -- Guards that always pass (one that always fails stays).
        GuardTrue(a) if boolean(a) == Some(true) => Some(Drop),
        GuardFalse(a) if boolean(a) == Some(false) => Some(Drop),
        GuardTrue(x) if k.not_of(x).is_some() => Some(Rewrite::Op(GuardFalse(k.not_of(x)?))),
        GuardFalse(x) if k.not_of(x).is_some() => Some(Rewrite::Op(GuardTrue(k.not_of(x)?))),
        GuardIs(a, bits) if k.val(a) == Some(Value(bits)) => Some(Drop),
        GuardIsNot(a, bits) if k.val(a).is_some_and(|v| v.0 != bits) => Some(Drop),
        GuardInt(a) if k.val(a).is_some_and(Value::is_int) => Some(Const(Int(k.val(a)?.as_int()))),
        GuardFloat(a) if k.val(a).is_some_and(Value::is_float) => {
            Some(Const(Float(k.val(a)?.as_f64())))
        }
        GuardBool(a) if k.val(a).is_some_and(Value::is_bool) => {
            Some(Const(Bool(k.val(a)?.as_bool())))
        }
        GuardInt(x) if k.unboxed(x, Ty::Int).is_some() => Some(Use(k.unboxed(x, Ty::Int)?)),
        GuardFloat(x) if k.unboxed(x, Ty::Float).is_some() => Some(Use(k.unboxed(x, Ty::Float)?)),
        GuardBool(x) if k.unboxed(x, Ty::Bool).is_some() => Some(Use(k.unboxed(x, Ty::Bool)?)),
        _ => None,
    }
}

/// The type a constant op has.
fn const_ty(op: &Op) -> Ty {
    match op {
        Op::Int(_) => Ty::Int,
        Op::Float(_) => Ty::Float,
        Op::Bool(_) => Ty::Bool,
        _ => Ty::Val,
    }
}

pub fn run(mut t: Trace) -> Trace {
    let n = t.ins.len();
    let mut replace: Vec<Ref> = (0..n as u32).map(Ref).collect();
    let mut drop = vec![false; n];
    for i in 0..n {
        let (done, rest) = t.ins.split_at_mut(i);
        let ins = &mut rest[0];
        ins.op.map_args(|a| replace[a.idx()]);
        if matches!(ins.op, Op::Phi(..)) {
            continue;
        }
        let known = Known { ins: done };
        // A rewritten op may simplify further (`gtrue (not x)` -> `gfalse x`).
        for _ in 0..4 {
            let Some(rw) = simplify(&known, &ins.op, ins.ty) else {
                break;
            };
            match rw {
                // Rules keep types; the checks make a wrong rule harmless.
                Rewrite::Use(r) if known.ty(r) == ins.ty => {
                    replace[i] = r;
                }
                Rewrite::Const(c) if const_ty(&c) == ins.ty => {
                    ins.op = c;
                    ins.snap = None;
                }
                Rewrite::Op(o) if o.is_guard() == ins.op.is_guard() => {
                    ins.op = o;
                    continue;
                }
                Rewrite::Drop if ins.ty == Ty::Void => drop[i] = true,
                _ => {}
            }
            break;
        }
    }
    super::compact(t, &replace, &drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::ir_text::{parse, snaps_text};

    fn fold(text: &str) -> String {
        run(parse(text).unwrap()).to_text()
    }

    #[test]
    fn folds_int_constants_within_the_small_range() {
        assert_eq!(
            fold(
                "0000 int  int 6\n\
                 0001 int  int 7\n\
                 0002 int  mulov 0000 0001  -> exit 0\n\
                 0003 int  int -7\n\
                 0004 int  floordiv 0003 0000  -> exit 0\n\
                 0005 int  mod 0003 0000  -> exit 0\n\
                 0006 bool icmp < 0004 0005\n\
                 0007      gtrue 0006  -> exit 0\n\
                 0008 val  box 0002\n\
                 0009      sstore r1 0008\n"
            ),
            "0000 int  int 6\n\
             0001 int  int 7\n\
             0002 int  int 42\n\
             0003 int  int -7\n\
             0004 int  int -2\n\
             0005 int  int 5\n\
             0006 bool bool true\n\
             0007 val  const 42\n\
             0008      sstore r1 0007\n"
        );
    }

    #[test]
    fn keeps_overflowing_and_zero_dividing_ops() {
        let text = "0000 int  int 140737488355327\n\
                    0001 int  int 1\n\
                    0002 int  addov 0000 0001  -> exit 0\n\
                    0003 int  int 0\n\
                    0004 int  floordiv 0001 0003  -> exit 1\n\
                    0005 int  mod 0001 0003  -> exit 1\n\
                    0006 int  mulov 0000 0000  -> exit 1\n";
        assert_eq!(fold(text), text);
    }

    #[test]
    fn int_identities() {
        assert_eq!(
            fold(
                "0000 val  sload r0\n\
                 0001 int  gint 0000  -> exit 0\n\
                 0002 int  int 0\n\
                 0003 int  int 1\n\
                 0004 int  addov 0001 0002  -> exit 0\n\
                 0005 int  mulov 0003 0004  -> exit 0\n\
                 0006 int  subov 0005 0005  -> exit 0\n\
                 0007 int  mulov 0001 0002  -> exit 0\n\
                 0008 int  floordiv 0005 0003  -> exit 0\n\
                 0009 int  mod 0008 0003  -> exit 0\n\
                 0010 int  bxor 0008 0008\n\
                 0011 int  bor 0008 0002\n\
                 0012 bool icmp <= 0011 0011\n\
                 0013      gtrue 0012  -> exit 0\n\
                 0014 val  box 0011\n\
                 0015      sstore r1 0014\n\
                 exit 0 (Resume): r2=0005 r3=0009\n"
            ),
            // `box (gint v)` is `v` again.
            "0000 val  sload r0\n\
             0001 int  gint 0000  -> exit 0\n\
             0002 int  int 0\n\
             0003 int  int 1\n\
             0004 int  int 0\n\
             0005 int  int 0\n\
             0006 int  int 0\n\
             0007 int  int 0\n\
             0008 bool bool true\n\
             0009      sstore r1 0000\n"
        );
    }

    #[test]
    fn snapshots_follow_replaced_values() {
        let out = run(parse(
            "0000 val  sload r0\n\
             0001 int  gint 0000  -> exit 0\n\
             0002 int  int 0\n\
             0003 int  addov 0001 0002  -> exit 0\n\
             0004 val  sload r1\n\
             0005 int  gint 0004  -> exit 1\n\
             exit 1 (Resume): r2=0003\n",
        )
        .unwrap());
        assert_eq!(
            out.to_text(),
            "0000 val  sload r0\n\
             0001 int  gint 0000  -> exit 0\n\
             0002 int  int 0\n\
             0003 val  sload r1\n\
             0004 int  gint 0003  -> exit 1\n"
        );
        assert_eq!(
            snaps_text(&out),
            "exit 0 (Resume):\nexit 1 (Resume): r2=0001\n"
        );
    }

    #[test]
    fn float_rules_respect_signed_zero_and_nan() {
        // x + 0.0, x * 0.0, x - x, x == x and 0.0 / 0.0 all stay.
        let kept = "0000 val  sload r0\n\
                    0001 flt  gfloat 0000  -> exit 0\n\
                    0002 flt  float 0.0\n\
                    0003 flt  fadd 0001 0002\n\
                    0004 flt  fmul 0001 0002\n\
                    0005 flt  fsub 0001 0001\n\
                    0006 bool fcmp == 0001 0001\n\
                    0007 flt  fdiv 0002 0002  -> exit 0\n\
                    0008 flt  fsub 0002 0002\n\
                    0009 flt  fdiv 0001 0002  -> exit 0\n";
        let out = fold(kept);
        assert_eq!(out.lines().count(), 10, "{out}");
        assert!(out.contains("0008 flt  float 0.0\n"), "{out}");
        assert!(
            out.contains("0007 flt  fdiv 0002 0002  -> exit 0\n"),
            "{out}"
        );
        assert_eq!(
            fold(
                "0000 val  sload r0\n\
                 0001 flt  gfloat 0000  -> exit 0\n\
                 0002 flt  float -0.0\n\
                 0003 flt  fadd 0001 0002\n\
                 0004 flt  float 0.0\n\
                 0005 flt  fsub 0003 0004\n\
                 0006 flt  float 1.0\n\
                 0007 flt  fmul 0006 0005\n\
                 0008 flt  fdiv 0007 0006  -> exit 0\n\
                 0009 flt  fneg 0008\n\
                 0010 flt  fneg 0009\n\
                 0011 flt  float 4.0\n\
                 0012 flt  fsqrt 0011  -> exit 0\n\
                 0013 flt  fneg 0012\n\
                 0014 bool fcmp < 0013 0002\n\
                 0015 flt  fadd 0010 0013\n\
                 0016 val  box 0015\n\
                 0017      sstore r1 0016\n"
            ),
            "0000 val  sload r0\n\
             0001 flt  gfloat 0000  -> exit 0\n\
             0002 flt  float -0.0\n\
             0003 flt  float 0.0\n\
             0004 flt  float 1.0\n\
             0005 flt  fneg 0001\n\
             0006 flt  float 4.0\n\
             0007 flt  float 2.0\n\
             0008 flt  float -2.0\n\
             0009 bool bool true\n\
             0010 flt  fadd 0001 0008\n\
             0011 val  box 0010\n\
             0012      sstore r1 0011\n"
        );
    }

    #[test]
    fn nan_comparisons_fold_the_ieee_way() {
        assert_eq!(
            fold(
                "0000 flt  float NaN\n\
                 0001 bool fcmp == 0000 0000\n\
                 0002 bool fcmp != 0000 0000\n"
            ),
            "0000 flt  float NaN\n\
             0001 bool bool false\n\
             0002 bool bool true\n"
        );
    }

    #[test]
    fn always_true_guards_go_and_always_false_ones_stay() {
        // Last: `box (gbool v)` is `v`, so the guard repeats (CSE merges it).
        assert_eq!(
            fold(
                "0000 bool bool true\n\
                 0001      gtrue 0000  -> exit 0\n\
                 0002      gfalse 0000  -> exit 1\n\
                 0003 val  const None\n\
                 0004      gis 0003 None  -> exit 2\n\
                 0005      gnot 0003 None  -> exit 3\n\
                 0006      gnot 0003 MISS  -> exit 4\n\
                 0007 val  const 5\n\
                 0008 int  gint 0007  -> exit 5\n\
                 0009 flt  gfloat 0007  -> exit 6\n\
                 0010 val  sload r0\n\
                 0011 bool gbool 0010  -> exit 7\n\
                 0012 bool not 0011\n\
                 0013      gtrue 0012  -> exit 8\n\
                 0014 val  box 0011\n\
                 0015 bool gbool 0014  -> exit 9\n\
                 0016      gfalse 0015  -> exit 10\n"
            ),
            "0000 bool bool true\n\
             0001      gfalse 0000  -> exit 1\n\
             0002 val  const None\n\
             0003      gnot 0002 None  -> exit 3\n\
             0004 val  const 5\n\
             0005 int  int 5\n\
             0006 flt  gfloat 0004  -> exit 6\n\
             0007 val  sload r0\n\
             0008 bool gbool 0007  -> exit 7\n\
             0009 bool not 0008\n\
             0010      gfalse 0008  -> exit 8\n\
             0011 bool gbool 0007  -> exit 9\n\
             0012      gfalse 0011  -> exit 10\n"
        );
    }

    #[test]
    fn a_box_of_an_unboxed_float_still_gets_its_guard_when_the_type_differs() {
        let text = "0000 int  int 3\n\
                    0001 val  sload r0\n\
                    0002 int  gint 0001  -> exit 0\n\
                    0003 val  box 0002\n\
                    0004 flt  gfloat 0003  -> exit 1\n";
        // `box (gint v)` is `v`; a float guard on an int value stays (and fails).
        assert_eq!(
            fold(text),
            "0000 int  int 3\n\
             0001 val  sload r0\n\
             0002 int  gint 0001  -> exit 0\n\
             0003 flt  gfloat 0001  -> exit 1\n"
        );
    }

    #[test]
    fn a_reboxed_float_is_the_original_word() {
        // A float guard passes only untagged words, which boxing leaves alone.
        assert_eq!(
            fold(
                "0000 val  sload r0\n\
                 0001 flt  gfloat 0000  -> exit 0\n\
                 0002 val  box 0001\n\
                 0003      sstore r1 0002\n"
            ),
            "0000 val  sload r0\n\
             0001 flt  gfloat 0000  -> exit 0\n\
             0002      sstore r1 0000\n"
        );
    }

    #[test]
    fn phis_see_replaced_carried_values() {
        assert_eq!(
            fold(
                "0000 int  int 0\n\
                 ---- loop body\n\
                 0001 int  phi 0000 0003\n\
                 0002 int  int 0\n\
                 0003 int  addov 0001 0002  -> exit 0\n\
                 ---- loop\n"
            ),
            "0000 int  int 0\n\
             ---- loop body\n\
             0001 int  phi 0000 0001\n\
             0002 int  int 0\n\
             ---- loop\n"
        );
    }
}

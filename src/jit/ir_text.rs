//! Reads the text form of `Trace::to_text` back into a `Trace`, so that optimizer
//! tests are written as IR text in, IR text out.
//!
//! Besides the instruction lines, an optional snapshot line gives an exit's kind
//! and dirty slots, `exit N (Resume): r1=0003 r4=0007` (refs only; every frame list
//! is `[frame 0 pc 0]`). Exits named by a guard but not listed are empty `Resume`
//! snapshots. `snaps_text` prints snapshots in that same form.

use std::fmt::Write as _;

use crate::compile::bytecode::CmpOp;
use crate::runtime::value::{Value, PAYLOAD_MASK, TAG_OBJ, TAG_SHIFT};

use super::ir::{
    ExitKind, Helper, Ins, Op, Ref, SnapFrame, Snapshot, Trace, Ty, EMPTY_BITS, ERR_BITS, MISS_BITS,
};

const HELPERS: [Helper; 26] = [
    Helper::ListGet,
    Helper::ListSet,
    Helper::LoadGlobal,
    Helper::ModuleAttr,
    Helper::GetAttrCached,
    Helper::SetAttrCached,
    Helper::LoadMethodCached,
    Helper::RangePtr,
    Helper::IterNext,
    Helper::NewRange,
    Helper::IterOf,
    Helper::RangeIter,
    Helper::IntArith,
    Helper::Builtin1,
    Helper::SeqAdd,
    Helper::BuildList,
    Helper::ListAppend,
    Helper::ListPop,
    Helper::TypeOf,
    Helper::IsInstance,
    Helper::Truthy,
    Helper::CompareTruth,
    Helper::Call,
    Helper::CallMethod,
    Helper::CallTrace,
    Helper::Step,
];

const CMPS: [CmpOp; 6] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
];

/// Parses IR text; the error names the offending line.
pub fn parse(text: &str) -> Result<Trace, String> {
    let mut t = Trace::default();
    let mut listed: Vec<(u32, Snapshot)> = vec![];
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        let fail = |e: String| format!("line {}: {e}: {line:?}", n + 1);
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed == "---- loop body" {
            t.loop_start = Some(t.ins.len() as u32);
        } else if trimmed == "---- loop" {
            t.loops = true;
        } else if let Some(rest) = trimmed.strip_prefix("exit ") {
            listed.push(parse_snapshot(rest).map_err(fail)?);
        } else {
            let ins = parse_ins(trimmed, t.ins.len()).map_err(fail)?;
            t.ins.push(ins);
        }
    }
    let mut wanted = t
        .ins
        .iter()
        .filter_map(|i| i.snap)
        .max()
        .map_or(0, |s| s + 1);
    if let Some(most) = listed.iter().map(|(n, _)| n + 1).max() {
        wanted = wanted.max(most);
    }
    t.snaps = (0..wanted)
        .map(|_| Snapshot {
            frames: vec![SnapFrame { frame: 0, pc: 0 }],
            slots: vec![],
            kind: ExitKind::Resume,
        })
        .collect();
    for (n, snap) in listed {
        t.snaps[n as usize] = snap;
    }
    let n = t.ins.len() as u32;
    for (i, ins) in t.ins.iter().enumerate() {
        for a in ins.op.args() {
            // Only a Phi's carried value may come later.
            if a.0 >= n || (a.0 as usize >= i && !matches!(ins.op, Op::Phi(..))) {
                return Err(format!("instruction {i:04}: bad reference {a}"));
            }
        }
    }
    for (s, snap) in t.snaps.iter().enumerate() {
        if snap.slots.iter().any(|(_, r)| r.0 >= n) {
            return Err(format!("exit {s}: reference past the end"));
        }
    }
    Ok(t)
}

/// The snapshots in the form `parse` reads: `exit N (Kind): rS=NNNN ...`.
pub fn snaps_text(t: &Trace) -> String {
    let mut out = String::new();
    for (n, snap) in t.snaps.iter().enumerate() {
        let _ = write!(out, "exit {n} ({:?}):", snap.kind);
        for (slot, r) in &snap.slots {
            let _ = write!(out, " r{slot}={r}");
        }
        out.push('\n');
    }
    out
}

fn parse_snapshot(rest: &str) -> Result<(u32, Snapshot), String> {
    let (head, slots) = rest
        .split_once(':')
        .ok_or("expected `exit N (Kind): ...`")?;
    let (num, kind) = head
        .trim()
        .split_once(' ')
        .ok_or("expected `exit N (Kind)`")?;
    let kind = match kind.trim() {
        "(Resume)" => ExitKind::Resume,
        "(Raise)" => ExitKind::Raise,
        "(Collect)" => ExitKind::Collect,
        k => match k
            .strip_prefix("(Return(")
            .and_then(|r| r.strip_suffix("))"))
            .and_then(|n| n.parse().ok())
        {
            Some(src) => ExitKind::Return(src),
            None => return Err(format!("unknown exit kind {k}")),
        },
    };
    let mut out = vec![];
    for item in slots.split_whitespace() {
        let (slot, r) = item.split_once('=').ok_or("expected rS=NNNN")?;
        out.push((reg(slot)?, reference(r)?));
    }
    Ok((
        num.parse().map_err(|_| "bad exit number")?,
        Snapshot {
            frames: vec![SnapFrame { frame: 0, pc: 0 }],
            slots: out,
            kind,
        },
    ))
}

fn parse_ins(line: &str, index: usize) -> Result<Ins, String> {
    let (body, snap) = match line.split_once("-> exit ") {
        Some((b, s)) => (
            b,
            Some(s.trim().parse::<u32>().map_err(|_| "bad exit number")?),
        ),
        None => (line, None),
    };
    // `NNNN TYPE op args`, the type padded to four columns (blank for void).
    let num = body.get(..4).ok_or("too short")?;
    if num.parse::<usize>().ok() != Some(index) {
        return Err(format!("expected instruction number {index:04}"));
    }
    let ty = match body.get(5..9).ok_or("too short")?.trim() {
        "int" => Ty::Int,
        "flt" => Ty::Float,
        "bool" => Ty::Bool,
        "val" => Ty::Val,
        "" => Ty::Void,
        other => return Err(format!("unknown type {other}")),
    };
    let words: Vec<&str> = body.get(10..).ok_or("no op")?.split_whitespace().collect();
    let (name, args) = words.split_first().ok_or("no op")?;
    let op = parse_op(name, args)?;
    if op.is_guard() != snap.is_some() {
        return Err("a guard needs `-> exit N`, and only a guard has one".into());
    }
    Ok(Ins::new(op, ty, snap))
}

fn reference(s: &str) -> Result<Ref, String> {
    if s.len() != 4 {
        return Err(format!("expected a 4-digit reference, got {s:?}"));
    }
    s.parse()
        .map(Ref)
        .map_err(|_| format!("bad reference {s:?}"))
}

fn reg(s: &str) -> Result<u32, String> {
    s.strip_prefix('r')
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("expected rN, got {s:?}"))
}

/// `NNNN+OFFSET`.
fn field(s: &str) -> Result<(Ref, i32), String> {
    let (p, off) = s.split_once('+').ok_or("expected NNNN+OFFSET")?;
    Ok((reference(p)?, off.parse().map_err(|_| "bad offset")?))
}

/// The inverse of `describe_bits` (objects are `obj#HEX`).
fn bits(s: &str) -> Result<u64, String> {
    Ok(match s {
        "EMPTY" => EMPTY_BITS,
        "ERR" => ERR_BITS,
        "MISS" => MISS_BITS,
        "None" => Value::NONE.0,
        "True" => Value::TRUE.0,
        "False" => Value::FALSE.0,
        _ => {
            if let Some(hex) = s.strip_prefix("obj#") {
                let payload = u64::from_str_radix(hex, 16).map_err(|_| "bad obj#")?;
                (TAG_OBJ << TAG_SHIFT) | (payload & PAYLOAD_MASK)
            } else if let Ok(i) = s.parse::<i64>() {
                if !crate::runtime::value::fits_small(i) {
                    return Err(format!("{i} is not a small int"));
                }
                Value::from_small_int(i).0
            } else {
                let x: f64 = s.parse().map_err(|_| format!("bad constant {s:?}"))?;
                Value::from_f64(x).0
            }
        }
    })
}

/// An attribute slot operand, `#N`.
fn attr_slot(text: &str) -> Result<u32, String> {
    text.strip_prefix('#')
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("bad attribute slot {text}"))
}

fn parse_op(name: &str, args: &[&str]) -> Result<Op, String> {
    let arity = |n: usize| {
        if args.len() == n {
            Ok(())
        } else {
            Err(format!("{name} takes {n} operands"))
        }
    };
    let r = |k: usize| reference(args[k]);
    let two = |f: fn(Ref, Ref) -> Op| -> Result<Op, String> {
        arity(2)?;
        Ok(f(r(0)?, r(1)?))
    };
    let one = |f: fn(Ref) -> Op| -> Result<Op, String> {
        arity(1)?;
        Ok(f(r(0)?))
    };
    let cmp = |f: fn(CmpOp, Ref, Ref) -> Op| -> Result<Op, String> {
        arity(3)?;
        let c = CMPS
            .into_iter()
            .find(|c| c.symbol() == args[0])
            .ok_or("unknown comparison")?;
        Ok(f(c, r(1)?, r(2)?))
    };
    Ok(match name {
        "int" => {
            arity(1)?;
            Op::Int(args[0].parse().map_err(|_| "bad int")?)
        }
        "float" => {
            arity(1)?;
            Op::Float(args[0].parse().map_err(|_| "bad float")?)
        }
        "bool" => {
            arity(1)?;
            Op::Bool(args[0].parse().map_err(|_| "bad bool")?)
        }
        "const" => {
            arity(1)?;
            Op::Val(bits(args[0])?)
        }
        "sload" => {
            arity(1)?;
            Op::LoadSlot(reg(args[0])?)
        }
        "sstore" => {
            arity(2)?;
            Op::StoreSlot(reg(args[0])?, r(1)?)
        }
        "clobber" => {
            arity(1)?;
            Op::Clobber(reg(args[0])?)
        }
        "gccheck" => {
            arity(0)?;
            Op::GcCheck
        }
        "fload" | "mload" => {
            arity(1)?;
            let (p, off) = field(args[0])?;
            if name == "fload" {
                Op::LoadField(p, off)
            } else {
                Op::LoadMut(p, off)
            }
        }
        "mstore" => {
            arity(2)?;
            let (p, off) = field(args[0])?;
            Op::StoreMut(p, off, r(1)?)
        }
        "phi" => two(Op::Phi)?,
        "gint" => one(Op::GuardInt)?,
        "gfloat" => one(Op::GuardFloat)?,
        "gbool" => one(Op::GuardBool)?,
        "gis" | "gnot" => {
            arity(2)?;
            let (a, b) = (r(0)?, bits(args[1])?);
            if name == "gis" {
                Op::GuardIs(a, b)
            } else {
                Op::GuardIsNot(a, b)
            }
        }
        "gshape" => {
            arity(4)?;
            if args[2] != "shape" {
                return Err("gshape takes `VALUE CLASS shape ID`".into());
            }
            let id = args[3].parse().map_err(|_| "bad shape id")?;
            Op::GuardShape(r(0)?, bits(args[1])?, id)
        }
        "gepoch" => {
            arity(1)?;
            Op::GuardEpoch(args[0].parse().map_err(|_| "bad epoch")?)
        }
        "aload" => {
            arity(2)?;
            Op::LoadAttr(r(0)?, attr_slot(args[1])?)
        }
        "glob" => {
            arity(2)?;
            Op::GlobalLoad(r(0)?, attr_slot(args[1])?)
        }
        "astore" => {
            arity(3)?;
            Op::StoreAttr(r(0)?, attr_slot(args[1])?, r(2)?)
        }
        "glist" => one(Op::GuardList)?,
        "gcell" => one(Op::GuardCell)?,
        "cload" => one(Op::CellLoad)?,
        "cstore" => two(Op::CellStore)?,
        "llen" => one(Op::ListLen)?,
        "litems" => one(Op::ListItems)?,
        "gidx" => two(Op::GuardIndex)?,
        "iload" => two(Op::ItemLoad)?,
        "istore" => {
            arity(3)?;
            Op::ItemStore(r(0)?, r(1)?, r(2)?)
        }
        "gtrue" => one(Op::GuardTrue)?,
        "gfalse" => one(Op::GuardFalse)?,
        "addov" => two(Op::AddOv)?,
        "subov" => two(Op::SubOv)?,
        "mulov" => two(Op::MulOv)?,
        "floordiv" => two(Op::FloorDiv)?,
        "mod" => two(Op::Mod)?,
        "band" => two(Op::BitAnd)?,
        "bor" => two(Op::BitOr)?,
        "bxor" => two(Op::BitXor)?,
        "shr" => two(Op::Shr)?,
        "shlov" => two(Op::ShlOv)?,
        "icmp" => cmp(Op::ICmp)?,
        "itof" => one(Op::IToF)?,
        "fadd" => two(Op::FAdd)?,
        "fsub" => two(Op::FSub)?,
        "fmul" => two(Op::FMul)?,
        "fdiv" => two(Op::FDiv)?,
        "fneg" => one(Op::FNeg)?,
        "fabs" => one(Op::FAbs)?,
        "fsqrt" => one(Op::FSqrt)?,
        "fcmp" => cmp(Op::FCmp)?,
        "not" => one(Op::Not)?,
        "box" => one(Op::Box)?,
        "same" => two(Op::Same)?,
        "call" => {
            let (h, rest) = args.split_first().ok_or("call needs a helper")?;
            let h = HELPERS
                .into_iter()
                .find(|x| x.name() == *h)
                .ok_or_else(|| format!("unknown helper {h}"))?;
            let refs = rest
                .iter()
                .map(|a| reference(a))
                .collect::<Result<_, _>>()?;
            Op::Call(h, refs)
        }
        other => return Err(format!("unknown op {other}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every op the text form can show, once.
    const ALL: &str = "\
0000      gccheck  -> exit 0
0001 val  sload r3
0002 int  gint 0001  -> exit 1
0003 flt  float -0.0
0004 bool bool true
0005 val  const None
0006 val  const obj#1f00
0007 int  call range_ptr 0001
0008 int  fload 0007+8
0009 int  mload 0007+0
0010      mstore 0007+0 0002
0011      gnot 0007 MISS  -> exit 1
0012      gis 0001 2.5  -> exit 1
0013 int  int -4
0014 int  addov 0002 0013  -> exit 2
0015 int  subov 0002 0013  -> exit 2
0016 int  mulov 0002 0013  -> exit 2
0017 int  floordiv 0002 0013  -> exit 2
0018 int  mod 0002 0013  -> exit 2
0019 int  band 0002 0013
0020 int  bor 0002 0013
0021 int  bxor 0002 0013
0022 bool icmp <= 0002 0013
0023 flt  itof 0002
0024 flt  fadd 0023 0003
0025 flt  fsub 0023 0003
0026 flt  fmul 0023 0003
0027 flt  fdiv 0023 0003  -> exit 2
0028 flt  fneg 0023
0029 flt  fabs 0023
0030 flt  fsqrt 0023  -> exit 2
0031 bool fcmp != 0023 0003
0032 bool not 0031
0033 val  box 0023
0034 bool same 0033 0005
0035      gtrue 0034  -> exit 3
0036      gfalse 0022  -> exit 3
0037 int  gint 0001  -> exit 3
0038 flt  gfloat 0001  -> exit 3
0039 bool gbool 0001  -> exit 3
0040 val  call list_get 0001 0002
0041      clobber r2
0042      sstore r3 0033
0043      gshape 0001 7 shape 3  -> exit 3
0044      gepoch 12  -> exit 3
0045 val  aload 0001 #2
0046      astore 0001 #0 0045
---- loop body
0047 int  phi 0002 0048
0048 int  addov 0047 0013  -> exit 3
---- loop
";

    #[test]
    fn reads_back_what_to_text_writes() {
        let t = parse(ALL).unwrap();
        assert_eq!(t.to_text(), ALL);
        assert_eq!(t.snaps.len(), 4);
        assert_eq!(t.loop_start, Some(47));
        assert!(t.loops);
        assert_eq!(parse(&t.to_text()).unwrap(), t);
    }

    #[test]
    fn reads_snapshot_lines() {
        let t = parse(
            "0000 val  sload r1\n\
             0001 int  gint 0000  -> exit 0\n\
             exit 0 (Resume): r2=0001\n\
             exit 1 (Collect):\n",
        )
        .unwrap();
        assert_eq!(t.snaps.len(), 2);
        assert_eq!(t.snaps[0].slots, vec![(2, Ref(1))]);
        assert_eq!(t.snaps[1].kind, ExitKind::Collect);
        assert_eq!(
            snaps_text(&t),
            "exit 0 (Resume): r2=0001\nexit 1 (Collect):\n"
        );
    }

    #[test]
    fn rejects_malformed_ir() {
        for bad in [
            "0001 val  sload r1\n",                                    // wrong number
            "0000 val  sload 1\n",                                     // not a register
            "0000 val  frob 0000\n",                                   // unknown op
            "0000 int  int 1\n0001 int  addov 0000 0002  -> exit 0\n", // forward ref
            "0000 int  int 1\n0001 int  addov 0000 0000\n",            // guard without exit
            "0000 int  int 1  -> exit 0\n",                            // exit on a non-guard
            "0000 val  call nothing\n",                                // unknown helper
            "0000 xyz  int 1\n",                                       // unknown type
        ] {
            assert!(parse(bad).is_err(), "accepted {bad:?}");
        }
    }
}

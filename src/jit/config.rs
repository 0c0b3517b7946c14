//! JIT settings: `--no-jit`, and `TAURARO_JIT=off` or a comma-separated list of
//! `name=N` settings, optimization levels `O0`..`O3` and `-pass`/`+pass` switches
//! (listed in README.md).

use super::record::Limits;

#[derive(Clone, Debug, PartialEq)]
pub struct JitConfig {
    pub enabled: bool,
    /// Back-edges before a loop is recorded.
    pub hotloop: u32,
    /// Calls of a function before it is recorded from its entry.
    pub hotfunc: u32,
    /// Times an exit is taken before a side trace is recorded from it.
    pub hotexit: u32,
    /// Compiled traces at most.
    pub maxtrace: usize,
    /// IR instructions in one recording at most.
    pub maxrecord: usize,
    /// Snapshots in one recording at most.
    pub maxsnap: usize,
    /// Depth of inlined calls at most.
    pub maxinline: usize,
    /// Aborted recordings of one loop before it is blacklisted.
    pub maxabort: u32,
    /// Side traces in one trace tree (a root trace and the side traces grown
    /// from it) at most: reaching it flushes the tree once (the root is
    /// recorded again), then the tree takes no more side traces.
    pub maxside: u32,
    /// Which optimizer passes run.
    pub passes: Passes,
}

/// The optimizer passes that can be switched off, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passes {
    /// `fold`: constant folding and algebraic simplification.
    pub fold: bool,
    /// `cse`: common-subexpression elimination of pure operations and guards.
    pub cse: bool,
    /// `typeguard`: slot stores use the unboxed value a type guard proved.
    pub typeguard: bool,
    /// `peel`: loop peeling (preamble + loop body with loop-carried `Phi`s).
    pub peel: bool,
    /// `loopopt`: `fold` and `cse` run again on the peeled loop body.
    pub loopopt: bool,
    /// `dce`: dead-code elimination.
    pub dce: bool,
}

impl Passes {
    pub const NAMES: [&'static str; 6] = ["fold", "cse", "typeguard", "peel", "loopopt", "dce"];

    /// The passes of optimization level `O<level>`: O0 none (the recorded trace
    /// is compiled as is), O1 `fold cse typeguard dce`, O2 adds `peel`, O3 (the default)
    /// adds `loopopt`.
    pub fn level(level: u32) -> Option<Passes> {
        let on = |min: u32| level >= min;
        (level <= 3).then(|| Passes {
            fold: on(1),
            cse: on(1),
            typeguard: on(1),
            dce: on(1),
            peel: on(2),
            loopopt: on(3),
        })
    }

    fn flag(&mut self, name: &str) -> Option<&mut bool> {
        match name {
            "fold" => Some(&mut self.fold),
            "cse" => Some(&mut self.cse),
            "typeguard" => Some(&mut self.typeguard),
            "peel" => Some(&mut self.peel),
            "loopopt" => Some(&mut self.loopopt),
            "dce" => Some(&mut self.dce),
            _ => None,
        }
    }
}

impl Default for Passes {
    fn default() -> Self {
        Passes::level(3).expect("O3 exists")
    }
}

impl Default for JitConfig {
    fn default() -> Self {
        JitConfig {
            enabled: true,
            hotloop: 56,
            hotexit: 10,
            hotfunc: 112,
            maxtrace: 1000,
            maxrecord: 4000,
            maxsnap: 500,
            maxinline: 8,
            maxabort: 6,
            maxside: 100,
            passes: Passes::default(),
        }
    }
}

impl JitConfig {
    /// The interpreter only.
    pub fn off() -> Self {
        JitConfig {
            enabled: false,
            ..Default::default()
        }
    }

    /// Parses a `TAURARO_JIT` value.
    pub fn parse(spec: &str) -> Result<Self, String> {
        let mut c = JitConfig::default();
        let spec = spec.trim();
        if spec.is_empty() || spec == "on" {
            return Ok(c);
        }
        if spec == "off" || spec == "0" {
            return Ok(JitConfig::off());
        }
        for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if item == "off" {
                c.enabled = false;
                continue;
            }
            if item == "on" {
                continue;
            }
            if let Some(level) = item.strip_prefix('O') {
                c.passes = level
                    .parse()
                    .ok()
                    .and_then(Passes::level)
                    .ok_or_else(|| format!("TAURARO_JIT: unknown level {item:?} (O0..O3)"))?;
                continue;
            }
            if let Some((on, name)) = item
                .strip_prefix('-')
                .map(|n| (false, n))
                .or_else(|| item.strip_prefix('+').map(|n| (true, n)))
            {
                let flag = c.passes.flag(name.trim()).ok_or_else(|| {
                    format!(
                        "TAURARO_JIT: unknown pass {name:?} (known: {})",
                        Passes::NAMES.join(", ")
                    )
                })?;
                *flag = on;
                continue;
            }
            let (name, value) = item
                .split_once('=')
                .ok_or_else(|| format!("TAURARO_JIT: expected name=N, got {item:?}"))?;
            let n: u64 = value
                .trim()
                .parse()
                .map_err(|_| format!("TAURARO_JIT: {name}: not a number: {value:?}"))?;
            let n32 = u32::try_from(n).map_err(|_| format!("TAURARO_JIT: {name}: too large"))?;
            match name.trim() {
                "hotloop" => c.hotloop = n32.max(1),
                "hotexit" => c.hotexit = n32.max(1),
                "hotfunc" => c.hotfunc = n32.max(1),
                "maxtrace" => c.maxtrace = n as usize,
                "maxrecord" => c.maxrecord = n as usize,
                "maxsnap" => c.maxsnap = n as usize,
                "maxinline" => c.maxinline = n as usize,
                "maxabort" => c.maxabort = n32.max(1),
                "maxside" => c.maxside = n32,
                other => {
                    return Err(format!(
                        "TAURARO_JIT: unknown setting {other:?} (known: hotloop, hotexit, hotfunc, \
                         maxtrace, maxrecord, maxsnap, maxinline, maxabort, maxside, off, O0..O3, -pass)"
                    ))
                }
            }
        }
        Ok(c)
    }

    /// The settings for this process: `--no-jit` wins, then `TAURARO_JIT`.
    pub fn from_env(no_jit: bool) -> Result<Self, String> {
        if no_jit {
            return Ok(JitConfig::off());
        }
        match std::env::var("TAURARO_JIT") {
            Ok(v) => JitConfig::parse(&v),
            Err(_) => Ok(JitConfig::default()),
        }
    }

    pub fn limits(&self) -> Limits {
        Limits {
            maxrecord: self.maxrecord,
            maxsnap: self.maxsnap,
            maxinline: self.maxinline,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_settings_and_off() {
        let c = JitConfig::parse("hotloop=1,hotexit=1").unwrap();
        assert_eq!((c.hotloop, c.hotexit, c.enabled), (1, 1, true));
        assert!(!JitConfig::parse("off").unwrap().enabled);
        assert_eq!(JitConfig::parse("").unwrap(), JitConfig::default());
        let c = JitConfig::parse("maxrecord=10, maxinline=0").unwrap();
        assert_eq!((c.maxrecord, c.maxinline), (10, 0));
    }

    #[test]
    fn rejects_unknown_and_malformed_settings() {
        assert!(JitConfig::parse("hotlop=3")
            .unwrap_err()
            .contains("unknown"));
        assert!(JitConfig::parse("hotloop").is_err());
        assert!(JitConfig::parse("hotloop=x").is_err());
    }

    #[test]
    fn parses_levels_and_pass_switches() {
        assert_eq!(JitConfig::parse("O3").unwrap(), JitConfig::default());
        let none = JitConfig::parse("O0").unwrap().passes;
        assert_eq!(none, Passes::level(0).unwrap());
        assert!(!(none.fold || none.cse || none.typeguard || none.peel));
        assert!(!(none.loopopt || none.dce));
        let o1 = JitConfig::parse("O1").unwrap().passes;
        assert!(o1.fold && o1.cse && o1.typeguard && o1.dce && !o1.peel && !o1.loopopt);
        let o2 = JitConfig::parse("O2").unwrap().passes;
        assert!(o2.peel && !o2.loopopt);
        let c = JitConfig::parse("hotloop=1,-fold, -peel").unwrap();
        assert_eq!(c.hotloop, 1);
        assert!(!c.passes.fold && !c.passes.peel && c.passes.cse && c.passes.dce);
        // Later items win: a level resets, `+pass` enables.
        let c = JitConfig::parse("-cse,O0,+dce").unwrap().passes;
        assert!(c.dce && !c.cse && !c.fold);
    }

    #[test]
    fn rejects_unknown_passes_and_levels() {
        assert!(JitConfig::parse("-folding")
            .unwrap_err()
            .contains("unknown pass"));
        assert!(JitConfig::parse("+").unwrap_err().contains("unknown pass"));
        assert!(JitConfig::parse("O4")
            .unwrap_err()
            .contains("unknown level"));
        assert!(JitConfig::parse("Ox").is_err());
    }
}

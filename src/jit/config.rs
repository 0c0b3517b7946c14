//! JIT settings: `--no-jit`, and `TAURARO_JIT=off` or a comma-separated list of
//! `name=N` settings (listed in README.md).

use super::record::Limits;

#[derive(Clone, Debug, PartialEq)]
pub struct JitConfig {
    pub enabled: bool,
    /// Back-edges before a loop is recorded.
    pub hotloop: u32,
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
}

impl Default for JitConfig {
    fn default() -> Self {
        JitConfig {
            enabled: true,
            hotloop: 56,
            hotexit: 10,
            maxtrace: 1000,
            maxrecord: 4000,
            maxsnap: 500,
            maxinline: 8,
            maxabort: 6,
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
                "maxtrace" => c.maxtrace = n as usize,
                "maxrecord" => c.maxrecord = n as usize,
                "maxsnap" => c.maxsnap = n as usize,
                "maxinline" => c.maxinline = n as usize,
                "maxabort" => c.maxabort = n32.max(1),
                other => {
                    return Err(format!(
                        "TAURARO_JIT: unknown setting {other:?} (known: hotloop, hotexit, \
                         maxtrace, maxrecord, maxsnap, maxinline, maxabort, off)"
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
}

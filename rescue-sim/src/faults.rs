//! Fault injection: make a method slow, silent, failing or garbled, to test what a client does
//! when Rescue misbehaves.

use std::str::FromStr;

/// One way to misbehave.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fault {
    /// Answer normally, `ms` milliseconds late.
    Latency {
        /// Added delay.
        ms: u64,
    },
    /// Never answer (the connection stays open until the client gives up).
    Timeout,
    /// Answer with this HTTP status (e.g. 500, 503, 429) and a short body.
    Status {
        /// HTTP status code.
        status: u16,
    },
    /// Send the response head, then break the connection.
    Reset,
    /// Answer HTTP 200 with a body that is not Rescue's shape.
    Malformed,
    /// Answer this result code instead of the real one.
    Code {
        /// The code, e.g. `ERROR` or `ACTIONFAILED`.
        code: String,
    },
}

impl FromStr for Fault {
    type Err = String;

    /// `latency:50`, `timeout`, `status:503`, `reset`, `malformed`, `code:ACTIONFAILED`.
    fn from_str(text: &str) -> Result<Self, String> {
        let (kind, arg) = match text.split_once(':') {
            Some((kind, arg)) => (kind, Some(arg)),
            None => (text, None),
        };
        let number = |what: &str| -> Result<u64, String> {
            arg.and_then(|a| a.parse().ok())
                .ok_or_else(|| format!("`{kind}` needs a number: {kind}:<{what}>"))
        };
        match (kind.to_ascii_lowercase().as_str(), arg) {
            ("latency", _) => Ok(Fault::Latency { ms: number("ms")? }),
            ("timeout", None) => Ok(Fault::Timeout),
            ("status", _) => {
                let status = number("status")?;
                match u16::try_from(status) {
                    Ok(status) if (400..=599).contains(&status) => Ok(Fault::Status { status }),
                    _ => Err("status must be an HTTP error status (400-599)".into()),
                }
            }
            ("reset", None) => Ok(Fault::Reset),
            ("malformed", None) => Ok(Fault::Malformed),
            ("code", Some(code)) if !code.is_empty() => Ok(Fault::Code {
                code: code.to_owned(),
            }),
            _ => Err(format!(
                "unknown fault `{text}`: use latency:<ms>, timeout, status:<code>, reset, malformed or code:<CODE>"
            )),
        }
    }
}

/// A fault on one method (or `*` for all), optionally for a limited number of calls.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FaultRule {
    /// Method name as in the URL (`cancelAction`), case-insensitive, or `*`.
    pub method: String,
    /// What to do.
    pub fault: Fault,
    /// How many calls it still applies to; `None` = until cleared.
    #[serde(default)]
    pub times: Option<u32>,
}

impl FromStr for FaultRule {
    type Err = String;

    /// `METHOD=FAULT`, e.g. `getSession_v3=latency:50`.
    fn from_str(text: &str) -> Result<Self, String> {
        let (method, fault) = text.split_once('=').ok_or_else(|| {
            format!("`{text}`: expected METHOD=FAULT, e.g. cancelAction=status:503")
        })?;
        Ok(FaultRule {
            method: method.trim().to_owned(),
            fault: fault.trim().parse()?,
            times: None,
        })
    }
}

/// What the active rules say about one call.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Decision {
    /// Total added latency.
    pub latency_ms: u64,
    /// The fault replacing the normal answer, if any.
    pub replace: Option<Fault>,
}

/// Applies the rules to a call of `method`, using up limited rules.
pub fn decide(rules: &mut Vec<FaultRule>, method: &str) -> Decision {
    let mut decision = Decision::default();
    for rule in rules.iter_mut() {
        if rule.method != "*" && !rule.method.eq_ignore_ascii_case(method) {
            continue;
        }
        match &rule.fault {
            Fault::Latency { ms } => decision.latency_ms += ms,
            other if decision.replace.is_none() => decision.replace = Some(other.clone()),
            _ => continue,
        }
        if let Some(times) = rule.times.as_mut() {
            *times = times.saturating_sub(1);
        }
    }
    rules.retain(|r| r.times != Some(0));
    decision
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cli_forms() {
        assert_eq!(
            "getSession_v3=latency:50"
                .parse::<FaultRule>()
                .unwrap()
                .fault,
            Fault::Latency { ms: 50 }
        );
        assert_eq!(
            "x=status:503".parse::<FaultRule>().unwrap().fault,
            Fault::Status { status: 503 }
        );
        assert_eq!(
            "x=code:ACTIONFAILED".parse::<FaultRule>().unwrap().fault,
            Fault::Code {
                code: "ACTIONFAILED".into()
            }
        );
        assert!("x=status:200".parse::<FaultRule>().is_err());
        assert!("x=explode".parse::<FaultRule>().is_err());
        assert!("nomethod".parse::<FaultRule>().is_err());
    }

    #[test]
    fn limited_rules_run_out() {
        let mut rules = vec![FaultRule {
            method: "cancelAction".into(),
            fault: Fault::Reset,
            times: Some(1),
        }];
        assert_eq!(decide(&mut rules, "getSession_v3"), Decision::default());
        assert_eq!(
            decide(&mut rules, "CANCELACTION").replace,
            Some(Fault::Reset)
        );
        assert_eq!(decide(&mut rules, "cancelAction").replace, None);
    }
}

//! The sessions a bulk request names: `ID:TECHNICIAN` values (the table's checkboxes), each
//! checked before Rescue is asked anything.

use crate::bulk::MOST_SESSIONS;

/// One chosen row: a session and the technician it was listed under (`None`: queued).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    /// The session.
    pub session: u32,
    /// The row's technician ID; 0 for a session waiting in a queue.
    pub technician: u32,
}

impl Pick {
    /// The value of its checkbox and of the run form.
    pub fn value(self) -> String {
        format!("{}:{}", self.session, self.technician)
    }
}

/// Why the chosen sessions were refused (the whole request: nothing is sent).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PickError {
    /// None chosen.
    #[error("{}", crate::say!("picks-none"))]
    None,
    /// Over [`MOST_SESSIONS`].
    #[error("{}", crate::say!("picks-too-many", most = MOST_SESSIONS, chosen = *.0))]
    TooMany(usize),
    /// A value that is not a row of a list.
    #[error("{}", crate::say!("picks-bad", value = .0.as_str()))]
    Bad(String),
}

/// The chosen rows of `values` (each `ID:TECHNICIAN`, or several joined by commas), each
/// session once, in their order. The values come from a form or an address, which the
/// server's body and header limits already bound.
pub fn parse<'a>(values: impl IntoIterator<Item = &'a str>) -> Result<Vec<Pick>, PickError> {
    let mut picks: Vec<Pick> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for value in values.into_iter().flat_map(|v| v.split(',')) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let pick = one(value).ok_or_else(|| PickError::Bad(shown(value)))?;
        // One call per session: Rescue acts on the session, whichever technician's row it was.
        if seen.insert(pick.session) {
            picks.push(pick);
        }
    }
    match picks.len() {
        0 => Err(PickError::None),
        n if n > MOST_SESSIONS => Err(PickError::TooMany(n)),
        _ => Ok(picks),
    }
}

fn one(value: &str) -> Option<Pick> {
    let (session, technician) = value.split_once(':').unwrap_or((value, "0"));
    let digits = |text: &str| {
        !text.is_empty() && text.len() <= 10 && text.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(session) || !digits(technician) {
        return None;
    }
    let session: u32 = session.parse().ok()?;
    // Rescue's session IDs are positive.
    (session > 0).then_some(Pick {
        session,
        technician: technician.parse().ok()?,
    })
}

/// A refused value as the message quotes it: printable and short.
fn shown(value: &str) -> String {
    let printable: String = value.chars().filter(|c| !c.is_control()).take(40).collect();
    if value.chars().count() > 40 {
        format!("{printable}…")
    } else {
        printable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_once_each_in_order() {
        let picks = parse([
            "1073200001:337202",
            "1073200002:0,1073200001:337203",
            " 1073200003 ",
        ])
        .unwrap();
        let sessions: Vec<u32> = picks.iter().map(|p| p.session).collect();
        assert_eq!(sessions, [1_073_200_001, 1_073_200_002, 1_073_200_003]);
        assert_eq!(picks[0].technician, 337_202);
        assert_eq!(picks[2].technician, 0);
        assert_eq!(picks[0].value(), "1073200001:337202");
    }

    #[test]
    fn anything_else_refuses_the_whole_request() {
        for bad in ["abc", "-1:2", "1:x", "0:1", "99999999999:1", "1:2:3", "1 2"] {
            assert!(
                matches!(parse(["5:1", bad]), Err(PickError::Bad(_))),
                "{bad}"
            );
        }
        assert_eq!(parse(Vec::<&str>::new()), Err(PickError::None));
        assert_eq!(parse([",,"]), Err(PickError::None));
        let hundred: Vec<String> = (1..=100).map(|n| format!("{n}:1")).collect();
        assert_eq!(
            parse(hundred.iter().map(String::as_str)).unwrap().len(),
            100
        );
        let more: Vec<String> = (1..=101).map(|n| format!("{n}:1")).collect();
        assert!(matches!(
            parse(more.iter().map(String::as_str)),
            Err(PickError::TooMany(101))
        ));
        let long = "x".repeat(5000);
        let PickError::Bad(quoted) = parse([long.as_str()]).unwrap_err() else {
            panic!("refused as bad");
        };
        assert!(quoted.chars().count() <= 41);
    }
}

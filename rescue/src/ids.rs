//! Validated identifiers. Rescue's SOAP interface types session and node IDs as `int`
//! (32-bit), so a valid ID is a positive integer up to `i32::MAX`; anything else is refused
//! before a request is built, so bad input never reaches Rescue.

use std::fmt;
use std::str::FromStr;

/// Why a text is not a valid Rescue ID.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// Empty text.
    #[error("an ID is required")]
    Empty,
    /// Not made of digits only.
    #[error("an ID is a whole number (digits only)")]
    NotANumber,
    /// Zero: Rescue uses 0 to mean "none".
    #[error("an ID must be greater than zero")]
    Zero,
    /// Larger than Rescue's 32-bit IDs.
    #[error("an ID must be at most {}", i32::MAX)]
    TooLarge,
    /// A node kind other than `NODE` or `CHANNEL`.
    #[error("the node kind must be NODE or CHANNEL")]
    UnknownNodeRef,
}

fn parse_id(text: &str) -> Result<u32, IdError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(IdError::Empty);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(IdError::NotANumber);
    }
    // Digits only; more than ten significant digits cannot fit, which also keeps u64 safe.
    let digits = text.trim_start_matches('0');
    if digits.len() > 10 {
        return Err(IdError::TooLarge);
    }
    let value: u64 = digits.parse().unwrap_or(0);
    match value {
        0 => Err(IdError::Zero),
        v if v > i32::MAX as u64 => Err(IdError::TooLarge),
        v => Ok(v as u32),
    }
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "u32", into = "u32")]
        pub struct $name(u32);

        impl $name {
            /// Accepts a positive ID up to `i32::MAX`.
            pub fn new(value: u32) -> Result<Self, IdError> {
                match value {
                    0 => Err(IdError::Zero),
                    v if v > i32::MAX as u32 => Err(IdError::TooLarge),
                    v => Ok(Self(v)),
                }
            }

            /// The numeric value.
            pub fn get(self) -> u32 {
                self.0
            }
        }

        impl FromStr for $name {
            type Err = IdError;
            fn from_str(text: &str) -> Result<Self, IdError> {
                parse_id(text).map(Self)
            }
        }

        impl TryFrom<u32> for $name {
            type Error = IdError;
            fn try_from(value: u32) -> Result<Self, IdError> {
                Self::new(value)
            }
        }

        impl From<$name> for u32 {
            fn from(id: $name) -> u32 {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type! {
    /// A Rescue session ID (the `ID` column of getSession, the `session` parameter).
    SessionId
}

id_type! {
    /// A Rescue hierarchy node ID: technician, group, administrator or channel.
    NodeId
}

/// Which kind of node a `node` parameter names (`noderef` in getSession and transferSession).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum NodeRef {
    /// A technician or hierarchy node (`NODE`, Rescue's default).
    #[default]
    Node,
    /// A channel (`CHANNEL`).
    Channel,
}

impl NodeRef {
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeRef::Node => "NODE",
            NodeRef::Channel => "CHANNEL",
        }
    }
}

impl NodeRef {
    /// `NODE` or `CHANNEL`, in any case and with space around it.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("NODE") {
            Some(NodeRef::Node)
        } else if text.eq_ignore_ascii_case("CHANNEL") {
            Some(NodeRef::Channel)
        } else {
            None
        }
    }
}

impl FromStr for NodeRef {
    type Err = IdError;
    fn from_str(text: &str) -> Result<Self, IdError> {
        NodeRef::parse(text).ok_or(IdError::UnknownNodeRef)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ids() {
        assert_eq!(
            "1073201447".parse::<SessionId>().unwrap().get(),
            1_073_201_447
        );
        assert_eq!(" 7 ".parse::<NodeId>().unwrap().get(), 7);
        assert_eq!("007".parse::<NodeId>().unwrap().get(), 7);
        assert_eq!(
            "2147483647".parse::<SessionId>().unwrap().get(),
            i32::MAX as u32
        );
    }

    #[test]
    fn invalid_ids() {
        assert_eq!("".parse::<SessionId>(), Err(IdError::Empty));
        assert_eq!("0".parse::<SessionId>(), Err(IdError::Zero));
        assert_eq!("000".parse::<SessionId>(), Err(IdError::Zero));
        assert_eq!("-5".parse::<SessionId>(), Err(IdError::NotANumber));
        assert_eq!("12a".parse::<SessionId>(), Err(IdError::NotANumber));
        assert_eq!("1e3".parse::<SessionId>(), Err(IdError::NotANumber));
        assert_eq!("2147483648".parse::<SessionId>(), Err(IdError::TooLarge));
        assert_eq!(
            "99999999999999999999999999".parse::<SessionId>(),
            Err(IdError::TooLarge)
        );
        assert_eq!(SessionId::new(0), Err(IdError::Zero));
    }

    #[test]
    fn noderef_parses_case_insensitively() {
        assert_eq!("channel".parse::<NodeRef>().unwrap(), NodeRef::Channel);
        assert_eq!("NODE".parse::<NodeRef>().unwrap(), NodeRef::Node);
        assert!("group".parse::<NodeRef>().is_err());
    }
}

//! Addresses: which list a page shows (a node and its kind), the sessions pages' URLs, the
//! sign-in page's `next`, and days in the address. Every URL of the sessions pages is built
//! here; escaping for HTML is the renderers' business, never these builders'.

use serde::{Deserialize, Serialize};

use crate::shared::action::SessionAction;

/// What is wrong with an address's node or days (the words module says it in words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressError {
    /// `field` is not a valid ID (`why` is the ID parser's reason).
    BadId {
        /// The field of the address.
        field: &'static str,
        /// Why, as the parser says it.
        why: String,
    },
    /// `noderef` is neither `NODE` nor `CHANNEL`.
    BadNoderef,
    /// Field `name` holds `value`, which is not a day.
    BadDay {
        /// The field's name as the form shows it.
        name: String,
        /// What it held.
        value: String,
    },
    /// The range of days runs backwards.
    Backwards {
        /// The first day.
        from: String,
        /// The last day.
        to: String,
    },
}

/// Where to go after signing in when no (valid) `next` is given.
pub const HOME: &str = "/sessions";

/// Whether a node ID names a technician, group (`NODE`) or a channel (`CHANNEL`): Rescue's
/// `noderef`, as the `rescue` crate types it (in the browser too).
pub use rescue::NodeRef;

/// A list's place in the account: node ID and kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NodeAddress {
    /// The node ID (0 only in a placeholder that names no node).
    pub id: u32,
    /// Its kind.
    pub kind: NodeRef,
}

impl NodeAddress {
    /// `node=<id>&noderef=<kind>`, for addresses.
    pub fn query(self) -> String {
        let mut digits = itoa::Buffer::new();
        let mut query = String::with_capacity(32);
        for part in [
            "node=",
            digits.format(self.id),
            "&noderef=",
            self.kind.as_str(),
        ] {
            query.push_str(part);
        }
        query
    }

    /// The node named by an address's `node` and `noderef` (`NODE` when absent): `Ok(None)`
    /// when `node` is absent or blank, a clear error when either is not valid.
    #[cfg(feature = "ssr")]
    pub fn parse(node: Option<&str>, noderef: Option<&str>) -> Result<Option<Self>, AddressError> {
        let id = match node.map(str::trim).filter(|n| !n.is_empty()) {
            None => None,
            Some(node) => Some(
                node.parse::<rescue::NodeId>()
                    .map_err(|e| bad_id("node", e))?,
            ),
        };
        // Checked even without a node: a wrong noderef is a mistake in the address either way.
        let kind = match noderef.map(str::trim).filter(|r| !r.is_empty()) {
            None => NodeRef::Node,
            Some(r) => NodeRef::parse(r).ok_or(AddressError::BadNoderef)?,
        };
        Ok(id.map(|id| NodeAddress { id: id.get(), kind }))
    }

    /// The node as the Rescue client takes it.
    #[cfg(feature = "ssr")]
    pub fn to_rescue(self) -> Option<(rescue::NodeId, rescue::NodeRef)> {
        Some((rescue::NodeId::new(self.id).ok()?, self.kind))
    }

    /// The address of a node the Rescue client named.
    #[cfg(feature = "ssr")]
    pub fn from_rescue(id: rescue::NodeId, kind: rescue::NodeRef) -> Self {
        NodeAddress { id: id.get(), kind }
    }
}

/// An ID field of the address that is not valid.
#[cfg(feature = "ssr")]
pub fn bad_id(field: &'static str, why: rescue::IdError) -> AddressError {
    AddressError::BadId {
        field,
        why: why.to_string(),
    }
}

/// The columns the sessions list sorts by, by their names in the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SortKey {
    /// Session ID.
    Session,
    /// Status text.
    Status,
    /// Technician name.
    Technician,
    /// Channel name.
    Channel,
    /// Start time.
    Started,
    /// Time in the current status.
    Waiting,
    /// Customer (custom field 0).
    Customer,
    /// Customer language.
    Language,
}

impl SortKey {
    /// Every key, in the table's column order.
    pub const ALL: [SortKey; 8] = [
        SortKey::Session,
        SortKey::Status,
        SortKey::Technician,
        SortKey::Channel,
        SortKey::Started,
        SortKey::Waiting,
        SortKey::Customer,
        SortKey::Language,
    ];

    /// The name in the address.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Session => "session",
            SortKey::Status => "status",
            SortKey::Technician => "technician",
            SortKey::Channel => "channel",
            SortKey::Started => "started",
            SortKey::Waiting => "waiting",
            SortKey::Customer => "customer",
            SortKey::Language => "language",
        }
    }

    /// The key named `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A sort order: a column and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Largest first.
    pub descending: bool,
}

/// The address of the sessions list of `node` (none: the default list), narrowed by
/// `filters` (an already encoded query, possibly empty) and ordered by `sort`.
pub fn sessions_url(node: Option<NodeAddress>, filters: &str, sort: Option<Sort>) -> String {
    let Some(node) = node.filter(|n| n.id != 0) else {
        return HOME.to_owned();
    };
    let mut url = String::with_capacity(64 + filters.len());
    url.push_str(HOME);
    url.push('?');
    url.push_str(&node.query());
    if let Some(sort) = sort {
        url.push_str("&sort=");
        url.push_str(sort.key.as_str());
        url.push_str(if sort.descending {
            "&dir=desc"
        } else {
            "&dir=asc"
        });
    }
    if !filters.is_empty() {
        url.push('&');
        url.push_str(filters);
    }
    url
}

/// The confirmation page of `action` on the row (`session`, `technician`) of the list of `node`.
pub fn confirmation_url(
    action: SessionAction,
    session: u32,
    technician: u32,
    node: NodeAddress,
) -> String {
    let mut url = String::with_capacity(96);
    write_confirmation_url(&mut url, action, session, technician, node);
    url
}

/// Appends [`confirmation_url`] to `out`: the server writes four of these per sessions row,
/// so it reuses one buffer instead of a string per link.
pub fn write_confirmation_url(
    out: &mut String,
    action: SessionAction,
    session: u32,
    technician: u32,
    node: NodeAddress,
) {
    let mut digits = [
        itoa::Buffer::new(),
        itoa::Buffer::new(),
        itoa::Buffer::new(),
    ];
    let [session_digits, technician_digits, node_digits] = &mut digits;
    for part in [
        "/sessions/",
        action.slug(),
        "?session=",
        session_digits.format(session),
        "&technician=",
        technician_digits.format(technician),
        "&node=",
        node_digits.format(node.id),
        "&noderef=",
        node.kind.as_str(),
    ] {
        out.push_str(part);
    }
}

/// Keeps `next` only when it is a path on this site: no scheme, no host, no `//` (which a
/// browser reads as another host), no backslashes (which some browsers treat as slashes).
pub fn local_path(next: Option<&str>) -> &str {
    match next.map(str::trim) {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path
        }
        _ => HOME,
    }
}

/// The sign-in page that returns to `next` (a local path) afterwards.
#[cfg(feature = "ssr")]
pub fn login_url(next: &str) -> String {
    let next: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
    format!("/login?next={next}")
}

/// A day in the address, `YYYY-MM-DD`, checked against the calendar (UTC).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub chrono::NaiveDate);

#[cfg(feature = "ssr")]
impl Day {
    /// The day an address field holds: `Ok(None)` when blank, a clear error naming the field
    /// (`name`) when it is not a day.
    pub fn parse(value: Option<&str>, name: &str) -> Result<Option<Day>, AddressError> {
        let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        let bad = || AddressError::BadDay {
            name: name.to_owned(),
            value: v.chars().take(40).collect(),
        };
        // Exactly `YYYY-MM-DD`, checked before the calendar sees it: chrono alone also takes
        // signed and one-digit fields (`-2623-01-9`), which the dashboard then writes back
        // into links in a form it refuses (found by fuzzing).
        let shape = v.len() == 10
            && v.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shape {
            return Err(bad());
        }
        chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(|d| Some(Day(d)))
            .map_err(|_| bad())
    }

    /// `days` before this one, if the calendar has it.
    pub fn minus(self, days: u64) -> Option<Day> {
        self.0.checked_sub_days(chrono::Days::new(days)).map(Day)
    }

    /// Today, in UTC.
    pub fn today() -> Day {
        Day(chrono::Utc::now().date_naive())
    }
}

#[cfg(feature = "ssr")]
impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

/// Checks that a range of days runs forwards.
#[cfg(feature = "ssr")]
pub fn check_range(from: Option<Day>, to: Option<Day>) -> Result<(), AddressError> {
    match (from, to) {
        (Some(from), Some(to)) if from > to => Err(AddressError::Backwards {
            from: from.to_string(),
            to: to.to_string(),
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_be_a_local_path() {
        assert_eq!(local_path(Some("/sessions?node=5")), "/sessions?node=5");
        for bad in [
            None,
            Some(""),
            Some("https://evil.example/"),
            Some("//evil.example"),
            Some("/\\evil.example"),
            Some("javascript:alert(1)"),
            Some("sessions"),
            Some("/a\nb"),
        ] {
            assert_eq!(local_path(bad), HOME, "{bad:?}");
        }
    }

    #[test]
    fn sessions_addresses_are_built_one_way() {
        let node = NodeAddress {
            id: 337_020,
            kind: NodeRef::Channel,
        };
        assert_eq!(sessions_url(None, "q=x", None), HOME);
        assert_eq!(
            sessions_url(Some(node), "", None),
            "/sessions?node=337020&noderef=CHANNEL"
        );
        let sort = Sort {
            key: SortKey::Waiting,
            descending: true,
        };
        assert_eq!(
            sessions_url(Some(node), "status=On+Hold", Some(sort)),
            "/sessions?node=337020&noderef=CHANNEL&sort=waiting&dir=desc&status=On+Hold"
        );
        assert_eq!(
            confirmation_url(SessionAction::Hold, 7, 0, node),
            "/sessions/hold?session=7&technician=0&node=337020&noderef=CHANNEL"
        );
        for key in SortKey::ALL {
            assert_eq!(SortKey::parse(key.as_str()), Some(key));
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn addresses_are_checked_before_anything_is_asked() {
        assert_eq!(NodeAddress::parse(None, Some("CHANNEL")), Ok(None));
        assert!(NodeAddress::parse(None, Some("GROUP")).is_err());
        assert_eq!(
            NodeAddress::parse(Some(" 42 "), Some("channel")),
            Ok(Some(NodeAddress {
                id: 42,
                kind: NodeRef::Channel
            }))
        );
        assert!(NodeAddress::parse(Some("abc"), None).is_err());
        assert!(NodeAddress::parse(Some("42"), Some("GROUP")).is_err());
        assert!(Day::parse(Some("2023-02-29"), "From").is_err());
        assert!(Day::parse(Some("-262143-01-01"), "To").is_err());
        assert!(Day::parse(Some("0000-01-01"), "To").unwrap().is_some());
        // Found by fuzzing: lenient fields that the day's own link form would not read back.
        for lenient in [
            "-2623-01-9",
            "2026-1-09",
            "+2026-01-0",
            "２０２６-01-01",
            "2026-01-1 ",
        ] {
            assert!(Day::parse(Some(lenient), "To").is_err(), "{lenient}");
        }
        let day = Day::parse(Some("2026-12-01"), "To").unwrap().unwrap();
        assert_eq!(Day::parse(Some(&day.to_string()), "To"), Ok(Some(day)));
        assert_eq!(
            Day(chrono::NaiveDate::MIN).minus(6),
            None,
            "no panic at the calendar's edge"
        );
    }
}

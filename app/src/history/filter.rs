//! The history's filters as they come in the address, and their checks: each field either
//! absent or usable as it is, or a sentence naming the one that is wrong.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::audit::Filter;
#[cfg(feature = "ssr")]
use crate::error::Error;
#[cfg(feature = "ssr")]
use crate::shared::address::{check_range, Day};

/// The filters as they came in the address, before they are checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawFilter {
    /// First day, `YYYY-MM-DD` (UTC).
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC), included.
    pub to: Option<String>,
    /// Part of the admin's e-mail.
    pub admin: Option<String>,
    /// Rescue method, exactly (`cancelAction`).
    pub action: Option<String>,
    /// Outcome code, exactly (`OK`, `ACTIONFAILED`, `TIMEOUT`, …).
    pub outcome: Option<String>,
    /// Session ID, exactly.
    pub session: Option<String>,
    /// Part of the technician's name.
    pub technician: Option<String>,
    /// Where the record's delivery to `AUDIT_WEBHOOK_URL` stands: `waiting` or `dead`.
    pub delivery: Option<String>,
}

/// Longest text accepted in a text filter; longer is a mistake, not a search.
#[cfg(feature = "ssr")]
const MAX_TEXT: usize = 200;

#[cfg(feature = "ssr")]
impl RawFilter {
    /// Checks every field; the error says which one is wrong and how, in words.
    pub fn check(&self) -> Result<Filter, Error> {
        let from = Day::parse(
            self.from.as_deref(),
            &crate::say!("field-name", field = "from"),
        )?;
        let to = Day::parse(self.to.as_deref(), &crate::say!("field-name", field = "to"))?;
        check_range(from, to)?;
        let session = match text(
            self.session.as_deref(),
            &crate::say!("field-name", field = "session"),
        )? {
            None => None,
            Some(s) => Some(s.parse::<u32>().map_err(|_| {
                Error::BadInput(crate::say!("bad-session-filter", value = s.as_str()))
            })?),
        };
        let outcome = text(
            self.outcome.as_deref(),
            &crate::say!("field-name", field = "outcome"),
        )?
        .map(|o| crate::shared::outcome::Outcome::from_code(&o.to_uppercase()));
        Ok(Filter {
            from,
            to,
            admin: text(
                self.admin.as_deref(),
                &crate::say!("field-name", field = "admin"),
            )?,
            action: text(
                self.action.as_deref(),
                &crate::say!("field-name", field = "action"),
            )?,
            outcome,
            session,
            technician: text(
                self.technician.as_deref(),
                &crate::say!("field-name", field = "technician"),
            )?,
            delivery: match text(
                self.delivery.as_deref(),
                &crate::say!("field-name", field = "delivery"),
            )? {
                None => None,
                Some(d) => Some(
                    crate::audit::Delivery::parse(&d)
                        .ok_or_else(|| Error::BadInput(crate::say!("bad-delivery")))?,
                ),
            },
        })
    }
}

/// An optional text filter: blank means "any".
#[cfg(feature = "ssr")]
pub(crate) fn text(value: Option<&str>, name: &str) -> Result<Option<String>, Error> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) if v.chars().count() > MAX_TEXT || v.chars().any(char::is_control) => Err(
            Error::BadInput(crate::say!("text-too-long", name = name, most = MAX_TEXT)),
        ),
        Some(v) => Ok(Some(v.to_owned())),
    }
}

/// The filter as an address query (`from=…&admin=…`), blank fields left out.
#[cfg(feature = "ssr")]
pub fn query(filter: &Filter) -> String {
    let (from, to) = (
        filter.from.map(|d| d.to_string()),
        filter.to.map(|d| d.to_string()),
    );
    let session = filter.session.map(|s| s.to_string());
    let outcome = filter.outcome.as_ref().map(|o| o.code());
    let pairs = [
        ("from", from.as_deref()),
        ("to", to.as_deref()),
        ("admin", filter.admin.as_deref()),
        ("action", filter.action.as_deref()),
        ("outcome", outcome.as_deref()),
        ("session", session.as_deref()),
        ("technician", filter.technician.as_deref()),
        ("delivery", filter.delivery.map(|d| d.as_str())),
    ];
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        if let Some(v) = v {
            query.append_pair(k, v);
        }
    }
    query.finish()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> RawFilter {
        let mut r = RawFilter::default();
        for (k, v) in pairs {
            let v = Some((*v).to_owned());
            match *k {
                "from" => r.from = v,
                "to" => r.to = v,
                "admin" => r.admin = v,
                "action" => r.action = v,
                "outcome" => r.outcome = v,
                "session" => r.session = v,
                "technician" => r.technician = v,
                _ => unreachable!(),
            }
        }
        r
    }

    #[test]
    fn blank_fields_mean_any() {
        let f = raw(&[("admin", "  "), ("session", "")]).check().unwrap();
        assert_eq!(f, Filter::default());
        assert_eq!(query(&f), "");
    }

    #[test]
    fn good_filters_round_trip_through_the_address() {
        let f = raw(&[
            ("from", "2024-02-29"),
            ("to", "2024-03-01"),
            ("admin", "lead@example.com"),
            ("outcome", "actionfailed"),
            ("session", " 1073200001 "),
            ("technician", "Tina & Tom"),
        ])
        .check()
        .unwrap();
        assert_eq!(
            f.outcome,
            Some(crate::shared::outcome::Outcome::Answered(
                rescue::ActionOutcome::ActionFailed
            ))
        );
        assert_eq!(f.session, Some(1_073_200_001));
        assert_eq!(
            query(&f),
            "from=2024-02-29&to=2024-03-01&admin=lead%40example.com&outcome=ACTIONFAILED&session=1073200001&technician=Tina+%26+Tom"
        );
        assert_eq!(f.from_instant().unwrap(), "2024-02-29T00:00:00.000Z");
        assert_eq!(f.to_instant().unwrap(), "2024-03-01T23:59:59.999Z");
    }

    #[test]
    fn bad_filters_say_what_is_wrong() {
        for (pairs, says) in [
            (vec![("from", "2023-02-29")], "From must be a date"),
            (vec![("to", "28.11.2026")], "To must be a date"),
            (vec![("from", "2026-13-01")], "From must be a date"),
            (
                vec![("from", "2026-11-28"), ("to", "2026-11-01")],
                "backwards",
            ),
            (vec![("session", "12ab")], "Session must be a session ID"),
            (vec![("session", "99999999999")], "Session must be"),
            (vec![("admin", "a\u{0}b")], "Admin is too long"),
        ] {
            let err = raw(&pairs).check().unwrap_err().to_string();
            assert!(err.contains(says), "{pairs:?}: {err}");
        }
    }
}

//! The `/outcomes` list's filters as they come in the address, and their checks.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::audit::OutcomeFilter;
#[cfg(feature = "ssr")]
use crate::error::Error;
#[cfg(feature = "ssr")]
use crate::shared::address::{check_range, Day};

/// The filters as they came in the address, before they are checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawOutcomeFilter {
    /// First day a post arrived, `YYYY-MM-DD` (UTC).
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC), included.
    pub to: Option<String>,
    /// Part of the technician's name.
    pub technician: Option<String>,
    /// Part of the customer's name, a custom field, the tracking ID or the notes.
    pub text: Option<String>,
}

#[cfg(feature = "ssr")]
impl RawOutcomeFilter {
    /// Checks every field; the error names the one that is wrong.
    pub fn check(&self) -> Result<OutcomeFilter, Error> {
        let from = Day::parse(
            self.from.as_deref(),
            &crate::say!("field-name", field = "from"),
        )?;
        let to = Day::parse(self.to.as_deref(), &crate::say!("field-name", field = "to"))?;
        check_range(from, to)?;
        Ok(OutcomeFilter {
            from,
            to,
            technician: crate::history::filter::text(
                self.technician.as_deref(),
                &crate::say!("field-name", field = "technician"),
            )?,
            text: crate::history::filter::text(
                self.text.as_deref(),
                &crate::say!("field-name", field = "search"),
            )?
            .map(|t| t.to_lowercase()),
        })
    }
}

/// The filter as an address query, blank fields left out.
#[cfg(feature = "ssr")]
pub fn query(filter: &OutcomeFilter) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if let Some(from) = filter.from {
        query.append_pair("from", &from.0.to_string());
    }
    if let Some(to) = filter.to {
        query.append_pair("to", &to.0.to_string());
    }
    if let Some(technician) = &filter.technician {
        query.append_pair("technician", technician);
    }
    if let Some(text) = &filter.text {
        query.append_pair("text", text);
    }
    query.finish()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn filters_are_checked_and_written_back() {
        let raw = RawOutcomeFilter {
            from: Some("2026-12-01".into()),
            to: Some("2026-12-03".into()),
            technician: Some(" Tina ".into()),
            text: Some("Ann B".into()),
        };
        let filter = raw.check().expect("usable");
        assert_eq!(
            query(&filter),
            "from=2026-12-01&to=2026-12-03&technician=Tina&text=ann+b"
        );
        assert_eq!(
            filter.to_ms().unwrap() - filter.from_ms().unwrap(),
            3 * 86_400_000
        );
        let bad = RawOutcomeFilter {
            from: Some("2026-13-01".into()),
            ..Default::default()
        };
        assert!(bad.check().is_err());
        let backwards = RawOutcomeFilter {
            from: Some("2026-12-03".into()),
            to: Some("2026-12-01".into()),
            ..Default::default()
        };
        assert!(backwards.check().is_err());
    }
}

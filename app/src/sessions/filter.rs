//! Narrowing and ordering the sessions list: by status (live, finished, or one status), by
//! technician and channel, by text over ID, customer and custom fields, and sorted by any
//! column. Everything lives in the address, and the server applies it, so it works without
//! JavaScript and a view can be bookmarked.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::error::Error;
use crate::shared::address::{Sort, SortKey};
use crate::shared::row::{Badge, Row};

/// The list options as they came in the address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListQuery {
    /// `live`, `finished`, or a status text.
    pub status: Option<String>,
    /// A technician's name.
    pub technician: Option<String>,
    /// A channel's name.
    pub channel: Option<String>,
    /// Text to find in the session ID, customer or custom fields.
    pub q: Option<String>,
    /// Column to sort by.
    pub sort: Option<String>,
    /// `asc` or `desc`.
    pub dir: Option<String>,
}

#[cfg(feature = "ssr")]
fn blank_is_none(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

impl ListQuery {
    /// Checks the options; the error names the one that is wrong.
    #[cfg(feature = "ssr")]
    pub fn check(&self) -> Result<ListQuery, Error> {
        let sort = blank_is_none(&self.sort);
        if let Some(sort) = &sort {
            if SortKey::parse(sort).is_none() {
                let keys: Vec<&str> = SortKey::ALL.iter().map(|k| k.as_str()).collect();
                return Err(Error::BadInput(crate::say!(
                    "bad-sort",
                    keys = keys.join(", ").as_str(),
                    sort = sort.as_str()
                )));
            }
        }
        let dir = blank_is_none(&self.dir);
        if let Some(dir) = &dir {
            if dir != "asc" && dir != "desc" {
                return Err(Error::BadInput(crate::say!("bad-dir", dir = dir.as_str())));
            }
        }
        let q = blank_is_none(&self.q);
        if q.as_ref().is_some_and(|q| q.chars().count() > 200) {
            return Err(Error::BadInput(crate::say!("search-too-long")));
        }
        Ok(ListQuery {
            status: blank_is_none(&self.status),
            technician: blank_is_none(&self.technician),
            channel: blank_is_none(&self.channel),
            q,
            sort,
            dir,
        })
    }

    /// The order of a checked query, if it names one.
    pub fn sort(&self) -> Option<Sort> {
        Some(Sort {
            key: SortKey::parse(self.sort.as_deref()?)?,
            descending: self.dir.as_deref() == Some("desc"),
        })
    }

    /// Whether any option narrows the list.
    pub fn narrows(&self) -> bool {
        self.status.is_some()
            || self.technician.is_some()
            || self.channel.is_some()
            || self.q.is_some()
    }

    /// The rows this (checked) query keeps, in its order.
    pub fn apply(&self, rows: Vec<Row>) -> Vec<Row> {
        let q = self.q.as_ref().map(|q| q.to_lowercase());
        let mut kept: Vec<Row> = rows
            .into_iter()
            .filter(|r| match self.status.as_deref() {
                None => true,
                Some("live") => r.badge != Badge::Finished,
                Some("finished") => r.badge == Badge::Finished,
                Some(status) => r.status.eq_ignore_ascii_case(status),
            })
            .filter(|r| self.technician.as_deref().is_none_or(|t| r.technician == t))
            .filter(|r| self.channel.as_deref().is_none_or(|c| r.channel == c))
            .filter(|r| {
                q.as_deref().is_none_or(|q| {
                    r.id.to_string().contains(q)
                        || r.customer.to_lowercase().contains(q)
                        || r.custom_text.to_lowercase().contains(q)
                })
            })
            .collect();
        if let Some(sort) = self.sort() {
            // Stable: rows that compare equal keep Rescue's order.
            kept.sort_by(|a, b| match sort.key {
                SortKey::Session => a.id.cmp(&b.id),
                SortKey::Status => a.status.cmp(&b.status),
                SortKey::Technician => a.technician.cmp(&b.technician),
                SortKey::Channel => a.channel.cmp(&b.channel),
                SortKey::Started => a.started_at.cmp(&b.started_at),
                SortKey::Waiting => a.waiting_secs.cmp(&b.waiting_secs),
                SortKey::Customer => a.customer.to_lowercase().cmp(&b.customer.to_lowercase()),
                SortKey::Language => a.language.cmp(&b.language),
            });
            if sort.descending {
                kept.reverse();
            }
        }
        kept
    }

    /// The narrowing options as an address query (sort left out), for links that keep them.
    #[cfg(feature = "ssr")]
    pub fn filter_query(&self) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("status", &self.status),
            ("technician", &self.technician),
            ("channel", &self.channel),
            ("q", &self.q),
        ] {
            if let Some(v) = v {
                query.append_pair(k, v);
            }
        }
        query.finish()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn row(id: u32, status: &str, badge: Badge, tech: &str, waiting: u64, custom: &str) -> Row {
        Row {
            id,
            status: status.into(),
            badge,
            technician_id: 1,
            technician: tech.into(),
            channel: String::new(),
            start_time: String::new(),
            started_at: i64::from(id),
            waiting_secs: Some(waiting),
            changed_at: 0,
            customer: format!("Customer {id}"),
            custom_text: custom.into(),
            language: String::new(),
            transfer: String::new(),
            lead: true,
            pending: None,
            recorded: false,
            transferring: false,
        }
    }

    fn ids(rows: &[Row]) -> Vec<u32> {
        rows.iter().map(|r| r.id).collect()
    }

    fn rows() -> Vec<Row> {
        vec![
            row(3, "Active", Badge::Live, "Tina", 30, "printer"),
            row(1, "Closed by customer", Badge::Finished, "Tom", 10, ""),
            row(2, "On Hold", Badge::OnHold, "Tina", 20, "VPN down"),
        ]
    }

    #[cfg(feature = "ssr")]
    fn query(pairs: &[(&str, &str)]) -> ListQuery {
        let mut q = ListQuery::default();
        for (k, v) in pairs {
            let v = Some((*v).to_owned());
            match *k {
                "status" => q.status = v,
                "technician" => q.technician = v,
                "channel" => q.channel = v,
                "q" => q.q = v,
                "sort" => q.sort = v,
                "dir" => q.dir = v,
                _ => unreachable!(),
            }
        }
        q.check().unwrap()
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn filters_narrow_and_sorting_orders() {
        assert_eq!(ids(&query(&[]).apply(rows())), [3, 1, 2], "Rescue's order");
        assert_eq!(ids(&query(&[("status", "live")]).apply(rows())), [3, 2]);
        assert_eq!(ids(&query(&[("status", "finished")]).apply(rows())), [1]);
        assert_eq!(ids(&query(&[("status", "on hold")]).apply(rows())), [2]);
        assert_eq!(ids(&query(&[("technician", "Tina")]).apply(rows())), [3, 2]);
        assert_eq!(ids(&query(&[("q", "vpn")]).apply(rows())), [2]);
        assert_eq!(ids(&query(&[("q", "customer 1")]).apply(rows())), [1]);
        assert_eq!(ids(&query(&[("q", "3")]).apply(rows())), [3]);
        assert_eq!(ids(&query(&[("sort", "waiting")]).apply(rows())), [1, 2, 3]);
        assert_eq!(
            ids(&query(&[("sort", "session"), ("dir", "desc")]).apply(rows())),
            [3, 2, 1]
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn bad_options_say_which() {
        let bad = |pairs: &[(&str, &str)]| {
            let mut q = ListQuery::default();
            for (k, v) in pairs {
                match *k {
                    "sort" => q.sort = Some((*v).into()),
                    "dir" => q.dir = Some((*v).into()),
                    _ => q.q = Some((*v).into()),
                }
            }
            q.check().unwrap_err().to_string()
        };
        assert!(bad(&[("sort", "colour")]).starts_with("sort must be one of session"));
        assert!(bad(&[("dir", "up")]).starts_with("dir must be asc or desc"));
        assert!(bad(&[("q", &"x".repeat(201))]).contains("too long"));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn links_keep_the_filters() {
        let q = query(&[("status", "On Hold"), ("q", "a&b"), ("sort", "status")]);
        assert_eq!(q.filter_query(), "status=On+Hold&q=a%26b");
        assert!(q.narrows());
    }
}

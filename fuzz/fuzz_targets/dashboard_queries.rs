//! The dashboard's address parsers, fed what a browser can put in a query string: the sessions
//! list's options, the history's filters and a report's node and dates. Each either refuses
//! with a sentence or gives a value that survives being written back into a link.
#![no_main]

use std::collections::HashMap;

use app::history::filter::{query, RawFilter};
use app::reports::ReportKey;
use app::sessions::filter::ListQuery;
use app::shared::address::{local_path, NodeAddress};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(raw) = serde_urlencoded::from_str::<ListQuery>(text) {
        if let Ok(checked) = raw.check() {
            assert_eq!(
                checked.check().ok().as_ref(),
                Some(&checked),
                "not idempotent"
            );
            // The link that keeps the narrowing options reads back as the same options.
            let kept: ListQuery =
                serde_urlencoded::from_str(&checked.filter_query()).expect("own link");
            let kept = kept.check().expect("own link is valid");
            assert_eq!(kept.status, checked.status);
            assert_eq!(kept.technician, checked.technician);
            assert_eq!(kept.channel, checked.channel);
            assert_eq!(kept.q, checked.q);
            let _ = checked.sort();
        }
    }
    if let Ok(raw) = serde_urlencoded::from_str::<RawFilter>(text) {
        if let Ok(filter) = raw.check() {
            let link = query(&filter);
            let again: RawFilter = serde_urlencoded::from_str(&link).expect("own link");
            assert_eq!(again.check().ok(), Some(filter), "history link {link:?}");
        }
    }
    if let Ok(map) = serde_urlencoded::from_str::<HashMap<String, String>>(text) {
        let get = |name: &str| map.get(name).map(String::as_str);
        if let Ok(key) = ReportKey::parse(get("node"), get("noderef"), get("from"), get("to"), None)
        {
            assert!(key.from <= key.to, "{key:?}");
        }
        if let Ok(Some(node)) = NodeAddress::parse(get("node"), get("noderef")) {
            let again: HashMap<String, String> =
                serde_urlencoded::from_str(&node.query()).expect("own link");
            let get = |name: &str| again.get(name).map(String::as_str);
            assert_eq!(
                NodeAddress::parse(get("node"), get("noderef")).ok(),
                Some(Some(node))
            );
        }
        // `next=` never leads off the site.
        let next = local_path(get("next"));
        assert!(next.starts_with('/') && !next.starts_with("//") && !next.contains('\\'));
    }
});

//! The getSession_v3 pipe table: every data line becomes a row or a malformed-row report, never
//! both and never lost; the parser never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rescue::SessionList;

fuzz_target!(|payload: &str| {
    let Ok(list) = SessionList::parse(payload) else {
        return;
    };
    let data_lines = payload
        .split('\n')
        .filter(|line| !line.trim().is_empty())
        .count()
        .saturating_sub(1);
    assert!(list.rows.len() + list.malformed.len() <= data_lines);
    for bad in &list.malformed {
        assert!(bad.line >= 1 && bad.line <= data_lines, "{bad:?}");
    }
    for row in &list.rows {
        // The typed status, when there is one, is the documented text of what was sent.
        if let Some(status) = row.status {
            assert_eq!(
                rescue::SessionStatus::from_text(&row.status_text),
                Some(status)
            );
        }
    }
});

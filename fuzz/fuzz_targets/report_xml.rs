//! The getReport_v2 XML: parses or fails cleanly; every row has one value per column.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rescue::Report;

fuzz_target!(|payload: &str| {
    let Ok(report) = Report::parse_xml(payload) else {
        return;
    };
    for row in &report.rows {
        assert_eq!(row.len(), report.columns.len());
    }
    for (i, name) in report.columns.iter().enumerate() {
        // A later column of the same name is shadowed; the first is what lookups find.
        let found = report.column(name).expect("a column finds itself");
        assert!(found <= i);
    }
});

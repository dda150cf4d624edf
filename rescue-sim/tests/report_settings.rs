//! The report settings as rescue-api.md §5.2 documents them: `setTimezone` in minutes from UTC
//! (the report's times and its date range in that zone), and `setReportDate_v2`'s own codes.

mod support;

use rescue_sim::seed::{self, ids};
use rescue_sim::Config;
use support::*;

/// One raw call of the HTTP API with a login cookie.
async fn call(s: &Setup, cookie: &str, method: &str, query: &[(&str, &str)]) -> String {
    reqwest::Client::new()
        .get(format!("{}{method}.aspx", s.running.api_url()))
        .query(query)
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn report_times_follow_the_timezone_in_minutes_and_dates_get_their_own_codes() {
    let s = start(Config::for_tests()).await;
    let rescue::Credentials::Cookie(cookie) = login(&s.client, seed::DEMO_ADMIN).await else {
        panic!("a cookie login");
    };
    let cookie = cookie.expose_header_value().to_owned();
    let now = rescue_sim::clock::to_naive(s.sim.now());
    let date = |t: chrono::NaiveDateTime| t.format("%m/%d/%Y %H:%M:%S").to_string();
    let (from, to) = (
        date(now - chrono::Duration::days(2)),
        date(now + chrono::Duration::days(2)),
    );
    assert_eq!(
        call(&s, &cookie, "setReportArea_v8", &[("area", "0")])
            .await
            .trim(),
        "OK"
    );
    assert_eq!(
        call(
            &s,
            &cookie,
            "setReportDate_v2",
            &[("bdate", "yesterday"), ("edate", &to)]
        )
        .await
        .trim(),
        "INVALIDFORMAT"
    );
    assert_eq!(
        call(
            &s,
            &cookie,
            "setReportDate_v2",
            &[("bdate", &to), ("edate", &from)]
        )
        .await
        .trim(),
        "INVALIDDATERANGE"
    );
    assert_eq!(
        call(
            &s,
            &cookie,
            "setReportDate_v2",
            &[("bdate", &from), ("edate", &to)]
        )
        .await
        .trim(),
        "OK"
    );
    for bad in ["UTC", "1.5", "9999"] {
        assert_eq!(
            call(&s, &cookie, "setTimezone", &[("timezone", bad)])
                .await
                .trim(),
            "ERROR",
            "{bad}"
        );
    }
    let root = ids::ROOT.to_string();
    let report = |offset: &'static str| {
        let (s, cookie, root) = (&s, &cookie, &root);
        async move {
            assert_eq!(
                call(s, cookie, "setTimezone", &[("timezone", offset)])
                    .await
                    .trim(),
                "OK"
            );
            // One report a minute per login.
            s.sim.advance(std::time::Duration::from_secs(61));
            call(
                s,
                cookie,
                "getReport_v2",
                &[("node", root), ("nodetype", "NODE")],
            )
            .await
        }
    };
    let utc = report("0").await;
    let east = report("-240").await;
    let first_time = |text: &str| {
        text.lines()
            .nth(3)
            .and_then(|line| line.split('|').next())
            .map(str::to_owned)
            .unwrap_or_default()
    };
    let parse =
        |t: String| chrono::NaiveDateTime::parse_from_str(&t, "%m/%d/%Y %I:%M:%S %p").unwrap();
    assert!(utc.starts_with("OK"), "{utc}");
    assert_eq!(
        parse(first_time(&utc)) - parse(first_time(&east)),
        chrono::Duration::hours(4),
        "UTC−4 shows the same session four hours earlier:\n{utc}\n{east}"
    );
}

//! The `rescue` client against the simulator over loopback HTTP: injected faults as typed
//! errors, the request log, reply shapes, determinism, the control API, the living demo and
//! the session report.

mod support;

use std::time::Duration;

use rescue::{Credentials, GetSessionsOutcome, LoginOutcome, NodeRef};
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::{self, ids};
use rescue_sim::{Config, Simulator};
use support::*;

/// Recognises the expected error variant.
type ErrorCheck = fn(&rescue::Error) -> bool;

#[tokio::test]
async fn injected_faults_become_typed_client_errors() {
    let s = start(Config::for_tests()).await;
    let admin = login(&s.client, seed::DEMO_ADMIN).await;
    let node = nid(ids::ROOT);
    let cases: Vec<(Fault, ErrorCheck)> = vec![
        (Fault::Timeout, |e| matches!(e, rescue::Error::Timeout)),
        (Fault::Status { status: 500 }, |e| {
            matches!(e, rescue::Error::HttpStatus(500))
        }),
        (Fault::Status { status: 503 }, |e| {
            matches!(e, rescue::Error::HttpStatus(503))
        }),
        (Fault::Status { status: 429 }, |e| {
            matches!(e, rescue::Error::RateLimited)
        }),
        (Fault::Reset, |e| matches!(e, rescue::Error::Transport(_))),
        (Fault::Malformed, |e| {
            matches!(e, rescue::Error::MalformedReply(_))
        }),
    ];
    for (fault, check) in cases {
        s.sim.inject(FaultRule {
            method: "getSession_v3".into(),
            fault: fault.clone(),
            times: Some(1),
        });
        let err = s
            .client
            .get_sessions(&admin, node, NodeRef::Node)
            .await
            .expect_err("fault");
        assert!(check(&err), "{fault:?} gave {err:?}");
    }
    // Latency delays without failing; past the client's timeout it is a timeout.
    s.sim.inject(FaultRule {
        method: "*".into(),
        fault: Fault::Latency { ms: 100 },
        times: Some(1),
    });
    let started = std::time::Instant::now();
    assert!(matches!(
        s.client
            .get_sessions(&admin, node, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::Ok(_)
    ));
    assert!(started.elapsed() >= Duration::from_millis(100));
    // Faults ran out: the next call is normal again.
    assert!(s
        .client
        .get_sessions(&admin, node, NodeRef::Node)
        .await
        .is_ok());
}

#[tokio::test]
async fn request_log_masks_passwords_and_keeps_each_cookie() {
    let s = start(Config::for_tests()).await;
    let a = login(&s.client, seed::DEMO_ADMIN).await;
    let b = login(&s.client, seed::DEMO_ADMIN_2).await;
    s.sim.clear_requests();
    s.client
        .act(&a, sid(1), &rescue::SessionCall::Cancel)
        .await
        .unwrap();
    s.client
        .act(&b, sid(1), &rescue::SessionCall::Cancel)
        .await
        .unwrap();
    let log = s.sim.requests();
    let cookie_of = |c: &Credentials| match c {
        Credentials::Cookie(c) => c
            .expose_header_value()
            .trim_start_matches("ASP.NET_SessionId=")
            .to_owned(),
        Credentials::AuthCode(_) => unreachable!(),
    };
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].cookie.as_deref(), Some(cookie_of(&a).as_str()));
    assert_eq!(log[1].cookie.as_deref(), Some(cookie_of(&b).as_str()));
    assert_eq!(log[0].http_method, "POST");
    assert_eq!(log[0].param("session"), Some("1"));

    s.client.login(seed::DEMO_ADMIN, &password()).await.unwrap();
    let last = s.sim.requests().pop().unwrap();
    assert_eq!(last.param("pwd"), Some("***"));
    assert!(!format!("{last:?}").contains(seed::DEMO_PASSWORD));
}

#[tokio::test]
async fn replies_have_rescues_shapes() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let Credentials::Cookie(cookie) = creds else {
        unreachable!()
    };
    let http = reqwest::Client::new();
    let url = |m: &str| format!("{}{m}.aspx", s.running.api_url());
    let get = |method: &str, query: String| {
        let req = http
            .get(format!("{}?{query}", url(method)))
            .header("cookie", cookie.expose_header_value());
        async move {
            let resp = req.send().await.unwrap();
            assert_eq!(resp.status(), 200);
            resp.text().await.unwrap()
        }
    };
    let node = format!("node={}&noderef=NODE", ids::ROOT);
    let v3 = get("getSession_v3", node.clone()).await;
    let header = "ID|Status|Entry ID|Entry|Technician ID|Technician|Start Time|Waiting Time|Custom Field 0|Custom Field 1|Custom Field 2|Custom Field 3|Custom Field 4|Custom Field 5|Language|Transferred To|Transferred Comment|Is Lead Technician|HandingOff|";
    assert!(v3.starts_with(&format!("OK\n\n{header}\n")), "{v3}");
    for line in v3.lines().skip(2) {
        assert!(line.ends_with('|'), "{line}");
        assert_eq!(line.matches('|').count(), 19, "{line}");
    }
    let v2 = get("getSession_v2", node.clone()).await;
    assert!(v2
        .lines()
        .nth(2)
        .unwrap()
        .ends_with("Transferred Comment|Is Lead Technician|HandingOff|"));
    let v1 = get("getSession", node).await;
    assert!(v1
        .lines()
        .nth(2)
        .unwrap()
        .ends_with("Transferred To|Transferred Comment|"));

    let tree = get("getHierarchy_v2", String::new()).await;
    assert!(tree.starts_with("OK\n\nNodeID:"), "{tree}");
    assert!(tree.ends_with("\n\n"));
    let block = tree.split("\n\n").nth(1).unwrap();
    let keys: Vec<&str> = block
        .lines()
        .map(|l| l.split(':').next().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "NodeID",
            "ParentID",
            "Name",
            "Email",
            "Description",
            "Status",
            "Type"
        ]
    );

    // Business errors are HTTP 200 with the code alone; paths are case-insensitive.
    let resp = http
        .post(format!("http://{}/api/CANCELACTION.ASPX", s.running.addr))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.text().await.unwrap(), "NOTLOGGEDINASADMIN");
    let resp = http.get(url("noSuchMethod")).send().await.unwrap();
    assert_eq!(resp.status(), 404);

    let available = get(
        "isAnyTechAvailableOnChannel",
        format!("ChannelID={}", ids::CHANNEL_SUPPORT),
    )
    .await;
    assert_eq!(available, "TRUE");
}

#[tokio::test]
async fn same_seed_same_account() {
    let a = start(Config::for_tests()).await;
    let b = start(Config::for_tests()).await;
    let list = |s: &Setup| {
        s.sim.with_account(|acc| {
            acc.sessions()
                .map(|x| format!("{}:{:?}:{:?}:{:?}", x.id, x.status, x.technicians, x.custom))
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(list(&a), list(&b));
    let c = start(Config {
        seed: 7,
        ..Config::for_tests()
    })
    .await;
    assert_ne!(list(&a), list(&c));
}

#[tokio::test]
async fn control_api_steers_over_http() {
    let s = start(Config::for_tests()).await;
    let http = reqwest::Client::new();
    let base = format!("http://{}", s.running.addr);
    let resp = http
        .post(format!("{base}/_sim/faults"))
        .json(&serde_json::json!({"method": "login", "fault": {"kind": "code", "code": "ERROR"}, "times": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 204);
    assert_eq!(
        s.client.login(seed::DEMO_ADMIN, &password()).await.unwrap(),
        LoginOutcome::Error
    );
    let requests: Vec<serde_json::Value> = http
        .get(format!("{base}/_sim/requests"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0]["method"], "login");

    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    http.post(format!("{base}/_sim/clock/advance"))
        .json(&serde_json::json!({"seconds": 1300}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        s.client
            .get_sessions(&creds, nid(ids::ROOT), NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::NotLoggedIn
    );

    // Off unless enabled.
    let quiet = start(Config {
        control_api: false,
        ..Config::for_tests()
    })
    .await;
    let resp = http
        .get(format!("http://{}/_sim/requests", quiet.running.addr))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn the_demo_lives_but_leaves_pending_actions_alone() {
    let sim = Simulator::new(Config {
        living: true,
        ..Config::for_tests()
    });
    let before = sim.with_account(|a| {
        a.sessions()
            .map(|s| (s.id, s.status, s.pending.is_some()))
            .collect::<Vec<_>>()
    });
    // 25 minutes in one-minute steps (seeded actions fall due after 30).
    for _ in 0..25 {
        sim.advance(Duration::from_secs(60));
    }
    let after = sim.with_account(|a| {
        a.sessions()
            .map(|s| (s.id, s.status, s.pending.is_some()))
            .collect::<Vec<_>>()
    });
    let max_before = before.iter().map(|s| s.0).max().unwrap();
    assert!(
        after.iter().any(|s| s.0 > max_before),
        "new sessions arrived"
    );
    let changed = before
        .iter()
        .filter(|b| after.iter().any(|a| a.0 == b.0 && a.1 != b.1))
        .count();
    assert!(changed >= 5, "only {changed} sessions changed state");
    for (id, status, pending) in before.iter().filter(|b| b.2) {
        let now = after
            .iter()
            .find(|a| a.0 == *id)
            .expect("pending session kept");
        assert_eq!((now.1, now.2), (*status, *pending), "session {id}");
    }
}

/// The report flow: settings kept per login, a report consistent with getSession (free text
/// with `|` and line breaks intact in XML), one report per 60 seconds, an empty range.
#[tokio::test]
async fn session_report_per_login_and_one_per_minute() {
    use rescue::{GetReportOutcome, ReportArea, SetReportOutcome};
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let root = nid(ids::ROOT);
    assert_eq!(
        s.client
            .get_report(&creds, root, NodeRef::Node)
            .await
            .unwrap(),
        GetReportOutcome::Error,
        "no settings yet"
    );

    let now = rescue_sim::clock::to_naive(s.sim.now());
    let day = chrono::Duration::days(1);
    assert_eq!(
        s.client
            .set_report_area(&creds, ReportArea::Session)
            .await
            .unwrap(),
        SetReportOutcome::Ok
    );
    assert_eq!(
        s.client
            .set_report_dates(&creds, now + day, now - day)
            .await
            .unwrap(),
        SetReportOutcome::InvalidDateRange,
        "a backwards range is refused with Rescue's documented code"
    );
    s.client
        .set_report_dates(&creds, now - day, now + day)
        .await
        .unwrap();
    assert_eq!(
        s.client.set_report_timezone_utc(&creds).await.unwrap(),
        SetReportOutcome::Ok
    );
    s.client.set_report_output_xml(&creds).await.unwrap();

    let GetReportOutcome::Ok(report) = s
        .client
        .get_report(&creds, root, NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("a report");
    };
    let GetSessionsOutcome::Ok(list) = s
        .client
        .get_sessions(&creds, root, NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("root list")
    };
    assert_eq!(report.rows.len(), 40, "one row per session");
    for row in &report.rows {
        let id: u32 = report.value(row, "Session ID").unwrap().parse().unwrap();
        let listed: Vec<_> = list.rows.iter().filter(|r| r.id.get() == id).collect();
        assert!(!listed.is_empty(), "{id} is listed by getSession");
        assert_eq!(
            report.value(row, "Status"),
            Some(listed[0].status_text.as_str())
        );
        // The lead technician (or none while queued), as getSession names them.
        let lead = listed
            .iter()
            .find(|r| r.is_lead || listed.len() == 1)
            .map_or("", |r| r.technician.as_str());
        assert_eq!(report.value(row, "Technician Name"), Some(lead));
    }
    assert!(
        report
            .rows
            .iter()
            .any(|r| report.value(r, "Technician Comment")
                == Some("Printer | Floor 2\nCall back after 5 pm")),
        "free text survives the XML"
    );

    // One per 60 seconds, per login.
    assert_eq!(
        s.client
            .get_report(&creds, root, NodeRef::Node)
            .await
            .unwrap(),
        GetReportOutcome::Undocumented(rescue_sim::report::TOO_SOON.into())
    );
    let other = login(&s.client, seed::DEMO_ADMIN_2).await;
    assert_eq!(
        s.client
            .get_report(&other, root, NodeRef::Node)
            .await
            .unwrap(),
        GetReportOutcome::Error,
        "another login has settings of its own"
    );
    s.sim.advance(Duration::from_secs(61));
    s.client
        .set_report_dates(&creds, now - day * 400, now - day * 300)
        .await
        .unwrap();
    let GetReportOutcome::Ok(empty) = s
        .client
        .get_report(&creds, root, NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("an empty report");
    };
    assert!(empty.rows.is_empty());
    assert_eq!(empty.columns.len(), rescue_sim::report::COLUMNS.len());

    // The whole account: node -2 (EXTERNALROOT) holds every session of the range.
    s.sim.advance(Duration::from_secs(61));
    s.client
        .set_report_dates(&creds, now - day * 3, now + day)
        .await
        .unwrap();
    let GetReportOutcome::Ok(all) = s.client.get_account_report(&creds).await.unwrap() else {
        panic!("a whole-account report");
    };
    let sessions = s.sim.with_account(|a| a.sessions().count());
    assert!(sessions > 0);
    assert_eq!(all.rows.len(), sessions);
}

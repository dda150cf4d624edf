//! Two real server processes behind HAProxy (round-robin), sharing Redis sessions and a
//! PostgreSQL audit log, driven over HTTP through the proxy as browsers would: one sign-in for
//! both, one record seen by both, one Rescue call per double submit split across them, one
//! sign-out for both, and the attempt of an instance killed mid-call marked unknown by the
//! other.

use crate::common;

use std::time::Duration;

use common::processes::{free_port, proxy, server, wait_until_up, Visitor};

use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed;

fn cancel_calls(sim: &rescue_sim::Simulator) -> usize {
    sim.requests()
        .iter()
        .filter(|r| r.method == "cancelAction")
        .count()
}

/// The cancel form of a row, as its confirmation page holds it.
async fn cancel_form(visitor: &mut Visitor, session: u32, tech: u32) -> common::ConfirmForm {
    let (status, _, html) = visitor
        .get(&common::cancel::confirmation(session, tech))
        .await;
    assert_eq!(status, 200, "{html}");
    common::form_of(&html, "act_on_session")
}

/// The form's fields as the visitor posts them.
fn fields(form: &common::ConfirmForm) -> Vec<(&str, &str)> {
    form.fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect()
}

#[tokio::test]
async fn two_instances_behind_haproxy_act_as_one() {
    let database = common::postgres::database().await;
    let sim = rescue_sim::Simulator::new(rescue_sim::Config::for_tests());
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let key = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(rand::random::<[u8; 32]>())
    };
    let (a, b, front) = (free_port(), free_port(), free_port());
    let dir = tempfile::tempdir().unwrap();
    let mut first = Some(server(a, &running.api_url(), &database.url, &key));
    let _second = server(b, &running.api_url(), &database.url, &key);
    wait_until_up(a).await;
    wait_until_up(b).await;
    let _proxy = proxy(dir.path(), front, [a, b]);
    wait_until_up(front).await;
    // Both instances are in rotation once each answered a health check.
    tokio::time::sleep(Duration::from_millis(700)).await;

    // Sign in once, through the proxy.
    let mut browser = Visitor::new(front);
    let (_, _, login) = browser.get("/login").await;
    let sign_in = common::form_action(&login, "sign_in");
    let (status, _) = browser
        .post(
            &sign_in,
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", seed::DEMO_PASSWORD),
            ],
            false,
        )
        .await;
    assert!(browser.cookie.is_some(), "signed in (status {status})");

    // Every page works whichever instance answers (round-robin: each page twice hits both).
    for path in [
        "/sessions",
        "/history",
        "/reports",
        "/sessions",
        "/history",
        "/reports",
    ] {
        let (status, location, body) = browser.get(path).await;
        assert_eq!(status, 200, "{path}: {location:?}");
        assert!(body.contains(seed::DEMO_ADMIN), "{path} signed in");
    }

    // A double submit split across the instances: one Rescue call, one record on both.
    let (session, tech) = common::cancel::cancellable_in(&sim)[0];
    let form = cancel_form(&mut browser, session, tech).await;
    sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency { ms: 1_000 },
        times: Some(1),
    });
    let (mut one, mut two) = (browser.at(front), browser.at(front));
    let posted = fields(&form);
    let ((s1, r1), (s2, r2)) = tokio::join!(one.post(&form.action, &posted, true), async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        two.post(&form.action, &posted, true).await
    });
    assert_eq!((s1, s2), (200, 200), "{r1} {r2}");
    assert_eq!(cancel_calls(&sim), 1, "one Rescue call: {r1} {r2}");
    assert!(r1.contains("\"OK\"") && r2.contains("\"OK\""), "{r1} {r2}");
    assert!(
        r2.contains("\"repeated\":true") != r1.contains("\"repeated\":true"),
        "one press made the call, the other got its answer: {r1} {r2}"
    );
    for port in [a, b] {
        let (status, _, history) = browser.at(port).get("/history").await;
        assert_eq!(status, 200);
        assert_eq!(
            history.matches("<tr data-entry=").count(),
            1,
            "one record on the instance at {port}"
        );
    }

    // One instance killed during a cancel: the other shows the attempt as of unknown outcome.
    let (session, tech) = common::cancel::cancellable_in(&sim)[0];
    let form = cancel_form(&mut browser.at(a), session, tech).await;
    sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency { ms: 4_000 },
        times: Some(1),
    });
    // A live stream through the proxy, on whichever instance: the list, then the news of
    // the cancel pressed on the first instance.
    let live = format!(
        "{}/sessions/live?node={}&noderef=NODE",
        browser.base,
        seed::ids::ROOT
    );
    let mut stream = browser
        .http
        .get(&live)
        .header("cookie", browser.cookie.clone().unwrap_or_default())
        .header("accept", "text/event-stream")
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200, "a stream through HAProxy");
    let heard = tokio::spawn(async move {
        let mut text = String::new();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while !(text.contains("event: rows") && text.contains("event: news")) {
            match tokio::time::timeout_at(deadline, stream.chunk()).await {
                Ok(Ok(Some(chunk))) => text.push_str(&String::from_utf8_lossy(&chunk)),
                _ => break,
            }
        }
        text
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut on_first = browser.at(a);
    let press =
        tokio::spawn(async move { on_first.post(&form.action, &fields(&form), true).await });
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let heard = heard.await.unwrap();
    assert!(
        heard.contains("event: rows") && heard.contains("event: news"),
        "the stream carried the list and the news: {heard}"
    );
    drop(first.take()); // SIGKILL, mid-call
    let _ = press.await;
    let mut unknown = false;
    for _ in 0..60 {
        let (status, _, history) = browser.get("/history").await;
        if status == 200 && history.contains("OUTCOME_UNKNOWN") {
            assert!(history.contains("Check the session in Rescue"));
            unknown = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(
        unknown,
        "the surviving instance marked the attempt as unknown"
    );

    // Sign-out holds on both (the killed one restarted on the same settings).
    let _restarted = server(a, &running.api_url(), &database.url, &key);
    wait_until_up(a).await;
    let old = browser.cookie.clone();
    let (_, _, page) = browser.get("/sessions").await;
    let sign_out = common::form_action(&page, "sign_out");
    browser.post(&sign_out, &[], false).await;
    for port in [a, b] {
        let mut stale = Visitor::new(port);
        stale.cookie = old.clone();
        let (status, location, _) = stale.get("/sessions").await;
        assert_eq!(status, 302, "signed out on {port}");
        assert!(location.unwrap_or_default().starts_with("/login"));
    }
}

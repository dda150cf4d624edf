//! What the dashboard leaves on disk and in its session store: nothing a thief of the
//! database alone could sign in with, files for the server's user only, and a sign-out that a
//! request still running cannot undo.

use crate::common;

use std::time::Duration;

use axum::http::StatusCode;
use common::*;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed;
use server::sessions::store::StoreKind;

#[tokio::test]
async fn the_store_keeps_no_session_id_and_the_files_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let h = Harness::builder()
        .dir(dir)
        .store(StoreKind::Sqlite)
        .build()
        .await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let cookie = browser.cookie.clone().expect("the dashboard cookie");
    let id = cookie.split_once('=').map(|(_, v)| v).unwrap().to_owned();

    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM tower_sessions")
        .fetch_all(h.audit.sqlite().unwrap())
        .await
        .unwrap();
    assert_eq!(ids.len(), 1, "one signed-in browser, one record");
    assert_ne!(ids[0], id, "the record is not kept under the cookie's id");
    // The stolen record's id, presented as a cookie, signs nobody in.
    let mut thief = Browser::new(false);
    thief.cookie = Some(format!("rc_session={}", ids[0]));
    let reply = thief.get(&h, "/sessions").await;
    assert_eq!(reply.status, StatusCode::FOUND);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(h.dir.path()), 0o700, "the data directory");
        for entry in std::fs::read_dir(h.dir.path()).unwrap() {
            let path = entry.unwrap().path();
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
}

#[tokio::test]
async fn a_request_that_ends_after_the_sign_out_does_not_bring_the_session_back() {
    // A short idle limit, so the slow request records the admin's activity: it changes the
    // session, and its store save comes at its very end, after the sign-out.
    // Signed in with a token, which Rescue keeps accepting after the sign-out (an authcode
    // cannot be logged out), so the slow read still succeeds and would save the session.
    let h = Harness::builder()
        .lasting(app::core::services::Lifetimes {
            max: Duration::from_secs(3600),
            idle: Duration::from_secs(4),
            recheck: Duration::from_secs(3600),
        })
        .allowing("*")
        .build()
        .await;
    let (_, code) = demo_authcode(&h).await;
    let mut browser = Browser::new(false);
    browser.sign_in_with_token(&h, &code).await;
    let cookie = browser.cookie.clone().unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    // A slow list read that loaded the session before the sign-out and saves it after.
    h.sim.inject(FaultRule {
        method: "getSession_v3".into(),
        fault: Fault::Latency { ms: 800 },
        times: Some(1),
    });
    // The hydrated page's own read of the list: a server function, whose session is saved
    // when its answer is complete.
    let mut slow = Browser::new(true);
    slow.cookie = Some(cookie.clone());
    let page = async {
        use leptos::server_fn::ServerFn;
        slow.post(&h, app::sessions::LoadSessions::PATH, &[]).await
    };
    let sign_out = async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        browser.submit(&h, "/login", "sign_out", &[]).await
    };
    let (listed, signed_out) = tokio::join!(page, sign_out);
    assert!(
        listed.body.contains("Ready"),
        "the slow read was answered as signed in"
    );
    assert_eq!(signed_out.location.as_deref(), Some("/login"));
    let mut again = Browser::new(false);
    again.cookie = Some(cookie);
    let reply = again.get(&h, "/sessions").await;
    assert_eq!(
        reply.status,
        StatusCode::FOUND,
        "the old cookie signs nobody in"
    );
}

#[tokio::test]
async fn two_servers_creating_the_key_at_once_agree_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.key");
    let keys: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| server::sessions::sealing::SealKey::load_or_create(&path).unwrap())
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap().to_base64())
            .collect()
    });
    assert!(keys.iter().all(|k| *k == keys[0]), "one key won");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary left"
    );
}

#[tokio::test]
async fn junk_sign_ins_from_cookieless_browsers_add_no_session_rows() {
    let dir = tempfile::tempdir().unwrap();
    let h = Harness::builder()
        .dir(dir)
        .store(StoreKind::Sqlite)
        .build()
        .await;
    let html = Browser::new(false).get(&h, "/login").await.body;
    let action = form_action(&html, "sign_in");
    let long = format!("{}@demo.example", "x".repeat(1000));
    let huge = "y".repeat(100 * 1024);
    let rows = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM tower_sessions")
            .fetch_one(h.audit.sqlite().unwrap())
            .await
            .unwrap()
    };
    for n in 0..200 {
        // Empty, over-long and far over-long e-mails, with and without JavaScript.
        let email = match n % 3 {
            0 => "",
            1 => long.as_str(),
            _ => huge.as_str(),
        };
        let mut browser = Browser::new(n % 2 == 0);
        let reply = browser
            .post(&h, &action, &[("email", email), ("password", "")])
            .await;
        assert!(
            reply.set_cookie.is_empty(),
            "attempt {n}: {:?}",
            reply.set_cookie
        );
    }
    assert_eq!(rows().await, 0, "no session row for any of them");
    assert!(h.sim.requests().is_empty());
}

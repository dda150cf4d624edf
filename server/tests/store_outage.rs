//! A shared store that goes away while the instances run: pages answer with an error page
//! (never a half-signed-in one), and no action reaches Rescue without its guards and record.

use crate::common;

use std::process::{Command, Stdio};
use std::time::Duration;

use axum::http::StatusCode;
use common::cancel::*;
use common::processes::{free_port, Running};
use common::*;
use rescue_sim::seed;

/// A Redis of this test's own, to stop at will.
fn redis(port: u16) -> Running {
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .spawn()
        .expect("redis-server (Debian's redis-server package) is needed for this test");
    Running::new(child)
}

#[tokio::test]
async fn redis_gone_mid_run_refuses_clearly_and_sends_nothing() {
    let port = free_port();
    let cache = redis(port);
    let url = format!("redis://127.0.0.1:{port}");
    let mut up = false;
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(up, "the test's Redis started");
    let h = Harness::builder()
        .store(server::sessions::store::StoreKind::Redis(url))
        .build()
        .await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let form = confirm_form(&mut browser, &h, session, tech).await;

    drop(cache); // Redis is gone.
    let page = browser.get(&h, "/sessions").await;
    assert!(
        page.status.is_server_error(),
        "an error page, not a signed-out or half-built one: {} {}",
        page.status,
        page.body
    );
    assert!(
        page.body.contains("session store is out of reach"),
        "says why: {}",
        page.body
    );

    let reply = press(&mut browser, &h, &form).await;
    assert_ne!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(cancel_calls(&h).is_empty(), "nothing reached Rescue");
    assert!(
        h.audit.recent(10).await.unwrap().is_empty(),
        "nothing recorded"
    );
}

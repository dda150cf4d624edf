//! Signed-out visitors store nothing: 100,000 requests of every kind a visitor who is not
//! signed in can make — a sign-in Rescue refuses, one the limits refuse, a refused token, a
//! sign-out without a sign-in, junk fields, the sign-in page with its message — against the
//! default SQLite session store, with the store's record count before and after, and the rate.
//!
//! `cargo bench -p server --bench signed_out` (`REQUESTS=…` changes the count).

#[path = "../tests/common/mod.rs"]
mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::{form_action, Browser};
use server::sessions::store::StoreKind;

fn main() {
    let requests: usize = std::env::var("REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run(requests));
}

async fn run(requests: usize) {
    let h = common::Harness::builder()
        .store(StoreKind::Sqlite)
        .timeout(Duration::from_secs(5))
        .allowing("*")
        .build()
        .await;
    let html = Browser::new(false).get(&h, "/login").await.body;
    let (sign_in, token) = (
        form_action(&html, "sign_in"),
        form_action(&html, "sign_in_with_token"),
    );
    // The sign-out form is on a signed-in page; its address is the same on every instance.
    let other = common::harness().await;
    let mut signed_in = Browser::new(false);
    signed_in
        .sign_in(&other, rescue_sim::seed::DEMO_ADMIN)
        .await;
    let sign_out = form_action(&signed_in.get(&other, "/login").await.body, "sign_out");

    let before = h
        .sessions
        .record_count()
        .await
        .expect("count")
        .expect("SQLite");
    let started = Instant::now();
    let kinds = 6;
    for n in 0..requests {
        let mut browser = Browser::new(n % 2 == 0);
        // Many networks, so most sign-ins reach Rescue; one of them past its limit.
        let network = if n % kinds == 1 { 0 } else { n / kinds };
        let octets = [
            10,
            (network >> 16) as u8,
            (network >> 8) as u8,
            network as u8,
        ];
        browser.address = Some(SocketAddr::from((octets, 40_000)));
        match n % kinds {
            0 | 1 => {
                let email = format!("visitor{n}@example.com");
                browser
                    .post(&h, &sign_in, &[("email", &email), ("password", "wrong")])
                    .await
            }
            2 => {
                browser
                    .post(&h, &token, &[("authcode", "not-a-token-rescue-knows")])
                    .await
            }
            3 => browser.post(&h, &sign_out, &[]).await,
            4 => {
                browser
                    .post(&h, &sign_in, &[("email", "\u{7}"), ("password", "")])
                    .await
            }
            _ => browser.get(&h, "/login").await,
        };
    }
    let elapsed = started.elapsed();
    let after = h
        .sessions
        .record_count()
        .await
        .expect("count")
        .expect("SQLite");
    println!(
        "{requests} signed-out requests in {:.1} s ({:.0}/s): session store records {before} before, {after} after",
        elapsed.as_secs_f64(),
        requests as f64 / elapsed.as_secs_f64(),
    );
    assert_eq!(before, after, "signed-out visitors stored something");
}

//! Load figures of the mission path, over real HTTP on loopback:
//!
//! 1. 64 browsers opening a confirmation and pressing Confirm, concurrently, while Rescue (the
//!    simulator) takes 50 ms per `cancelAction`: throughput against the ideal 64 / 0.05 s =
//!    1,280 cancels/s, and latency of the press. Each press reads the row's list again (the
//!    audit record's facts) and uses its confirmation's one-time token.
//! 2. Resident memory of the process after 10,000 browsers have signed in (memory session
//!    store, the worst case: every session in RAM).
//!
//! `cargo bench -p server --bench cancel_load` (add `-- --quick` for a 3-second load phase).

#[path = "../tests/common/mod.rs"]
mod common;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::ids;
use server::sessions::store::StoreKind;

const BROWSERS: usize = 64;
const UPSTREAM_LATENCY_MS: u64 = 50;
const SIGNED_IN: usize = 10_000;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run(if quick { 3 } else { 10 }));
}

async fn run(seconds: u64) {
    // Token sign-ins, so the 10,000 browsers do not meet Rescue's limit on one account's logins.
    let h = common::Harness::builder()
        .store(StoreKind::Memory)
        .timeout(Duration::from_secs(10))
        .allowing("*")
        .build()
        .await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let app = h
        .router
        .clone()
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await });

    let (_, code) = common::demo_authcode(&h).await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(BROWSERS)
        .build()
        .expect("http client");
    let login_page = http
        .get(format!("{base}/login"))
        .send()
        .await
        .expect("login page");
    let sign_in_url = format!(
        "{base}{}",
        common::form_action(
            &login_page.text().await.expect("body"),
            "sign_in_with_token"
        )
    );
    let sign_in = |http: reqwest::Client, url: String, code: String| async move {
        let reply = http
            .post(url)
            .header("accept", "text/html")
            .form(&[("authcode", code.as_str())])
            .send()
            .await
            .expect("sign in");
        let cookie = reply
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(str::to_owned);
        cookie.expect("a dashboard cookie")
    };

    // 1. Concurrent cancels.
    let mut cookies = Vec::new();
    for _ in 0..BROWSERS {
        cookies.push(sign_in(http.clone(), sign_in_url.clone(), code.expose().to_owned()).await);
    }
    // The listed sessions with a technician, each cancelled in turn (most have nothing
    // pending: Rescue answers ACTIONFAILED, after the same call).
    let listed: Vec<(u32, u32)> = h.sim.with_account(|account| {
        account
            .sessions()
            .filter_map(|s| Some((s.id, *s.technicians.first()?)))
            .collect()
    });
    assert!(!listed.is_empty(), "sessions with a technician");
    let listed = Arc::new(listed);
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency {
            ms: UPSTREAM_LATENCY_MS,
        },
        times: None,
    });
    let next = Arc::new(AtomicU32::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for cookie in cookies {
        let (http, base, next, listed) = (http.clone(), base.clone(), next.clone(), listed.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let turn = next.fetch_add(1, Ordering::Relaxed) as usize;
                let (session, technician) = listed[turn % listed.len()];
                let confirmation = http
                    .get(format!(
                        "{base}/sessions/cancel?session={session}&technician={technician}&node={}&noderef=NODE",
                        ids::ROOT
                    ))
                    .header("cookie", &cookie)
                    .send()
                    .await
                    .expect("confirmation page")
                    .text()
                    .await
                    .expect("body");
                let form = common::form_of(&confirmation, "act_on_session");
                let sent = Instant::now();
                let reply = http
                    .post(format!("{base}{}", form.action))
                    .header("cookie", &cookie)
                    .header("accept", "application/json")
                    .form(&form.fields)
                    .send()
                    .await
                    .expect("cancel");
                assert_eq!(reply.status(), 200);
                let body = reply.text().await.expect("body");
                let report: app::actions::ActionReport =
                    serde_json::from_str(&body).expect("a report");
                assert!(
                    matches!(report.result, app::actions::ActionResult::Answered(_)),
                    "{report:?}"
                );
                latencies.push(sent.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("task"));
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let rate = latencies.len() as f64 / elapsed;
    let ideal = BROWSERS as f64 * 1000.0 / UPSTREAM_LATENCY_MS as f64;
    let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p) as usize];
    println!(
        "cancels: {} in {elapsed:.1} s = {rate:.0}/s, {:.1} % of the ideal {ideal:.0}/s; latency p50 {:?}, p99 {:?}, max {:?}",
        latencies.len(),
        100.0 * rate / ideal,
        pct(0.5),
        pct(0.99),
        pct(1.0),
    );
    let recorded = h.audit.recent(u32::MAX).await.expect("audit").len();
    println!("audit records written: {recorded}");
    h.sim.clear_faults();

    // 2. Memory with 10,000 signed-in browsers.
    let before = rss_kib();
    let signed = Arc::new(AtomicU32::new(0));
    let mut tasks = Vec::new();
    for _ in 0..BROWSERS {
        let (http, url, code, signed) = (
            http.clone(),
            sign_in_url.clone(),
            code.expose().to_owned(),
            signed.clone(),
        );
        tasks.push(tokio::spawn(async move {
            while signed.fetch_add(1, Ordering::Relaxed) < SIGNED_IN as u32 {
                sign_in(http.clone(), url.clone(), code.clone()).await;
            }
        }));
    }
    for task in tasks {
        task.await.expect("task");
    }
    let after = rss_kib();
    println!(
        "resident memory: {} MiB before, {} MiB with {SIGNED_IN} more browsers signed in (+{} MiB; whole process: server, simulator and load client)",
        before / 1024,
        after / 1024,
        after.saturating_sub(before) / 1024
    );
}

/// VmRSS of this process, in KiB.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

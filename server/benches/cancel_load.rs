//! Load figures of the mission path, over real HTTP on loopback:
//!
//! 1. 64 browsers pressing Confirm concurrently while Rescue (the simulator) takes 50 ms per
//!    `cancelAction`: throughput against the ideal 64 / 0.05 s = 1,280 cancels/s, and latency.
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
use server::session_store::StoreKind;

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
    let h = common::harness_in(
        tempfile::tempdir().expect("tempdir"),
        StoreKind::Memory,
        Duration::from_secs(10),
    )
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
    // The confirmation page of a listed session carries the cancel form (and its URL).
    let (listed, technician) = h
        .sim
        .with_account(|account| {
            account
                .sessions()
                .find_map(|s| Some((s.id, *s.technicians.first()?)))
        })
        .expect("a session with a technician");
    let confirmation = http
        .get(format!(
            "{base}/sessions/cancel?session={listed}&technician={technician}&node={}&noderef=NODE",
            ids::ROOT
        ))
        .header("cookie", &cookies[0])
        .send()
        .await
        .expect("confirmation page")
        .text()
        .await
        .expect("body");
    let cancel_url = format!(
        "{base}{}",
        common::form_action(&confirmation, "act_on_session")
    );
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency {
            ms: UPSTREAM_LATENCY_MS,
        },
        times: None,
    });
    let next_id = Arc::new(AtomicU32::new(1_500_000_000));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for cookie in cookies {
        let (http, url, next_id) = (http.clone(), cancel_url.clone(), next_id.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                // A different session each time: the same one would be one call (double submit).
                let id = next_id.fetch_add(1, Ordering::Relaxed).to_string();
                let sent = Instant::now();
                let reply = http
                    .post(&url)
                    .header("cookie", &cookie)
                    .header("accept", "application/json")
                    .form(&[
                        ("action", "cancel"),
                        ("session", id.as_str()),
                        ("technician", "Load"),
                        ("back", "/sessions"),
                    ])
                    .send()
                    .await
                    .expect("cancel");
                assert_eq!(reply.status(), 200);
                let body = reply.text().await.expect("body");
                let report: app::actions::ActionReport =
                    serde_json::from_str(&body).expect("a report");
                assert_eq!(report.code(), "INVALIDPARAM_SESSION");
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

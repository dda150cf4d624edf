//! Load through the proxy: two server processes behind HAProxy, sharing Redis sessions and a
//! PostgreSQL audit log, against the simulator answering every call in 50 ms. `ADMINS` (500)
//! browsers each sign in once, then list their sessions and press Cancel action in a loop for
//! `LOAD_SECS` (60). Prints throughput, p50/p99 latency per kind of request, errors, and checks
//! that the audit log holds exactly one finished record per press answered.
//!
//! `cargo bench -p server --bench proxy_load` (PostgreSQL, Redis and HAProxy as for the tests).

#[path = "../tests/common/forms.rs"]
mod forms;
#[path = "../tests/common/processes.rs"]
mod processes;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use processes::{free_port, proxy, server, setting, wait_until_up, Visitor};
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::ids;
use sqlx::Connection;

fn postgres() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

/// Latencies of one kind of request, in microseconds.
#[derive(Default)]
struct Timings(Mutex<Vec<u64>>);

impl Timings {
    fn add(&self, started: Instant) {
        let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        self.0.lock().unwrap().push(micros);
    }

    fn report(&self, what: &str, secs: f64) {
        let mut all = self.0.lock().unwrap().clone();
        all.sort_unstable();
        let at = |q: f64| {
            all.get(((all.len() as f64 - 1.0) * q) as usize)
                .copied()
                .unwrap_or(0)
        };
        println!(
            "{what:>8}: {:>7} requests, {:>7.1}/s, p50 {:>6.1} ms, p99 {:>6.1} ms, max {:>7.1} ms",
            all.len(),
            all.len() as f64 / secs,
            at(0.5) as f64 / 1000.0,
            at(0.99) as f64 / 1000.0,
            all.last().copied().unwrap_or(0) as f64 / 1000.0
        );
    }
}

fn main() {
    processes::block_on(run());
}

async fn run() {
    let admins = setting("ADMINS", 500) as usize;
    let secs = setting("LOAD_SECS", 60);
    let name = format!("rc_bench_{:016x}", rand::random::<u64>());
    let mut admin = sqlx::PgConnection::connect(&format!("{}/postgres", postgres()))
        .await
        .expect("PostgreSQL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    let database = format!("{}/{name}", postgres());

    // A busy account: sessions keep arriving, and every call takes 50 ms.
    let sim = rescue_sim::Simulator::new(rescue_sim::Config::for_tests());
    sim.inject(FaultRule {
        method: "*".into(),
        fault: Fault::Latency { ms: 50 },
        times: None,
    });
    // One Rescue administrator per browser, as on a real team.
    processes::add_admins(&sim, admins as u32);
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let key = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(rand::random::<[u8; 32]>())
    };
    let (a, b, front) = (free_port(), free_port(), free_port());
    let dir = tempfile::tempdir().unwrap();
    let _first = server(a, &running.api_url(), &database, &key);
    let _second = server(b, &running.api_url(), &database, &key);
    wait_until_up(a).await;
    wait_until_up(b).await;
    let _proxy = proxy(dir.path(), front, [a, b]);
    wait_until_up(front).await;
    tokio::time::sleep(Duration::from_millis(700)).await;

    let lists = Arc::new(Timings::default());
    let cancels = Arc::new(Timings::default());
    let sign_ins = Arc::new(Timings::default());
    let errors = Arc::new(AtomicU64::new(0));
    let answered = Arc::new(AtomicU64::new(0));
    let list_path = format!("/sessions?node={}&noderef=NODE", ids::ROOT);
    let started = Instant::now();
    let until = started + Duration::from_secs(secs) + Duration::from_secs(5);
    let mut tasks = Vec::new();
    for n in 0..admins {
        let (lists, cancels, sign_ins) = (lists.clone(), cancels.clone(), sign_ins.clone());
        let (errors, answered, list_path, sim) = (
            errors.clone(),
            answered.clone(),
            list_path.clone(),
            sim.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut browser = Visitor::new(front);
            browser.from = Some(format!(
                "10.{}.{}.{}",
                n / 65_536 % 256,
                n / 256 % 256,
                n % 256
            ));
            let t = Instant::now();
            let email = format!("load{n}@demo.example");
            if !browser.sign_in(&email).await {
                errors.fetch_add(1, Ordering::Relaxed);
                eprintln!("sign-in of {email} failed");
                return;
            }
            sign_ins.add(t);
            let (status, location, _) = browser.get(&list_path).await;
            if status != 200 {
                errors.fetch_add(1, Ordering::Relaxed);
                eprintln!("sign-in of {email} failed: {status} {location:?}");
                return;
            }
            while Instant::now() < until {
                let t = Instant::now();
                let (status, _, page) = browser.get(&list_path).await;
                lists.add(t);
                if status != 200 {
                    errors.fetch_add(1, Ordering::Relaxed);
                    eprintln!("list: {status}");
                    continue;
                }
                // A session of the account, cancelled whether or not anything is pending on
                // it (Rescue then answers ACTIONFAILED, recorded like any other answer).
                let target = sim.with_account(|account| {
                    let all: Vec<(u32, u32)> = account
                        .sessions()
                        .filter_map(|s| Some((s.id, *s.technicians.first()?)))
                        .collect();
                    all.get(rand::random_range(0..all.len().max(1))).copied()
                });
                let Some((session, tech)) = target else {
                    continue;
                };
                // The confirmation of the row, with its one-time token, then Confirm.
                let (_, _, confirm) = browser
                    .get(&format!(
                        "/sessions/cancel?session={session}&technician={tech}&node={}&noderef=NODE",
                        ids::ROOT
                    ))
                    .await;
                drop(page);
                if !confirm.contains("action=\"/api/act_on_session") {
                    errors.fetch_add(1, Ordering::Relaxed);
                    eprintln!("no action form");
                    continue;
                }
                let form = forms::form_of(&confirm, "act_on_session");
                let fields: Vec<(&str, &str)> = form
                    .fields
                    .iter()
                    .map(|(n, v)| (n.as_str(), v.as_str()))
                    .collect();
                let t = Instant::now();
                let (status, body) = browser.post(&form.action, &fields, true).await;
                cancels.add(t);
                if status == 200 && body.contains("\"Answered\"") {
                    answered.fetch_add(1, Ordering::Relaxed);
                } else {
                    errors.fetch_add(1, Ordering::Relaxed);
                    eprintln!("cancel: {status} {body}");
                }
            }
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    tokio::time::sleep(Duration::from_secs(1)).await;

    let mut db = sqlx::PgConnection::connect(&database).await.unwrap();
    let (records,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log")
        .fetch_one(&mut db)
        .await
        .unwrap();
    let (unfinished,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM audit_log WHERE outcome IN ('ATTEMPTED', 'OUTCOME_UNKNOWN')",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    let _ = db.close().await;
    let answered = answered.load(Ordering::Relaxed);
    println!(
        "{admins} admins for {secs} s through HAProxy to 2 instances, Rescue answering in 50 ms ({elapsed:.1} s in all):"
    );
    sign_ins.report("sign-in", elapsed);
    lists.report("list", elapsed);
    cancels.report("cancel", elapsed);
    println!(
        "errors: {}; presses answered: {answered}; audit records: {records} ({} lost, {} doubled, {unfinished} unfinished)",
        errors.load(Ordering::Relaxed),
        (answered as i64 - records).max(0),
        (records - answered as i64).max(0),
    );
    drop(_proxy);
    drop((_first, _second));
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .unwrap();
}

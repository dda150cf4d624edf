//! Live streams under load: two server processes sharing Redis sessions and a PostgreSQL audit
//! log (`REFRESH_SECS` 15, the default), the simulator answering every call in 50 ms.
//!
//! 1. `ADMINS` (50) admins with four tabs each on one list, two tabs on each instance: Rescue
//!    list reads per minute over `LOAD_SECS` (60), against the one read per tab and interval
//!    of the polling page.
//! 2. From Confirm to the row's mark across instances: an admin on the first instance presses
//!    Cancel action `PRESSES` (40) times; a stream on the second times each press to its news.
//! 3. `STREAMS` (1,000) open streams on the first instance: its resident memory and CPU time
//!    with them open, idle, against without.
//! 4. The bytes an idle tab's stream carries in a minute.
//!
//! `cargo bench -p server --bench live_streams` (PostgreSQL and Redis as for the tests).

#[path = "../tests/common/forms.rs"]
mod forms;
#[path = "../tests/common/processes.rs"]
mod processes;

use std::time::{Duration, Instant};

use processes::{free_port, server, setting, wait_until_up, Visitor};
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::ids;
use sqlx::Connection;

fn main() {
    processes::block_on(run());
}

/// A stream open through `visitor`, read as it comes.
struct Stream {
    response: reqwest::Response,
    text: String,
    bytes: usize,
}

impl Stream {
    async fn open(visitor: &Visitor) -> Option<Stream> {
        let url = format!(
            "{}/sessions/live?node={}&noderef=NODE",
            visitor.base,
            ids::ROOT
        );
        let response = visitor
            .http
            .get(url)
            .header("cookie", visitor.cookie.clone().unwrap_or_default())
            .send()
            .await
            .ok()?;
        (response.status() == 200).then_some(Stream {
            response,
            text: String::new(),
            bytes: 0,
        })
    }

    /// Reads until `pattern` arrives (consuming through it) or `within` passes.
    async fn until(&mut self, pattern: &str, within: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            if let Some(at) = self.text.find(pattern) {
                self.text.drain(..at + pattern.len());
                return true;
            }
            match tokio::time::timeout_at(deadline, self.response.chunk()).await {
                Ok(Ok(Some(chunk))) => {
                    self.bytes += chunk.len();
                    self.text.push_str(&String::from_utf8_lossy(&chunk));
                }
                _ => return false,
            }
        }
    }
}

/// A process's resident memory (KiB) and CPU time (clock ticks), from `/proc`.
fn usage(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (rss, ticks(11) + ticks(12))
}

fn list_reads(sim: &rescue_sim::Simulator) -> usize {
    sim.requests()
        .iter()
        .filter(|r| r.method.starts_with("getSession"))
        .count()
}

fn quantile(sorted: &[u64], q: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 - 1.0) * q) as usize)
        .copied()
        .unwrap_or(0) as f64
        / 1000.0
}

async fn run() {
    let admins = setting("ADMINS", 50) as u32;
    let secs = setting("LOAD_SECS", 60);
    let presses = setting("PRESSES", 40);
    let streams = setting("STREAMS", 1_000) as usize;
    let postgres = std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    let name = format!("rc_bench_{:016x}", rand::random::<u64>());
    let mut pg = sqlx::PgConnection::connect(&format!("{postgres}/postgres"))
        .await
        .expect("PostgreSQL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut pg)
        .await
        .unwrap();
    let database = format!("{postgres}/{name}");
    // The clock runs (waiting times grow as on a real account) but nothing arrives or ends
    // by itself: a list nobody acts on stays as it is.
    let sim = rescue_sim::Simulator::new(rescue_sim::Config {
        time_scale: 1.0,
        ..rescue_sim::Config::for_tests()
    });
    sim.inject(FaultRule {
        method: "*".into(),
        fault: Fault::Latency { ms: 50 },
        times: None,
    });
    processes::add_admins(&sim, admins + 1);
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let key = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(rand::random::<[u8; 32]>())
    };
    let (a, b) = (free_port(), free_port());
    let first = server(a, &running.api_url(), &database, &key);
    let _second = server(b, &running.api_url(), &database, &key);
    wait_until_up(a).await;
    wait_until_up(b).await;

    // 1. Admins with four tabs each, two on each instance.
    let mut tabs = Vec::new();
    for n in 0..admins {
        let mut browser = Visitor::new(a);
        browser.from = Some(format!("10.0.{}.{}", n / 256, n % 256));
        assert!(browser.sign_in(&format!("load{n}@demo.example")).await);
        for tab in 0..4 {
            let at = browser.at(if tab % 2 == 0 { a } else { b });
            tabs.push(Stream::open(&at).await.expect("a stream per tab"));
        }
    }
    // Every tab has its list; then count the reads of a steady minute.
    for tab in &mut tabs {
        assert!(tab.until("event: rows", Duration::from_secs(30)).await);
    }
    let before = list_reads(&sim);
    let watched = Instant::now();
    tokio::time::sleep(Duration::from_secs(secs)).await;
    let reads = list_reads(&sim) - before;
    let minutes = watched.elapsed().as_secs_f64() / 60.0;
    let polling = tabs.len() as f64 * 60.0 / 15.0;
    println!(
        "reads: {admins} admins x 4 tabs ({} streams) on two instances: {:.0} list reads a minute \
         (polling: {polling:.0} a minute, one per tab every 15 s)",
        tabs.len(),
        reads as f64 / minutes
    );
    drop(tabs);

    // 2. Confirm on the first instance to the news on the second.
    let mut watcher = Visitor::new(b);
    assert!(watcher.sign_in(&format!("load{admins}@demo.example")).await);
    let mut news = Stream::open(&watcher).await.expect("a stream");
    assert!(news.until("event: rows", Duration::from_secs(30)).await);
    let mut acting = Visitor::new(a);
    acting.from = Some("10.1.0.1".into());
    assert!(acting.sign_in("load0@demo.example").await);
    let (session, tech) = sim.with_account(|account| {
        account
            .sessions()
            .find_map(|s| Some((s.id, *s.technicians.first()?)))
            .expect("a session")
    });
    let mut marks = Vec::new();
    for _ in 0..presses {
        let (_, _, page) = acting
            .get(&format!(
                "/sessions/cancel?session={session}&technician={tech}&node={}&noderef=NODE",
                ids::ROOT
            ))
            .await;
        let form = forms::form_of(&page, "act_on_session");
        let fields: Vec<(&str, &str)> = form
            .fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let pressed = Instant::now();
        let (status, _) = acting.post(&form.action, &fields, true).await;
        assert_eq!(status, 200);
        // The answer's news (Rescue answered), after the request's own.
        let heard = news.until("event: news", Duration::from_secs(5)).await
            && news.until("event: news", Duration::from_secs(5)).await;
        assert!(heard, "news reached the other instance");
        marks.push(u64::try_from(pressed.elapsed().as_micros()).unwrap_or(u64::MAX));
    }
    marks.sort_unstable();
    println!(
        "marks: Confirm on one instance to the answer's mark on the other, {} presses: p50 {:.1} ms, p99 {:.1} ms (Rescue answers in 50 ms)",
        marks.len(),
        quantile(&marks, 0.5),
        quantile(&marks, 0.99)
    );

    // 4. An idle tab's bytes in a minute (the list unchanged: nothing acts on it now).
    let idle_from = news.bytes;
    tokio::time::sleep(Duration::from_secs(60)).await;
    let _ = news.until("never sent", Duration::from_millis(100)).await;
    println!(
        "idle: {} bytes a minute on one idle tab's stream",
        news.bytes - idle_from
    );
    drop(news);

    // 3. Many open streams on one instance: memory and CPU against none.
    tokio::time::sleep(Duration::from_secs(35)).await;
    let (rss_before, cpu_before) = usage(first.pid());
    let mut browsers = Vec::new();
    let mut open = Vec::new();
    while open.len() < streams {
        let mut browser = Visitor::new(a);
        let n = browsers.len() % admins as usize;
        browser.from = Some(format!(
            "10.2.{}.{}",
            browsers.len() / 256,
            browsers.len() % 256
        ));
        assert!(browser.sign_in(&format!("load{n}@demo.example")).await);
        for _ in 0..4 {
            if open.len() < streams {
                open.push(Stream::open(&browser).await.expect("a stream"));
            }
        }
        browsers.push(browser);
    }
    for stream in &mut open {
        assert!(stream.until("event: rows", Duration::from_secs(60)).await);
    }
    let (rss_open, cpu_open) = usage(first.pid());
    tokio::time::sleep(Duration::from_secs(60)).await;
    let (rss_after, cpu_after) = usage(first.pid());
    println!(
        "streams: {} open on one instance: resident memory {} KiB -> {} KiB ({:.1} KiB a stream), \
         CPU {:.2} s in the idle minute with them open (opening them and their first lists: {:.2} s)",
        open.len(),
        rss_before,
        rss_after,
        (rss_after.saturating_sub(rss_before)) as f64 / open.len() as f64,
        (cpu_after - cpu_open) as f64 / 100.0,
        (cpu_open - cpu_before) as f64 / 100.0,
    );
    let _ = rss_open;
    drop(open);
    let _ = sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&mut pg)
        .await;
}

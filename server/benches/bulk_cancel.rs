//! How long a bulk action on 100 sessions takes while Rescue (the simulator) answers each call
//! in 50 ms: 100 sessions put on hold in one run, then Cancel action on all of them ("every
//! row with a pending action of mine"), each from Confirm to the results page's summary. Four
//! calls at a time make the floor 100 / 4 × 50 ms = 1.25 s.
//!
//! `cargo bench -p server --bench bulk_cancel`

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::cancel::hidden;
use common::{Browser, Harness};
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::model::Status;
use rescue_sim::seed::{self, ids};

const SESSIONS: usize = 100;
const UPSTREAM_LATENCY_MS: u64 = 50;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

/// Confirms the bulk page at `address` and waits for its summary: the time and the summary.
async fn timed_run(browser: &mut Browser, h: &Harness, address: &str) -> (Duration, String) {
    let page = browser.get(h, address).await.body;
    let fields =
        ["action", "node", "noderef", "sessions", "token"].map(|name| (name, hidden(&page, name)));
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let started = Instant::now();
    let reply = browser.post(h, "/sessions/bulk/run", &fields).await;
    let results = reply.location.expect("sent to the results");
    loop {
        let page = browser.get(h, &results).await.body;
        if !page.contains("http-equiv=\"refresh\"") {
            let summary = page
                .split("class=\"card result summary\"")
                .nth(1)
                .and_then(|rest| rest.split('>').nth(1))
                .and_then(|rest| rest.split('<').next())
                .unwrap_or_default()
                .to_owned();
            return (started.elapsed(), summary);
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn run() {
    let h = common::harness().await;
    let now = h.sim.now();
    h.sim.with_account(|a| seed::crowd(a, SESSIONS as u32, now));
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let picks: Vec<String> = h.sim.with_account(|a| {
        a.sessions()
            .filter(|s| s.status == Status::Active && s.pending.is_none())
            .filter_map(|s| Some((s.id, *s.technicians.first()?)))
            .filter(|(_, tech)| *tech != ids::TECH_OFFLINE)
            .take(SESSIONS)
            .map(|(session, tech)| format!("&pick={session}%3A{tech}"))
            .collect()
    });
    assert_eq!(picks.len(), SESSIONS, "the crowd has enough live sessions");
    h.sim.inject(FaultRule {
        method: "holdSession".into(),
        fault: Fault::Latency {
            ms: UPSTREAM_LATENCY_MS,
        },
        times: None,
    });
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency {
            ms: UPSTREAM_LATENCY_MS,
        },
        times: None,
    });
    let node = format!("node={}&noderef=NODE", ids::ROOT);
    let hold = format!("/sessions/bulk?action=hold&{node}{}", picks.concat());
    let (took, summary) = timed_run(&mut browser, &h, &hold).await;
    println!(
        "bulk hold of {SESSIONS} sessions at {UPSTREAM_LATENCY_MS} ms a call: {took:?} ({summary})"
    );
    let cancel = format!("/sessions/bulk?select=pending&{node}");
    let (took, summary) = timed_run(&mut browser, &h, &cancel).await;
    println!("bulk cancel of {SESSIONS} sessions at {UPSTREAM_LATENCY_MS} ms a call: {took:?} ({summary})");
    let floor = Duration::from_millis(UPSTREAM_LATENCY_MS) * (SESSIONS as u32).div_ceil(4);
    println!("floor at 4 calls at a time: {floor:?}");
}

//! Server time of `/sessions` with a list of over 1,000 rows: the whole request through the
//! real router (session lookup, unsealing, two Rescue calls to the simulator on loopback,
//! parsing, rendering the complete HTML), as a browser without JavaScript receives it.

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use rescue_sim::seed::{self, ids};

fn sessions_page(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (h, mut browser) = runtime.block_on(async {
        let h = common::harness().await;
        let now = h.sim.now();
        h.sim
            .with_account(|account| seed::crowd(account, 1000, now));
        let mut browser = common::Browser::new(false);
        browser.sign_in(&h, seed::DEMO_ADMIN).await;
        (h, browser)
    });
    let page = format!("/sessions?node={}&noderef=NODE", ids::ROOT);
    let rows = runtime.block_on(async {
        let reply = browser.get(&h, &page).await;
        assert_eq!(reply.status, http::StatusCode::OK);
        reply.body.matches("<tr data-session=").count()
    });
    assert!(rows >= 1000, "{rows} rows");
    println!("/sessions renders {rows} rows");
    let bytes = runtime.block_on(async { browser.get(&h, &page).await.body.len() });
    println!("/sessions page: {bytes} bytes");

    c.bench_function(&format!("GET /sessions, {rows} rows"), |b| {
        b.iter(|| {
            runtime.block_on(async {
                let reply = browser.get(&h, &page).await;
                assert_eq!(reply.status, http::StatusCode::OK);
                reply.body.len()
            })
        })
    });

    let (client, code) = runtime.block_on(common::demo_authcode(&h));
    let credentials = rescue::Credentials::AuthCode(code);
    let root = rescue::NodeId::new(ids::ROOT).expect("node id");
    c.bench_function("the two Rescue calls alone (simulator)", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let tree = client
                    .get_hierarchy(&credentials, rescue::HierarchyQuery::default())
                    .await
                    .expect("hierarchy");
                let list = client
                    .get_sessions(&credentials, root, rescue::NodeRef::Node)
                    .await
                    .expect("sessions");
                (tree, list)
            })
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = sessions_page
}
criterion_main!(benches);

//! How long a large getSession_v3 reply takes to frame and parse (goal: 10,000 rows ≤ 5 ms).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::hint::black_box;

const HEADER: &str = "ID|Status|Entry ID|Entry|Technician ID|Technician|Start Time|Waiting Time|Custom Field 0|Custom Field 1|Custom Field 2|Custom Field 3|Custom Field 4|Custom Field 5|Language|Transferred To|Transferred Comment|Is Lead Technician|HandingOff|";

/// A reply shaped like a busy account's: a mix of statuses, channels and collaborating rows.
fn reply(rows: usize) -> String {
    let statuses = [
        "Waiting",
        "Active",
        "On Hold",
        "Closed by customer",
        "Ativas",
    ];
    let mut body = format!("OK\n\n{HEADER}\n");
    for i in 0..rows {
        let status = statuses[i % statuses.len()];
        let (tech_id, tech) = if i % 7 == 0 {
            (0, "")
        } else {
            (25_445_857 + i % 12, "Tech A")
        };
        body.push_str(&format!(
            "{}|{status}|1927940688|Support Channel|{tech_id}|{tech}|6/19/2024 {}:{:02} PM|{}|Customer {i}|ACME|555-0100|Printer offline|||en|||yes||\n",
            1_073_000_000 + i / 2,
            1 + i % 12,
            i % 60,
            i * 3 % 7200,
        ));
    }
    body
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("getSession_v3");
    for (rows, crlf) in [(100usize, false), (10_000, false), (10_000, true)] {
        let mut body = reply(rows);
        if crlf {
            body = body.replace('\n', "\r\n");
        }
        let name = format!("parse {rows} rows{}", if crlf { " (CRLF)" } else { "" });
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_function(name, |b| {
            // The client owns the body it read; handing over a copy is set-up, not parsing.
            b.iter_batched(
                || body.clone(),
                |body| {
                    let reply = rescue::Reply::parse(black_box(body)).expect("framed");
                    let list = rescue::SessionList::parse(reply.payload()).expect("parsed");
                    assert_eq!(list.rows.len(), rows);
                    // Dropped inside the timing: a caller pays for freeing the list too.
                    drop(list);
                },
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

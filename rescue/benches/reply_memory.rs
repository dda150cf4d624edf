//! Peak memory of the client for replies far past its cap (goal: a 400 MB reply costs at most
//! the cap plus a few MB) and for big replies it reads whole (goal: one copy of the body).
//!
//! Run with `cargo bench -p rescue --bench reply_memory`. A fake Rescue on loopback streams the
//! replies from one repeated chunk, so the server side adds next to nothing; each scenario
//! resets the process's peak (`/proc/self/clear_refs`) and prints how far it rose.

use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::response::Response;
use axum::routing::post;
use rescue::{Client, Credentials, LoginCookie, NodeId, NodeRef, SessionId};

const MB: usize = 1024 * 1024;
const HEADER: &str = "ID|Status|Entry ID|Entry|Technician ID|Technician|Start Time|Waiting Time|";

/// One 64 KiB block of session rows with CRLF line ends (the costlier framing).
fn rows_block() -> Bytes {
    let mut block = String::new();
    let mut i = 0u32;
    while block.len() < 64 * 1024 - 100 {
        block.push_str(&format!(
            "{}|Waiting|0||1|Tech {i}|11/28/2026 9:00 AM|{i}|\r\n",
            1_000_000 + i
        ));
        i += 1;
    }
    Bytes::from(block)
}

/// A reply of about `total` bytes: status line, header, then the block repeated.
fn reply(total: usize, announce_length: bool) -> Response {
    let head = Bytes::from(format!("OK\r\n\r\n{HEADER}\r\n"));
    let block = rows_block();
    let blocks = total / block.len();
    let length = head.len() + blocks * block.len();
    let chunks = std::iter::once(head)
        .chain(std::iter::repeat_n(block, blocks))
        .map(Ok::<_, std::io::Error>);
    let mut response = Response::new(Body::from_stream(futures_util::stream::iter(chunks)));
    if announce_length {
        response.headers_mut().insert(
            axum::http::header::CONTENT_LENGTH,
            axum::http::HeaderValue::from(length),
        );
    }
    response
}

/// The process's peak resident set (`VmHWM`), in bytes.
fn peak_bytes() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("procfs");
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .expect("VmHWM line");
    let kib: usize = line
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("VmHWM value");
    kib * 1024
}

/// Resets `VmHWM` to the current resident set, so the next reading is this scenario's peak.
fn reset_peak() {
    std::fs::write("/proc/self/clear_refs", "5").expect("clear_refs");
}

async fn measure<F, Fut>(name: &str, call: F)
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = String>,
{
    reset_peak();
    let before = peak_bytes();
    let started = Instant::now();
    let result = call().await;
    let rise = peak_bytes().saturating_sub(before);
    println!(
        "{name:<58} peak +{:>6.1} MB  {:>6} ms  -> {result}",
        rise as f64 / MB as f64,
        started.elapsed().as_millis()
    );
}

#[tokio::main]
async fn main() {
    let app = axum::Router::new()
        .route(
            "/API/getSession_v3.aspx",
            post(|| async { reply(400 * MB, false) }),
        )
        .route(
            "/API/getHierarchy_v2.aspx",
            post(|| async { reply(400 * MB, true) }),
        )
        .route(
            "/API/cancelAction.aspx",
            post(|| async { reply(400 * MB, false) }),
        )
        .route(
            "/API30/getSession_v3.aspx",
            post(|| async { reply(30 * MB, false) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    let base = format!("http://{addr}/API/");
    let timeout = std::time::Duration::from_secs(120);
    let capped = Client::new(&base, timeout).expect("client");
    let thirty = Client::new(&format!("http://{addr}/API30/"), timeout).expect("client");
    let uncapped = Client::new(&base, timeout)
        .expect("client")
        .with_max_reply_bytes(1024 * MB);
    let creds =
        Credentials::Cookie(LoginCookie::from_header_value("ASP.NET_SessionId=x").expect("cookie"));
    let node = NodeId::new(1).expect("node");
    let session: SessionId = "1".parse().expect("session");
    let show = |r: Result<String, rescue::Error>| r.unwrap_or_else(|e| e.code());

    measure("400 MB list, streamed, default cap (32 MB)", || async {
        show(
            capped
                .get_sessions(&creds, node, NodeRef::Node)
                .await
                .map(|o| o.code().to_owned()),
        )
    })
    .await;
    measure(
        "400 MB list, Content-Length announced, default cap",
        || async {
            show(
                capped
                    .get_hierarchy(&creds, Default::default())
                    .await
                    .map(|o| o.code().to_owned()),
            )
        },
    )
    .await;
    measure(
        "30 MB list (CRLF) read, framed and parsed, under the cap",
        || async {
            show(
                thirty
                    .get_sessions(&creds, node, NodeRef::Node)
                    .await
                    .map(|o| match o {
                        rescue::GetSessionsOutcome::Ok(list) => format!("{} rows", list.rows.len()),
                        other => other.code().to_owned(),
                    }),
            )
        },
    )
    .await;
    measure(
        "400 MB reply read whole with a 1 GB cap, framed (CRLF)",
        || async {
            show(
                uncapped
                    .act(&creds, session, &rescue::SessionCall::Cancel)
                    .await
                    .map(|o| o.code().to_owned()),
            )
        },
    )
    .await;
}

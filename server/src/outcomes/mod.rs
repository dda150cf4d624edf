//! The Post-to-URL receiver: Rescue's Administration Center sends each session's data (at its
//! start and/or end, per technician group) to an address an admin pastes in, and this keeps it
//! in the audit database for the support leads.
//!
//! Rescue's Post to URL sends no credentials of its own, so the address carries the secret
//! (`POST /rescue/post-to-url/<POST_TO_URL_TOKEN>`): it is compared in constant time, and the
//! address never appears in a log line or a metric label (the route has its own trace span and
//! is counted under its pattern). A post is stored before the 2xx, so a post Rescue saw
//! answered is never lost; the same post again is stored once.

pub mod parse;
pub mod settings;

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

use crate::audit::AuditLog;
use parse::Post;

/// The receiver's address, its token the last segment.
pub const PATH: &str = "/rescue/post-to-url/{token}";
/// The shortest token accepted: a guess must be hopeless.
pub const SHORTEST_TOKEN: usize = 32;
/// How often the retention sweep runs.
const SWEEP_EVERY: Duration = Duration::from_secs(600);

/// The receiver as configured.
#[derive(Clone)]
pub struct Receiver {
    /// Where posts are kept.
    pub audit: AuditLog,
    /// `POST_TO_URL_TOKEN`, hashed: compared in constant time against the hash of what comes.
    token: [u8; 32],
    /// `POST_TO_URL_MAX_KB`, in bytes.
    pub max_bytes: usize,
}

impl std::fmt::Debug for Receiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Receiver")
            .field("token", &"[REDACTED]")
            .field("max_bytes", &self.max_bytes)
            .finish()
    }
}

fn digest(text: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(text).into()
}

impl Receiver {
    /// A receiver keeping posts in `audit`, answering only at `token`, reading at most
    /// `max_bytes` of a body.
    pub fn new(audit: AuditLog, token: &SecretString, max_bytes: usize) -> Self {
        Receiver {
            audit,
            token: digest(token.expose_secret().as_bytes()),
            max_bytes,
        }
    }

    /// Whether `given` is the token. Both sides are hashed first, so the comparison takes the
    /// same time whatever the guess's length, and `ct_eq` whatever its bytes.
    fn accepts(&self, given: &str) -> bool {
        digest(given.as_bytes()).ct_eq(&self.token).into()
    }
}

/// The receiver's route, with its own trace span (the address holds the token).
pub fn routes(receiver: Arc<Receiver>) -> Router {
    Router::new()
        .route(PATH, axum::routing::post(receive))
        .with_state(receiver)
        .layer(
            tower_http::trace::TraceLayer::new_for_http().make_span_with(
                |request: &axum::http::Request<Body>| {
                    tracing::debug_span!(
                        "request",
                        method = %request.method(),
                        uri = "/rescue/post-to-url/[token]",
                    )
                },
            ),
        )
}

/// One post: checked, read, stored, answered.
async fn receive(
    State(receiver): State<Arc<Receiver>>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if !receiver.accepts(&token) {
        // As any unknown address: nothing says a receiver is here.
        return StatusCode::NOT_FOUND.into_response();
    }
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > receiver.max_bytes as u64) {
        return too_large(receiver.max_bytes);
    }
    // Read up to the cap and no further, whatever the length header claimed (or lacked).
    let Ok(bytes) = axum::body::to_bytes(body, receiver.max_bytes).await else {
        return too_large(receiver.max_bytes);
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let post = match Post::read(content_type, &bytes) {
        Ok(post) => post,
        Err(err) => {
            metrics::counter!("post_to_url_posts_total", "outcome" => "malformed").increment(1);
            tracing::info!("a Post-to-URL post was refused: {err}");
            return (
                StatusCode::BAD_REQUEST,
                format!("Not a Post-to-URL post: {err}.\n"),
            )
                .into_response();
        }
    };
    let session = i64::try_from(post.session_id).unwrap_or(i64::MAX);
    match receiver
        .audit
        .keep_post(session, post.format.as_str(), &post.hash(), &post.fields)
        .await
    {
        Ok(added) => {
            let outcome = if added { "stored" } else { "repeated" };
            metrics::counter!("post_to_url_posts_total", "outcome" => outcome).increment(1);
            tracing::debug!(session, outcome, "a Post-to-URL post");
            (StatusCode::OK, "OK\n").into_response()
        }
        Err(err) => {
            // Not a 2xx: Rescue (or the proxy) may send it again.
            metrics::counter!("post_to_url_posts_total", "outcome" => "not_stored").increment(1);
            tracing::error!("a Post-to-URL post could not be stored: {err}");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "The post could not be stored; send it again.\n",
            )
                .into_response()
        }
    }
}

fn too_large(max: usize) -> Response {
    metrics::counter!("post_to_url_posts_total", "outcome" => "too_large").increment(1);
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("A post may be at most {} KB.\n", max / 1024),
    )
        .into_response()
}

/// Deletes posts older than `keep`, now and every few minutes, for as long as the log is
/// open.
pub async fn keep_for(audit: AuditLog, keep: Duration) {
    sweep(&audit, keep).await;
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(SWEEP_EVERY).await;
            if audit.is_closed() {
                break;
            }
            sweep(&audit, keep).await;
        }
    });
}

/// One retention sweep: the posts received longer than `keep` ago go.
async fn sweep(audit: &AuditLog, keep: Duration) {
    let before =
        chrono::Utc::now().timestamp_millis() - i64::try_from(keep.as_millis()).unwrap_or(i64::MAX);
    match audit.forget_posts_before(before).await {
        Ok(0) => {}
        Ok(deleted) => tracing::info!(deleted, "Post-to-URL posts past OUTCOMES_KEEP_DAYS deleted"),
        Err(err) => tracing::warn!("Post-to-URL retention sweep failed: {err}"),
    }
}

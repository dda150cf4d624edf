//! Sends the simulator's Post-to-URL posts: every second it moves the account's clock forward
//! (so a demo with nobody watching still has sessions start and end), takes the posts `life`
//! queued and sends them. A post the receiver does not take is logged and dropped (Rescue
//! documents no retry).

use std::sync::Arc;
use std::time::Duration;

use crate::post_to_url::{body, PostTarget};

/// Sends the account's posts to `target` every second, moving the clock forward first, for
/// as long as the simulator lives.
pub(crate) fn start(shared: Arc<crate::Shared>, target: PostTarget) {
    shared.lock_account().posting = true;
    let weak = Arc::downgrade(&shared);
    drop(shared);
    tokio::spawn(async move {
        let http = match reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()
        {
            Ok(http) => http,
            Err(err) => {
                tracing::error!("Post to URL: no HTTP client: {err}");
                return;
            }
        };
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
            let Some(shared) = weak.upgrade() else {
                break;
            };
            let posts = {
                let now = shared.clock.now();
                let mut account = shared.lock_account();
                crate::life::tick(&mut account, now);
                std::mem::take(&mut account.outgoing)
            };
            drop(shared);
            for post in posts {
                let (content_type, body) = body(&post, target.format);
                let sent = http
                    .post(&target.url)
                    .header(reqwest::header::CONTENT_TYPE, content_type)
                    .body(body)
                    .send()
                    .await;
                match sent {
                    Ok(answer) if answer.status().is_success() => {}
                    Ok(answer) => tracing::warn!(status = %answer.status(), "Post to URL: refused"),
                    Err(err) => tracing::warn!("Post to URL: not sent: {err}"),
                }
            }
        }
    });
}

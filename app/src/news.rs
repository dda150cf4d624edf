//! Actions are news: when any admin, on any instance, requests an action on a session or hears
//! Rescue's answer, every open sessions list that shows that session marks its row ("Cancel
//! action by lead@example.com — done 14:03:27"). Two admins watching one queue then see each
//! other's work within a second instead of at the next read, and do not both act on one session.
//!
//! The newsroom is in-process; with several instances, what one tells reaches the others
//! through the shared store's publish/subscribe (`Fleet::publish`), and what they tell reaches
//! it the same way ([`Newsroom::heard`]).

use serde::{Deserialize, Serialize};

use crate::shared::action::SessionAction;
use crate::shared::outcome::Outcome;

/// One piece of news: an admin asked for `action` on `session`, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct News {
    /// The session acted on.
    pub session: u32,
    /// The action.
    pub action: SessionAction,
    /// Who asked: the admin's Rescue e-mail.
    pub by: String,
    /// Where it stands: `Attempted` while Rescue has not answered, then Rescue's answer.
    pub outcome: Outcome,
    /// When this was so (seconds since 1970, UTC).
    pub at: i64,
}

#[cfg(feature = "ssr")]
pub use ssr::*;

#[cfg(feature = "ssr")]
mod ssr {
    use std::sync::Arc;

    use tokio::sync::broadcast;

    use super::News;
    use crate::fleet::Fleet;

    /// The shared store's channel the news of every instance travels on (under the
    /// installation's prefix, so two installations sharing a Redis keep apart).
    pub const CHANNEL: &str = "news";
    /// How many pieces a slow listener may fall behind before it misses some (it then reads
    /// the list again instead).
    const BACKLOG: usize = 256;
    /// How many pieces are kept for streams that resume after a cut.
    const KEPT: usize = 256;

    /// News as it travels between instances: the piece and the instance that told it, which
    /// ignores its own (it delivered them locally already).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Wire {
        from: String,
        news: News,
    }

    /// Where news is told and heard.
    pub struct Newsroom {
        local: broadcast::Sender<Arc<News>>,
        /// The latest pieces, for a stream that resumes after a cut: what it missed is told
        /// again.
        recent: std::sync::Mutex<std::collections::VecDeque<Arc<News>>>,
        fleet: Option<Arc<dyn Fleet>>,
        /// This instance, as its relayed news names it.
        me: String,
    }

    impl std::fmt::Debug for Newsroom {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("Newsroom").finish_non_exhaustive()
        }
    }

    impl Default for Newsroom {
        fn default() -> Self {
            Newsroom {
                local: broadcast::channel(BACKLOG).0,
                recent: std::sync::Mutex::new(std::collections::VecDeque::new()),
                fleet: None,
                me: crate::fleet::token(),
            }
        }
    }

    impl Newsroom {
        /// A newsroom that also tells the other instances of `fleet`.
        pub fn shared(fleet: Arc<dyn Fleet>) -> Self {
            Newsroom {
                fleet: Some(fleet),
                ..Newsroom::default()
            }
        }

        /// Tells every listener here and, with several instances, every other instance. Never
        /// waits on the shared store: news is worth less than the action it reports.
        pub fn tell(&self, news: News) {
            if let Some(fleet) = self.fleet.clone() {
                let wire = Wire {
                    from: self.me.clone(),
                    news: news.clone(),
                };
                match serde_json::to_string(&wire) {
                    Ok(json) => {
                        tokio::spawn(async move {
                            if let Err(err) = fleet.publish(CHANNEL, &json).await {
                                tracing::warn!("shared store: news not relayed: {err}");
                            }
                        });
                    }
                    Err(err) => tracing::error!("news not serialisable: {err}"),
                }
            }
            self.deliver(Arc::new(news));
        }

        /// Delivers a piece to the listeners here, and keeps it for streams that resume.
        fn deliver(&self, piece: Arc<News>) {
            {
                let mut recent = self
                    .recent
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                recent.push_back(piece.clone());
                while recent.len() > KEPT {
                    recent.pop_front();
                }
            }
            // No listener is fine: nobody has a list open.
            let _ = self.local.send(piece);
        }

        /// The pieces kept that were told at or after `since` (seconds since 1970), oldest
        /// first.
        pub fn since(&self, since: i64) -> Vec<Arc<News>> {
            self.recent
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .iter()
                .filter(|piece| piece.at >= since)
                .cloned()
                .collect()
        }

        /// A message another instance published on [`CHANNEL`]: its news, delivered here.
        /// Anything else (this instance's own, or what does not read) is dropped.
        pub fn heard(&self, message: &str) {
            match serde_json::from_str::<Wire>(message) {
                Ok(wire) if wire.from != self.me => self.deliver(Arc::new(wire.news)),
                Ok(_) => {}
                Err(err) => tracing::warn!("shared store: unreadable news dropped: {err}"),
            }
        }

        /// Every piece told from now on.
        pub fn listen(&self) -> broadcast::Receiver<Arc<News>> {
            self.local.subscribe()
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::shared::action::SessionAction;
        use crate::shared::outcome::Outcome;

        fn piece() -> News {
            News {
                session: 7,
                action: SessionAction::Cancel,
                by: "lead@demo.example".into(),
                outcome: Outcome::Attempted,
                at: 1_700_000_000,
            }
        }

        #[tokio::test]
        async fn told_news_reaches_listeners_and_relayed_news_from_others_too() {
            let (here, there) = (Newsroom::default(), Newsroom::default());
            let mut ears = here.listen();
            here.tell(piece());
            assert_eq!(*ears.recv().await.unwrap(), piece());
            // What another instance published arrives; this instance's own echo does not.
            let from_there = serde_json::to_string(&Wire {
                from: there.me.clone(),
                news: piece(),
            })
            .unwrap();
            let echo = from_there.replace(&there.me, &here.me);
            here.heard(&echo);
            here.heard("not json");
            here.heard(&from_there);
            assert_eq!(*ears.recv().await.unwrap(), piece());
            assert!(ears.try_recv().is_err(), "only the other instance's piece");
            // Both are kept for a stream that resumes; a time after them finds none.
            assert_eq!(here.since(piece().at).len(), 2);
            assert!(here.since(piece().at + 1).is_empty());
        }
    }
}

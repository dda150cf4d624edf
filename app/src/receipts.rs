//! One-time confirmation tokens: every confirmation (a single action's, a bulk run's) carries a
//! token, and the first submission of it makes the Rescue calls; any later or parallel one
//! makes none and answers with what the first one left (its receipt).
//!
//! The in-flight guard of `once.rs` joins only presses that overlap; a confirmation sent again
//! after its answer (the back button and resubmit, a reload, a proxy that retries) would
//! otherwise act a second time. Tokens are sealed by the server (so none can be made up or
//! aged) and expire after [`TOKEN_LIFETIME`]; receipts are kept as long, in memory or, with
//! several instances, in the store they share.

use std::time::Duration;

/// How long a confirmation may wait before it is sent, and how long its receipt is kept: an
/// older confirmation is refused (nothing is sent) and must be opened again.
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

#[cfg(feature = "ssr")]
pub use ssr::*;

#[cfg(feature = "ssr")]
mod ssr {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use super::TOKEN_LIFETIME;
    use crate::core::services::CredentialSeal;
    use crate::fleet::{Fleet, Lock};

    /// What a sealed token holds: its kind and when it was made.
    const PREFIX: &str = "confirm:v1:";
    /// How often a submission waiting on a parallel one looks for its receipt.
    const POLL: Duration = Duration::from_millis(100);
    /// The most receipts one instance keeps; beyond that the oldest go (tokens still expire).
    const MAX_KEPT: usize = 100_000;
    /// Marks a running claim in the shared store (a finished one holds `done:` and the value).
    const DONE: &str = "done:";

    /// A new token for a confirmation page or dialog.
    pub fn issue(seal: &dyn CredentialSeal) -> String {
        let now = chrono::Utc::now().timestamp();
        seal.seal(&format!("{PREFIX}{now}:{}", crate::fleet::token()))
    }

    /// Why a token cannot be used.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum TokenProblem {
        /// None was sent.
        Missing,
        /// It does not open with this server's key, or is not a confirmation token.
        Invalid,
        /// It is older than [`TOKEN_LIFETIME`].
        Expired,
    }

    impl TokenProblem {
        /// What the admin is told.
        pub fn sentence(self) -> String {
            match self {
                TokenProblem::Missing | TokenProblem::Invalid => crate::words::token_invalid(),
                TokenProblem::Expired => crate::words::token_expired(),
            }
        }
    }

    /// Checks a token sent back with a confirmation: the text to key its receipt by.
    pub fn check(seal: &dyn CredentialSeal, token: Option<&str>) -> Result<String, TokenProblem> {
        let token = token.map(str::trim).filter(|t| !t.is_empty());
        let token = token.ok_or(TokenProblem::Missing)?;
        if token.len() > 512 {
            return Err(TokenProblem::Invalid);
        }
        let opened = seal.open(token).ok_or(TokenProblem::Invalid)?;
        let rest = opened.strip_prefix(PREFIX).ok_or(TokenProblem::Invalid)?;
        let (made, _) = rest.split_once(':').ok_or(TokenProblem::Invalid)?;
        let made: i64 = made.parse().map_err(|_| TokenProblem::Invalid)?;
        let age = chrono::Utc::now().timestamp() - made;
        // A minute of clock difference between instances is allowed either way.
        let lifetime = i64::try_from(TOKEN_LIFETIME.as_secs()).unwrap_or(i64::MAX);
        if !(-60..=lifetime).contains(&age) {
            return Err(TokenProblem::Expired);
        }
        Ok(opened)
    }

    /// What a submission found when it claimed its token.
    #[derive(Debug)]
    pub enum Claim {
        /// It is the first: make the calls, then [`Receipts::settle`] (or
        /// [`Receipts::release`] when nothing was sent after all).
        First(Held),
        /// An earlier submission finished: what it left.
        Done(String),
        /// An earlier submission is still running and left nothing within the wait.
        Running,
    }

    /// A claim taken: hand it back settled or released.
    #[derive(Debug)]
    #[must_use = "a claim stays running until it is settled or released"]
    pub struct Held {
        name: String,
        owner: String,
    }

    #[derive(Debug)]
    enum Kept {
        Running,
        Done(String),
    }

    /// The receipts of this instance (with several, those in the shared store instead).
    #[derive(Debug, Default)]
    pub struct Receipts {
        kept: Mutex<HashMap<String, (Kept, Instant)>>,
    }

    impl Receipts {
        fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Kept, Instant)>> {
            self.kept.lock().unwrap_or_else(|e| e.into_inner())
        }

        /// Claims the receipt `name` (a hash of the admin, the token and what it confirms).
        /// A parallel submission waits up to `wait` for the first one's receipt. `Err`: the
        /// shared store could not be reached (nothing may be sent then).
        pub async fn claim(
            &self,
            fleet: Option<&Arc<dyn Fleet>>,
            name: &str,
            wait: Duration,
        ) -> Result<Claim, String> {
            let deadline = tokio::time::Instant::now() + wait;
            loop {
                let found = match fleet {
                    Some(fleet) => Self::claim_shared(fleet.as_ref(), name).await?,
                    None => self.claim_here(name),
                };
                match found {
                    Claim::Running if tokio::time::Instant::now() < deadline => {
                        tokio::time::sleep(POLL).await;
                    }
                    other => return Ok(other),
                }
            }
        }

        fn claim_here(&self, name: &str) -> Claim {
            let mut kept = self.lock();
            let now = Instant::now();
            if kept.len() >= MAX_KEPT {
                kept.retain(|_, (_, at)| now.duration_since(*at) < TOKEN_LIFETIME);
                if kept.len() >= MAX_KEPT {
                    kept.clear();
                }
            }
            match kept.get(name) {
                Some((_, at)) if now.duration_since(*at) >= TOKEN_LIFETIME => {}
                Some((Kept::Running, _)) => return Claim::Running,
                Some((Kept::Done(value), _)) => return Claim::Done(value.clone()),
                None => {}
            }
            kept.insert(name.to_owned(), (Kept::Running, now));
            Claim::First(Held {
                name: name.to_owned(),
                owner: String::new(),
            })
        }

        async fn claim_shared(fleet: &dyn Fleet, name: &str) -> Result<Claim, String> {
            Ok(match fleet.lock(name, TOKEN_LIFETIME).await? {
                Lock::Taken(owner) => Claim::First(Held {
                    name: name.to_owned(),
                    owner,
                }),
                Lock::Held(value) => match value.strip_prefix(DONE) {
                    Some(done) => Claim::Done(done.to_owned()),
                    None => Claim::Running,
                },
            })
        }

        /// The first submission is done: `value` is what later ones are answered with.
        pub async fn settle(&self, fleet: Option<&Arc<dyn Fleet>>, held: Held, value: String) {
            match fleet {
                Some(fleet) => {
                    let kept = format!("{DONE}{value}");
                    if let Err(err) = fleet.put(&held.name, &kept, TOKEN_LIFETIME).await {
                        // The running mark stays until it expires: a repeat is told the first
                        // is still running, and still sends nothing.
                        tracing::warn!("shared store: a confirmation's receipt not kept: {err}");
                    }
                }
                None => {
                    self.lock()
                        .insert(held.name, (Kept::Done(value), Instant::now()));
                }
            }
        }

        /// Nothing was sent after all (the form was refused before Rescue was asked): the
        /// token may be used again.
        pub async fn release(&self, fleet: Option<&Arc<dyn Fleet>>, held: Held) {
            match fleet {
                Some(fleet) => {
                    if let Err(err) = fleet.unlock(&held.name, &held.owner).await {
                        tracing::warn!("shared store: a confirmation not released: {err}");
                    }
                }
                None => {
                    self.lock().remove(&held.name);
                }
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        use crate::core::services::PlainSeal as Plain;

        #[test]
        fn tokens_are_checked_for_seal_kind_and_age() {
            let token = issue(&Plain);
            assert!(check(&Plain, Some(&token)).is_ok());
            assert_ne!(issue(&Plain), token, "each token is new");
            assert_eq!(check(&Plain, None), Err(TokenProblem::Missing));
            assert_eq!(check(&Plain, Some("  ")), Err(TokenProblem::Missing));
            assert_eq!(check(&Plain, Some("forged")), Err(TokenProblem::Invalid));
            assert_eq!(
                check(&Plain, Some("sealed:other:1:x")),
                Err(TokenProblem::Invalid)
            );
            let old = chrono::Utc::now().timestamp() - 3601;
            let aged = format!("sealed:{PREFIX}{old}:abc");
            assert_eq!(check(&Plain, Some(&aged)), Err(TokenProblem::Expired));
        }

        #[tokio::test]
        async fn the_first_claim_runs_later_ones_get_its_receipt() {
            let receipts = Receipts::default();
            let Ok(Claim::First(held)) = receipts.claim(None, "a", Duration::ZERO).await else {
                panic!("the first claim runs");
            };
            assert!(matches!(
                receipts.claim(None, "a", Duration::ZERO).await,
                Ok(Claim::Running)
            ));
            receipts.settle(None, held, "answer".into()).await;
            let Ok(Claim::Done(value)) = receipts.claim(None, "a", Duration::ZERO).await else {
                panic!("a later claim finds the receipt");
            };
            assert_eq!(value, "answer");
            // Released, a claim may be taken again.
            let Ok(Claim::First(held)) = receipts.claim(None, "b", Duration::ZERO).await else {
                panic!("b is new");
            };
            receipts.release(None, held).await;
            assert!(matches!(
                receipts.claim(None, "b", Duration::ZERO).await,
                Ok(Claim::First(_))
            ));
        }

        #[tokio::test]
        async fn a_parallel_claim_waits_for_the_first_ones_receipt() {
            let receipts = Arc::new(Receipts::default());
            let Ok(Claim::First(held)) = receipts.claim(None, "a", Duration::ZERO).await else {
                panic!("first");
            };
            let waiting = {
                let receipts = receipts.clone();
                tokio::spawn(async move { receipts.claim(None, "a", Duration::from_secs(5)).await })
            };
            tokio::time::sleep(Duration::from_millis(150)).await;
            receipts.settle(None, held, "answer".into()).await;
            let Ok(Ok(Claim::Done(value))) = waiting.await else {
                panic!("the waiting claim gets the receipt");
            };
            assert_eq!(value, "answer");
        }
    }
}

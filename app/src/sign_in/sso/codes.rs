//! One Rescue authcode per single sign-on person, shared by all of their browsers and by every
//! instance.
//!
//! Rescue keeps one authcode per user: requesting a new one (`requestAuthCodeSSO`) supersedes
//! the previous one however it was requested (rescue-api.md §1.3). If every sign-in asked for
//! its own, a person's second browser would sign the first out. So the code is kept per person
//! (sealed, under a hashed name), reused while Rescue accepts it, and renewed only when Rescue
//! refuses it, under a lock so two browsers noticing at once ask Rescue once.

use std::time::Duration;

use super::keep::Keep;
use crate::fleet::hashed;

/// How long one renewal may hold the person's lock: a Rescue call and a store write.
const RENEWAL_HOLD: Duration = Duration::from_secs(30);

/// Why no code could be had.
#[derive(Debug)]
pub enum NoCode {
    /// Rescue answered but gave none.
    Refused(rescue::RequestAuthCodeSsoOutcome),
    /// Rescue could not be asked.
    Transport(rescue::Error),
    /// The store holding the codes (or the person's lock) could not be reached.
    Store(String),
}

/// The company's single sign-on to Rescue and the codes it gave.
#[derive(Debug, Clone)]
pub struct PersonCodes {
    keep: Keep,
    rescue: rescue::Client,
    password: rescue::SecretString,
    company: u32,
    kept_for: Duration,
}

impl PersonCodes {
    /// Codes asked of `rescue` with the company's SSO `password` and `company` ID, kept in
    /// `keep` for `kept_for` (a sign-in's longest life: Rescue's codes do not expire).
    pub fn new(
        keep: Keep,
        rescue: rescue::Client,
        password: rescue::SecretString,
        company: u32,
        kept_for: Duration,
    ) -> Self {
        PersonCodes {
            keep,
            rescue,
            password,
            company,
            kept_for,
        }
    }

    /// The shared store's name of `kind` (the code, its lock) for `person`, whatever the
    /// case the provider gave the claim in.
    fn name(kind: &str, person: &str) -> String {
        hashed(kind, &[person.trim().to_lowercase().as_bytes()])
    }

    /// The person's current code, if one is kept.
    pub async fn current(&self, person: &str) -> Result<Option<rescue::AuthCode>, String> {
        let kept = self.keep.get(&Self::name("sso-code", person)).await?;
        Ok(kept.and_then(|code| rescue::AuthCode::new(&code)))
    }

    /// A code Rescue has not refused yet: the kept one unless it is `refused` (or missing),
    /// else a new one from Rescue. Only one request per person runs this at a time; one that
    /// waited finds the code the other got and does not ask again.
    pub async fn obtain(
        &self,
        person: &str,
        refused: Option<&rescue::AuthCode>,
    ) -> Result<rescue::AuthCode, NoCode> {
        let lock = Self::name("sso-code-lock", person);
        let work = async {
            let kept = self.current(person).await.map_err(NoCode::Store)?;
            if let Some(code) = kept.filter(|c| refused.is_none_or(|r| r.expose() != c.expose())) {
                return Ok(code);
            }
            let answer = self
                .rescue
                .request_auth_code_sso(person, &self.password, self.company)
                .await
                .map_err(NoCode::Transport)?;
            let rescue::RequestAuthCodeSsoOutcome::Ok(code) = answer else {
                return Err(NoCode::Refused(answer));
            };
            self.keep
                .put(
                    &Self::name("sso-code", person),
                    code.expose(),
                    self.kept_for,
                )
                .await
                .map_err(NoCode::Store)?;
            Ok(code)
        };
        self.keep
            .exclusively(&lock, RENEWAL_HOLD, work)
            .await
            .map_err(NoCode::Store)?
    }
}

//! Why a single sign-on did not sign the admin in: the sign-in feature decides, the words say
//! it (`crate::words::sso_refusal`), so the type lives here where both may use it.

/// Why a single sign-on did not sign the admin in. Nothing is sent to Rescue for any of
/// these but the last three, which are Rescue's own answers.
#[derive(Debug)]
pub enum Refusal {
    /// The provider sent the browser back with `error=` (the code, checked to be a word).
    Provider(String),
    /// No `state`, an unknown or expired one, one already used, or another browser's.
    State,
    /// The provider did not accept the code (used twice, expired, another client's).
    CodeRefused,
    /// The provider answered without an ID token.
    NoIdToken,
    /// The token names another issuer.
    WrongIssuer,
    /// The token is for another client.
    WrongAudience,
    /// The token has expired.
    Expired,
    /// The token's signature (or its access-token hash) does not check out.
    BadSignature,
    /// The token carries another sign-in's nonce.
    WrongNonce,
    /// The provider has not verified the e-mail.
    UnverifiedEmail,
    /// The token lacks the SSO ID claim, or it is not a usable value.
    MissingClaim,
    /// `ALLOWED_ADMINS` does not list the person.
    NotAllowed,
    /// The provider could not be reached or read.
    ProviderUnreachable,
    /// The shared store could not be reached.
    Store,
    /// Rescue refused the single sign-on.
    Rescue(rescue::RequestAuthCodeSsoOutcome),
    /// Rescue could not be asked.
    Transport(rescue::Error),
}

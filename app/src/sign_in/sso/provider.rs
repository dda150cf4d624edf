//! The OpenID Provider as the dashboard uses it: its discovery document and keys (cached,
//! fetched again when a token names a key the cache does not hold), the authorization URL of
//! a code flow with PKCE, state and nonce, and the checks of what comes back.

use std::sync::Arc;
use std::time::{Duration, Instant};

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreGenderClaim};
use openidconnect::{
    AccessTokenHash, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken,
    IdTokenClaims, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier,
    ProviderMetadataWithLogout, RedirectUrl, Scope, SignatureVerificationError, TokenResponse,
};

use super::{Refusal, SsoSettings};

/// The discovery document is read again after this long even if every key still matches:
/// a provider may move endpoints or retire keys.
const DISCOVERY_KEPT: Duration = Duration::from_secs(3600);
/// A key the cache lacks makes one fresh discovery at most this often, so tokens naming
/// made-up keys cannot make the dashboard hammer the provider.
const REFRESH_AT_MOST_EVERY: Duration = Duration::from_secs(2);

/// What a sign-in URL needs kept until the provider sends the browser back.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Started {
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// The PKCE verifier of the challenge sent.
    pub verifier: String,
}

/// Who the provider says signed in, verified.
#[derive(Debug, Clone)]
pub struct Person {
    /// The claim that is the person's Rescue SSO ID (`OIDC_SSOID_CLAIM`), as the provider gave
    /// it.
    pub ssoid: String,
    /// The raw ID token, for the provider's sign-out (`id_token_hint`).
    pub id_token: String,
}

/// The provider, discovered once and kept.
#[derive(Debug)]
pub struct Provider {
    settings: Arc<SsoSettings>,
    http: reqwest::Client,
    discovered: tokio::sync::RwLock<Option<(Instant, Arc<ProviderMetadataWithLogout>)>>,
}

impl Provider {
    /// A provider reached with `settings`; nothing is fetched until the first sign-in.
    pub fn new(settings: Arc<SsoSettings>) -> Result<Self, String> {
        let http = reqwest::Client::builder()
            // Following redirects from the provider's endpoints would let a compromised or
            // misconfigured document steer the server's requests elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(settings.timeout)
            .build()
            .map_err(|e| format!("the identity provider's HTTP client: {e}"))?;
        Ok(Provider {
            settings,
            http,
            discovered: tokio::sync::RwLock::new(None),
        })
    }

    /// The provider's document: the cached one, or fetched when missing, old, or (`fresh`)
    /// when a token named a key it lacks.
    async fn metadata(&self, fresh: bool) -> Result<Arc<ProviderMetadataWithLogout>, Refusal> {
        if let Some((at, meta)) = self.discovered.read().await.as_ref() {
            let stale = at.elapsed() >= DISCOVERY_KEPT;
            let may_refresh = at.elapsed() >= REFRESH_AT_MOST_EVERY;
            if !(stale || (fresh && may_refresh)) {
                return Ok(meta.clone());
            }
        }
        let issuer = IssuerUrl::new(self.settings.issuer.clone()).map_err(|err| {
            tracing::error!("OIDC_ISSUER_URL is not a URL: {err}");
            Refusal::ProviderUnreachable
        })?;
        let meta = ProviderMetadataWithLogout::discover_async(issuer, &self.http)
            .await
            .map_err(|err| {
                tracing::warn!("identity provider discovery failed: {err}");
                Refusal::ProviderUnreachable
            })?;
        let meta = Arc::new(meta);
        *self.discovered.write().await = Some((Instant::now(), meta.clone()));
        Ok(meta)
    }

    fn client(&self, meta: &ProviderMetadataWithLogout) -> Result<Client, Refusal> {
        let redirect = RedirectUrl::new(self.settings.redirect_uri()).map_err(|err| {
            tracing::error!("PUBLIC_URL gives no usable redirect URI: {err}");
            Refusal::ProviderUnreachable
        })?;
        Ok(CoreClient::from_provider_metadata(
            meta.clone(),
            ClientId::new(self.settings.client_id.clone()),
            Some(ClientSecret::new(self.settings.client_secret_text())),
        )
        .set_redirect_uri(redirect))
    }

    /// The provider's sign-in URL for a new attempt, its `state`, and what to keep for the
    /// return (nonce, PKCE verifier).
    pub async fn start(&self) -> Result<(url::Url, String, Started), Refusal> {
        let meta = self.metadata(false).await?;
        let client = self.client(&meta)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge);
        for scope in self.settings.scopes() {
            request = request.add_scope(Scope::new(scope.to_owned()));
        }
        let (url, state, nonce) = request.url();
        let started = Started {
            nonce: nonce.secret().clone(),
            verifier: verifier.secret().clone(),
        };
        Ok((url, state.secret().clone(), started))
    }

    /// Exchanges the code the provider returned (client_secret_basic, with the PKCE verifier)
    /// and checks the ID token: signature, issuer, audience, expiry, nonce, the access token's
    /// hash, and the SSO ID claim (with a verified e-mail when that claim is `email`).
    pub async fn finish(&self, code: &str, started: Started) -> Result<Person, Refusal> {
        let meta = self.metadata(false).await?;
        let client = self.client(&meta)?;
        let request = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|err| {
                tracing::error!("the identity provider names no token endpoint: {err}");
                Refusal::ProviderUnreachable
            })?
            .set_pkce_verifier(PkceCodeVerifier::new(started.verifier));
        let answer = request.request_async(&self.http).await.map_err(|err| {
            use openidconnect::RequestTokenError as E;
            match err {
                E::ServerResponse(answer) => {
                    // Only the error code: its description is the provider's text and might
                    // repeat what was sent.
                    tracing::warn!(error = %answer.error(), "the identity provider refused the code");
                    Refusal::CodeRefused
                }
                other => {
                    tracing::warn!(
                        "the identity provider's token endpoint failed: {}",
                        token_error_kind(&other)
                    );
                    Refusal::ProviderUnreachable
                }
            }
        })?;
        let id_token = answer.id_token().ok_or(Refusal::NoIdToken)?;
        let nonce = Nonce::new(started.nonce);
        let first = id_token
            .claims(&client.id_token_verifier(), &nonce)
            .cloned();
        let (client, verified) = match first {
            Err(ClaimsVerificationError::SignatureVerification(
                SignatureVerificationError::NoMatchingKey,
            )) => {
                // The provider may have rotated its keys since they were fetched.
                let client = self.client(&*self.metadata(true).await?)?;
                let claims = id_token
                    .claims(&client.id_token_verifier(), &nonce)
                    .map_err(refusal)?
                    .clone();
                (client, claims)
            }
            Err(err) => return Err(refusal(err)),
            Ok(claims) => (client, claims),
        };
        check_access_token(
            &verified,
            id_token,
            &client.id_token_verifier(),
            answer.access_token(),
        )?;
        let raw = id_token.to_string();
        let ssoid = self
            .ssoid(&client, &verified, &raw, answer.access_token())
            .await?;
        Ok(Person {
            ssoid,
            id_token: raw,
        })
    }

    /// The claim `OIDC_SSOID_CLAIM` names: `email` only when the provider verified it. A
    /// standard claim the ID token lacks is asked of the userinfo endpoint (many providers put
    /// only `sub` in the ID token of a code flow), which must name the same subject.
    async fn ssoid(
        &self,
        client: &Client,
        claims: &IdTokenClaims<openidconnect::EmptyAdditionalClaims, CoreGenderClaim>,
        raw: &str,
        access_token: &openidconnect::AccessToken,
    ) -> Result<String, Refusal> {
        let name = self.settings.ssoid_claim.as_str();
        let from_token = Said {
            email: claims.email().map(|e| e.as_str().to_owned()),
            email_verified: claims.email_verified(),
            preferred_username: claims.preferred_username().map(|u| u.as_str().to_owned()),
            sub: claims.subject().as_str().to_owned(),
        };
        let value = match from_token.claim(name) {
            Err(Refusal::MissingClaim) if Said::STANDARD.contains(&name) => {
                let asked = client
                    .user_info(access_token.clone(), Some(claims.subject().clone()))
                    .map_err(|_| Refusal::MissingClaim)?;
                let info: openidconnect::core::CoreUserInfoClaims =
                    asked.request_async(&self.http).await.map_err(|err| {
                        tracing::warn!("the identity provider's userinfo failed: {err}");
                        Refusal::ProviderUnreachable
                    })?;
                let standard = info.standard_claims();
                let from_info = Said {
                    email: standard.email().map(|e| e.as_str().to_owned()),
                    email_verified: standard.email_verified(),
                    preferred_username: standard
                        .preferred_username()
                        .map(|u| u.as_str().to_owned()),
                    sub: standard.subject().as_str().to_owned(),
                };
                from_info.claim(name)?
            }
            Err(Refusal::MissingClaim) => {
                // Any other claim is read from the token's payload, whose signature was checked.
                payload_claim(raw, name).ok_or(Refusal::MissingClaim)?
            }
            other => other?,
        };
        let value = value.trim().to_owned();
        if value.is_empty() || value.chars().count() > 254 || value.chars().any(char::is_control) {
            return Err(Refusal::MissingClaim);
        }
        Ok(value)
    }

    /// Where to send the browser to sign out at the provider too, when it offers that
    /// (RP-initiated logout): with the ID token as hint, back to `PUBLIC_URL/login`.
    pub async fn logout_url(&self, id_token: &str) -> Option<url::Url> {
        let meta = self.metadata(false).await.ok()?;
        let end = meta.additional_metadata().end_session_endpoint.as_ref()?;
        let mut url = end.url().clone();
        url.query_pairs_mut()
            .append_pair("id_token_hint", id_token)
            .append_pair("client_id", &self.settings.client_id)
            .append_pair("post_logout_redirect_uri", &self.settings.after_logout());
        Some(url)
    }
}

/// The client type of a discovered provider.
type Client = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// The standard claims the SSO ID may be, from the ID token or the userinfo endpoint.
struct Said {
    email: Option<String>,
    email_verified: Option<bool>,
    preferred_username: Option<String>,
    sub: String,
}

impl Said {
    const STANDARD: [&'static str; 3] = ["email", "preferred_username", "sub"];

    /// Claim `name` if this holds it; `MissingClaim` otherwise (another claim, or absent).
    fn claim(&self, name: &str) -> Result<String, Refusal> {
        match name {
            "email" => {
                let email = self.email.clone().ok_or(Refusal::MissingClaim)?;
                if self.email_verified != Some(true) {
                    return Err(Refusal::UnverifiedEmail);
                }
                Ok(email)
            }
            "preferred_username" => self.preferred_username.clone().ok_or(Refusal::MissingClaim),
            "sub" => Ok(self.sub.clone()),
            _ => Err(Refusal::MissingClaim),
        }
    }
}

/// Checks `at_hash` when the ID token carries one: the access token was not swapped.
fn check_access_token(
    claims: &IdTokenClaims<openidconnect::EmptyAdditionalClaims, CoreGenderClaim>,
    id_token: &openidconnect::core::CoreIdToken,
    verifier: &openidconnect::core::CoreIdTokenVerifier<'_>,
    access_token: &openidconnect::AccessToken,
) -> Result<(), Refusal> {
    let Some(expected) = claims.access_token_hash() else {
        return Ok(());
    };
    let alg = id_token.signing_alg().map_err(|_| Refusal::BadSignature)?;
    let key = id_token
        .signing_key(verifier)
        .map_err(|_| Refusal::BadSignature)?;
    let actual =
        AccessTokenHash::from_token(access_token, alg, key).map_err(|_| Refusal::BadSignature)?;
    if actual == *expected {
        Ok(())
    } else {
        Err(Refusal::BadSignature)
    }
}

/// The refusal for a token that failed a check.
fn refusal(err: ClaimsVerificationError) -> Refusal {
    tracing::warn!("an ID token was refused: {err}");
    match err {
        ClaimsVerificationError::Expired(_) => Refusal::Expired,
        ClaimsVerificationError::InvalidAudience(_) => Refusal::WrongAudience,
        ClaimsVerificationError::InvalidIssuer(_) => Refusal::WrongIssuer,
        ClaimsVerificationError::InvalidNonce(_) => Refusal::WrongNonce,
        _ => Refusal::BadSignature,
    }
}

/// The kind of a failed token request, without the provider's text.
fn token_error_kind<E: std::error::Error, R: openidconnect::ErrorResponse>(
    err: &openidconnect::RequestTokenError<E, R>,
) -> &'static str {
    use openidconnect::RequestTokenError as E;
    match err {
        E::ServerResponse(_) => "refused",
        E::Request(_) => "not reached",
        E::Parse(_, _) => "unreadable answer",
        E::Other(_) => "other",
    }
}

/// A string claim from a JWT's payload (already verified by the caller).
fn payload_claim(raw: &str, name: &str) -> Option<String> {
    use base64::Engine;
    let payload = raw.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    claims.get(name)?.as_str().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_claim_is_read_from_the_payload() {
        use base64::Engine;
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"upn":"ann@example.com","n":1}"#);
        let raw = format!("e30.{payload}.sig");
        assert_eq!(
            super::payload_claim(&raw, "upn").as_deref(),
            Some("ann@example.com")
        );
        assert_eq!(super::payload_claim(&raw, "n"), None);
        assert_eq!(super::payload_claim("junk", "upn"), None);
    }
}

//! An OpenID Provider the router tests can make misbehave: discovery, keys, a token endpoint
//! that checks client_secret_basic, PKCE and one use per code, and ID tokens signed with a key
//! of its own (made by `openssl` once per test run), each bent as a test asks (another issuer,
//! audience, nonce or key, expired, an unverified e-mail). The browser tests use a real,
//! certified provider (`oidc-provider`, end2end/idp/); this one exists for what a real one
//! never sends.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rescue_sim::seed;

use super::{Browser, Builder, Harness, Reply};

use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use openidconnect::core::{
    CoreGenderClaim, CoreIdToken, CoreIdTokenClaims, CoreJwsSigningAlgorithm,
    CoreRsaPrivateSigningKey,
};
use openidconnect::{
    AccessToken, Audience, EmptyAdditionalClaims, EndUserEmail, IssuerUrl, JsonWebKeyId, Nonce,
    PrivateSigningKey, StandardClaims, SubjectIdentifier,
};

/// This provider's client for the dashboard.
pub const CLIENT_ID: &str = "rescue-console";
pub const CLIENT_SECRET: &str = "fixture-client-secret";

/// How the next ID token differs from a good one.
#[derive(Debug, Clone, Default)]
pub enum Bend {
    #[default]
    None,
    Issuer,
    Audience,
    Expired,
    /// Signed with a key the provider does not publish.
    Key,
    Nonce,
    Unverified,
    /// No e-mail at all.
    NoEmail,
}

struct Issued {
    nonce: String,
    challenge: String,
    email: String,
    bend: Bend,
}

/// The provider, listening on a loopback port.
pub struct Idp {
    pub url: String,
    state: Arc<Shared>,
    _server: tokio::task::JoinHandle<()>,
}

struct Shared {
    issuer: String,
    codes: Mutex<HashMap<String, Issued>>,
    /// Codes the token endpoint was asked for.
    pub exchanges: Mutex<usize>,
    /// Every token it gave (ID and access tokens), for checks that none leaks.
    pub given: Mutex<Vec<String>>,
    /// The key it signs with now (0, or 1 once rotated); it publishes the keys up to it.
    key: Mutex<usize>,
}

fn pem(which: usize) -> &'static str {
    static KEYS: OnceLock<[String; 3]> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let make = || {
            let out = std::process::Command::new("openssl")
                .args(["genrsa", "-traditional", "2048"])
                .output()
                .expect("openssl makes a test key");
            assert!(out.status.success(), "openssl genrsa");
            String::from_utf8(out.stdout).expect("PEM")
        };
        [make(), make(), make()]
    });
    &keys[which]
}

fn key(which: usize) -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(pem(which), Some(JsonWebKeyId::new(format!("k{which}"))))
        .expect("the test key reads")
}

impl Idp {
    pub async fn start() -> Idp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Shared {
            issuer: url.clone(),
            codes: Mutex::default(),
            exchanges: Mutex::new(0),
            given: Mutex::default(),
            key: Mutex::new(0),
        });
        let app = axum::Router::new()
            .route(
                "/.well-known/openid-configuration",
                axum::routing::get(discovery),
            )
            .route("/jwks", axum::routing::get(jwks))
            .route("/token", axum::routing::post(token))
            .with_state(state.clone());
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Idp {
            url,
            state,
            _server: server,
        }
    }

    /// A code for `email`'s sign-in whose authorization request carried `nonce` and PKCE
    /// `challenge`, its ID token bent by `bend`.
    pub fn issue(&self, nonce: &str, challenge: &str, email: &str, bend: Bend) -> String {
        let code = format!("code-{}", rand::random::<u64>());
        self.state.given.lock().unwrap().push(code.clone());
        self.state.codes.lock().unwrap().insert(
            code.clone(),
            Issued {
                nonce: nonce.to_owned(),
                challenge: challenge.to_owned(),
                email: email.to_owned(),
                bend,
            },
        );
        code
    }

    /// Signs with a new key from now on, publishing both.
    pub fn rotate(&self) {
        *self.state.key.lock().unwrap() = 1;
    }

    /// Every code, ID token and access token this provider gave.
    pub fn secrets(&self) -> Vec<String> {
        self.state.given.lock().unwrap().clone()
    }

    /// How many codes the dashboard exchanged.
    pub fn exchanges(&self) -> usize {
        *self.state.exchanges.lock().unwrap()
    }
}

async fn discovery(State(state): State<Arc<Shared>>) -> Json<serde_json::Value> {
    let issuer = &state.issuer;
    Json(serde_json::json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/auth"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "end_session_endpoint": format!("{issuer}/logout"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": ["S256"],
    }))
}

async fn jwks(State(state): State<Arc<Shared>>) -> Json<serde_json::Value> {
    let newest = *state.key.lock().unwrap();
    let keys: Vec<_> = (0..=newest).map(|k| key(k).as_verification_key()).collect();
    Json(serde_json::json!({ "keys": keys }))
}

async fn token(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    use base64::Engine;
    *state.exchanges.lock().unwrap() += 1;
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"));
    let authorized = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == format!("Basic {basic}"));
    if !authorized {
        return refuse("invalid_client");
    }
    let code = form.get("code").cloned().unwrap_or_default();
    // Used once: a second exchange of the same code is refused, as RFC 6749 §4.1.2 requires.
    let Some(issued) = state.codes.lock().unwrap().remove(&code) else {
        return refuse("invalid_grant");
    };
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    let challenge = {
        use sha2::Digest;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(sha2::Sha256::digest(verifier.as_bytes()))
    };
    if challenge != issued.challenge {
        return refuse("invalid_grant");
    }
    let access = AccessToken::new(format!("at-{}", rand::random::<u64>()));
    let now = chrono::Utc::now();
    let issuer = match issued.bend {
        Bend::Issuer => "http://127.0.0.1:1/elsewhere".to_owned(),
        _ => state.issuer.clone(),
    };
    let audience = match issued.bend {
        Bend::Audience => "another-app",
        _ => CLIENT_ID,
    };
    let (issued_at, expires) = match issued.bend {
        Bend::Expired => (
            now - chrono::Duration::hours(2),
            now - chrono::Duration::hours(1),
        ),
        _ => (now, now + chrono::Duration::minutes(5)),
    };
    let mut standard: StandardClaims<CoreGenderClaim> =
        StandardClaims::new(SubjectIdentifier::new(format!("sub-{}", issued.email)));
    if !matches!(issued.bend, Bend::NoEmail) {
        standard = standard
            .set_email(Some(EndUserEmail::new(issued.email.clone())))
            .set_email_verified(Some(!matches!(issued.bend, Bend::Unverified)));
    }
    let nonce = match issued.bend {
        Bend::Nonce => "another-sign-ins-nonce".to_owned(),
        _ => issued.nonce.clone(),
    };
    let claims: CoreIdTokenClaims = openidconnect::IdTokenClaims::new(
        IssuerUrl::new(issuer).unwrap(),
        vec![Audience::new(audience.to_owned())],
        expires,
        issued_at,
        standard,
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new(nonce)));
    let current = *state.key.lock().unwrap();
    // A rogue key is one the provider does not publish (yet): the next one.
    let signer = key(if matches!(issued.bend, Bend::Key) {
        current + 1
    } else {
        current
    });
    let id_token = CoreIdToken::new(
        claims,
        &signer,
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        Some(&access),
        None,
    )
    .unwrap();
    state
        .given
        .lock()
        .unwrap()
        .extend([id_token.to_string(), access.secret().clone()]);
    Json(serde_json::json!({
        "access_token": access.secret(),
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": id_token.to_string(),
    }))
    .into_response()
}

fn refuse(error: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(serde_json::json!({ "error": error })),
    )
        .into_response()
}

// The dashboard's side of a sign-in through this provider.

pub const PUBLIC_URL: &str = "http://127.0.0.1:3000";

pub fn with_sso(builder: Builder, idp: &Idp) -> Builder {
    builder
        .setting("--oidc-issuer-url", &idp.url)
        .setting("--oidc-client-id", CLIENT_ID)
        .setting("--oidc-client-secret", CLIENT_SECRET)
        .setting("--oidc-name", "Contoso")
        .setting("--public-url", PUBLIC_URL)
        .setting("--rescue-sso-password", seed::DEMO_SSO_PASSWORD)
        .setting("--rescue-company-id", &seed::DEMO_COMPANY_ID.to_string())
}

pub async fn sso_harness(idp: &Idp) -> Harness {
    with_sso(Harness::builder(), idp).build().await
}

/// What the button's redirect asked of the provider.
pub struct Asked {
    pub state: String,
    pub nonce: String,
    pub challenge: String,
}

/// Presses the button (wanting `next`) and reads what the dashboard asked the provider.
pub async fn press(h: &Harness, browser: &mut Browser, idp: &Idp, next: &str) -> Asked {
    let reply = browser
        .get(h, &format!("/login/oidc?next={}", urlencode(next)))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let location = reply.location.expect("off to the provider");
    assert!(
        location.starts_with(&format!("{}/auth?", idp.url)),
        "{location}"
    );
    let url = url::Url::parse(&location).unwrap();
    let query: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(query["client_id"], CLIENT_ID);
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["code_challenge_method"], "S256");
    assert_eq!(
        query["redirect_uri"],
        format!("{PUBLIC_URL}/login/oidc/callback")
    );
    assert!(query["scope"].split(' ').any(|s| s == "openid"));
    Asked {
        state: query["state"].clone(),
        nonce: query["nonce"].clone(),
        challenge: query["code_challenge"].clone(),
    }
}

pub fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The provider's way back with a code for `email`, its token bent by `bend`.
pub async fn come_back(
    h: &Harness,
    browser: &mut Browser,
    idp: &Idp,
    asked: &Asked,
    email: &str,
    bend: Bend,
) -> Reply {
    let code = idp.issue(&asked.nonce, &asked.challenge, email, bend);
    browser
        .get(
            h,
            &format!(
                "/login/oidc/callback?code={code}&state={}",
                urlencode(&asked.state)
            ),
        )
        .await
}

/// A whole sign-in of `email` through the provider.
pub async fn sign_in(h: &Harness, browser: &mut Browser, idp: &Idp, email: &str) -> Reply {
    let asked = press(h, browser, idp, "/sessions").await;
    come_back(h, browser, idp, &asked, email, Bend::None).await
}

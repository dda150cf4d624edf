//! No password, Rescue cookie or authcode ever reaches a browser or a log line: a whole working
//! day (sign in both ways, list, confirm, cancel, failures, sign out) with every log of every
//! crate captured at TRACE level, then searched for each secret.

use crate::common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::*;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::{self, ids};

/// Everything logged, by every thread.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// The receiver's token, and words only a customer's chat holds.
const POST_TOKEN: &str = "pt-secrets-0123456789abcdef0123456789";
const CHAT: &str = "my-bank-pin-is-4321";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_never_reach_browsers_or_logs() {
    let logs = Captured::default();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(logs.clone())
        .with_ansi(false)
        .init();

    // Anyone Rescue accepts, so the token sign-in is offered and its secret checked too; and
    // single sign-on through a provider, whose secrets are checked as well.
    let idp = common::idp::Idp::start().await;
    let h = common::idp::with_sso(Harness::builder(), &idp)
        .store(server::sessions::store::StoreKind::Sqlite)
        .allowing("*")
        .setting("--post-to-url-token", POST_TOKEN)
        .build()
        .await;
    h.keep_responses
        .store(true, std::sync::atomic::Ordering::Relaxed);
    let mut admin = Browser::new(false);
    admin.sign_in(&h, seed::DEMO_ADMIN).await;
    let list = format!("/sessions?node={}&noderef=NODE", ids::ROOT);
    admin.get(&h, &list).await;
    let session = h.sim.with_account(|a| {
        a.sessions()
            .find(|s| s.pending.as_ref().is_some_and(|p| p.admin == ids::ADMIN))
            .map(|s| s.id)
            .unwrap()
    });
    let page = format!(
        "/sessions/cancel?session={session}&node={}&noderef=NODE",
        ids::ROOT
    );
    let html = admin.get(&h, &page).await.body;
    let form = common::form_of(&html, "act_on_session");
    common::cancel::press(&mut admin, &h, &form).await;
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Status { status: 500 },
        times: Some(1),
    });
    // A second confirmation of the same row (the first one's was used).
    let html = admin.get(&h, &page).await.body;
    let form = common::form_of(&html, "act_on_session");
    common::cancel::press(&mut admin, &h, &form).await;
    // A wrong password, an unknown token, then a real token sign-in.
    let mut guesser = Browser::new(true);
    guesser
        .submit(
            &h,
            "/login",
            "sign_in",
            &[("email", seed::DEMO_ADMIN), ("password", "hunter2-wrong")],
        )
        .await;
    guesser
        .submit(
            &h,
            "/login",
            "sign_in_with_token",
            &[("authcode", "not-a-real-token-value")],
        )
        .await;
    let client = rescue::Client::new(&h.api_url, std::time::Duration::from_secs(2)).unwrap();
    let rescue::RequestAuthCodeOutcome::Ok(code) = client
        .request_auth_code(
            seed::DEMO_MASTER,
            &rescue::SecretString::from(seed::DEMO_PASSWORD.to_owned()),
        )
        .await
        .unwrap()
    else {
        panic!("authcode");
    };
    let mut token_user = Browser::new(false);
    token_user
        .submit(
            &h,
            "/login",
            "sign_in_with_token",
            &[("authcode", code.expose())],
        )
        .await;
    token_user.get(&h, &list).await;
    admin.submit(&h, &list, "sign_out", &[]).await;
    let mut sso_user = Browser::new(false);
    common::idp::sign_in(&h, &mut sso_user, &idp, seed::DEMO_ADMIN_2).await;
    sso_user.get(&h, &list).await;
    sso_user.submit(&h, &list, "sign_out", &[]).await;
    // Rescue's Post to URL: the address's token, and the customer's words in the chat.
    let request = axum::http::Request::post(format!("/rescue/post-to-url/{POST_TOKEN}"))
        .header("content-type", "application/x-www-form-urlencoded");
    let body = format!("SessionID=90001&ChatLog={CHAT}&CField0=Ann");
    let reply = Browser::new(false)
        .send(&h, request, axum::body::Body::from(body))
        .await;
    assert_eq!(reply.status, axum::http::StatusCode::OK);

    // The secrets of this day, as Rescue saw them.
    let mut secrets: Vec<String> = vec![
        seed::DEMO_PASSWORD.into(),
        "hunter2-wrong".into(),
        "not-a-real-token-value".into(),
        code.expose().to_owned(),
        common::idp::CLIENT_SECRET.into(),
        seed::DEMO_SSO_PASSWORD.into(),
    ];
    // The provider's code, ID token and access token.
    secrets.extend(idp.secrets());
    for request in h.sim.requests() {
        secrets.extend(request.cookie);
        secrets.extend(request.authcode);
    }
    secrets.sort();
    secrets.dedup();
    // Two passwords, two tokens, the admin's Rescue login cookie, the client secret, the SSO
    // password, the provider's three and the SSO authcode, at least.
    assert!(secrets.len() >= 11, "{secrets:?}");

    secrets.push(POST_TOKEN.into());
    let logged = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    // Personal data from Rescue's posts is stored (that is the receiver's job), never logged.
    assert!(!logged.contains(CHAT), "a customer's chat in the logs");
    assert!(logged.len() > 1000, "logs were captured: {logged}");
    let responses = h.responses.lock().unwrap().join("\n");
    for secret in &secrets {
        assert!(
            !logged.contains(secret.as_str()),
            "a secret in the logs: {secret} in\n{}",
            logged
                .lines()
                .filter(|l| l.contains(secret.as_str()))
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(
            !responses.contains(secret.as_str()),
            "a secret in a response"
        );
    }
    // And what the dashboard stored is sealed: the database file holds no secret in the clear.
    let mut database = Vec::new();
    for entry in std::fs::read_dir(h.dir.path()).unwrap() {
        database.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let database = String::from_utf8_lossy(&database);
    for secret in &secrets {
        assert!(!database.contains(secret.as_str()));
    }
}

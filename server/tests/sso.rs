//! Single sign-on through the router: the provider's button, its way back, each refusal with
//! its sentence and nothing sent to Rescue, one Rescue code per person shared by their
//! browsers and instances, and signing out at the provider too.

use crate::common;

use axum::http::StatusCode;
use common::idp::{
    come_back, press, sign_in, sso_harness, urlencode, with_sso, Bend, Idp, PUBLIC_URL,
};
use common::*;
use rescue_sim::seed;

/// The sign-in page's message after a refusal (it travels in a cookie).
async fn message(h: &Harness, browser: &mut Browser) -> String {
    browser.get(h, "/login").await.body
}

fn rescue_calls(h: &Harness, method: &str) -> usize {
    h.sim
        .requests()
        .iter()
        .filter(|r| r.method.eq_ignore_ascii_case(method))
        .count()
}

#[tokio::test]
async fn an_admin_signs_in_through_the_provider_and_rescue_single_sign_on() {
    let idp = Idp::start().await;
    let h = sso_harness(&idp).await;
    let mut browser = Browser::new(false);
    // The button's form is redirected to the provider: the CSP lets forms go there, and
    // nowhere else.
    let request =
        axum::http::Request::get("/login").header(axum::http::header::ACCEPT, "text/html");
    let response = tower::ServiceExt::oneshot(
        h.router.clone(),
        request.body(axum::body::Body::empty()).unwrap(),
    )
    .await
    .unwrap();
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        policy.contains(&format!("form-action 'self' {};", idp.url)),
        "{policy}"
    );
    let page = browser.get(&h, "/login?next=%2Fhistory").await.body;
    assert!(page.contains("Sign in with Contoso"), "{page}");
    assert!(page.contains("action=\"/login/oidc\""), "{page}");

    let asked = press(&h, &mut browser, &idp, "/history").await;
    let back = come_back(&h, &mut browser, &idp, &asked, seed::DEMO_ADMIN, Bend::None).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    assert_eq!(
        back.location.as_deref(),
        Some("/history"),
        "the page wanted"
    );
    assert!(browser.cookie.is_some(), "signed in");
    assert_eq!(rescue_calls(&h, "requestAuthCodeSSO"), 1);
    let sso_call = h
        .sim
        .requests()
        .into_iter()
        .find(|r| r.method.eq_ignore_ascii_case("requestAuthCodeSSO"))
        .unwrap();
    assert_eq!(sso_call.param("ssoid"), Some(seed::DEMO_ADMIN));
    assert_eq!(
        sso_call.param("company"),
        Some(seed::DEMO_COMPANY_ID.to_string().as_str())
    );

    let sessions = browser.get(&h, "/sessions").await;
    assert_eq!(sessions.status, StatusCode::OK);
    assert!(
        sessions.body.contains(seed::DEMO_ADMIN),
        "the top bar names the person"
    );

    // Signing out ends the dashboard session and sends the browser to the provider's own
    // sign-out, with the ID token as hint, back to PUBLIC_URL/login.
    let signed_out = browser.submit(&h, "/sessions", "sign_out", &[]).await;
    let to = signed_out.location.expect("a redirect");
    assert!(to.starts_with(&format!("{}/logout?", idp.url)), "{to}");
    let to = url::Url::parse(&to).unwrap();
    let query: std::collections::HashMap<String, String> = to.query_pairs().into_owned().collect();
    assert!(query["id_token_hint"].split('.').count() == 3);
    assert_eq!(
        query["post_logout_redirect_uri"],
        format!("{PUBLIC_URL}/login")
    );
    assert!(browser.cookie.is_none());
    let after = browser.get(&h, "/sessions").await;
    assert!(
        after
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/login")),
        "signed out: {:?}",
        after.location
    );
}

#[tokio::test]
async fn each_refusal_has_its_sentence_and_sends_nothing_to_rescue() {
    let idp = Idp::start().await;
    let h = with_sso(Harness::builder(), &idp)
        .allowing(seed::DEMO_ADMIN)
        .build()
        .await;
    let cases = [
        (Bend::Issuer, seed::DEMO_ADMIN, "wrong issuer"),
        (Bend::Audience, seed::DEMO_ADMIN, "wrong audience"),
        (Bend::Expired, seed::DEMO_ADMIN, "had already expired"),
        (Bend::Key, seed::DEMO_ADMIN, "not signed by it"),
        (Bend::Nonce, seed::DEMO_ADMIN, "belongs to another sign-in"),
        (
            Bend::Unverified,
            seed::DEMO_ADMIN,
            "has not verified the e-mail",
        ),
        (
            Bend::NoEmail,
            seed::DEMO_ADMIN,
            "did not say which Rescue single sign-on ID",
        ),
        (
            Bend::None,
            seed::DEMO_ADMIN_2,
            "not one of the admins allowed",
        ),
    ];
    for (bend, email, sentence) in cases {
        let mut browser = Browser::new(false);
        let asked = press(&h, &mut browser, &idp, "/sessions").await;
        let back = come_back(&h, &mut browser, &idp, &asked, email, bend.clone()).await;
        assert_eq!(back.location.as_deref(), Some("/login"), "{bend:?}");
        assert!(browser.cookie.is_none(), "{bend:?}: nothing kept");
        let page = message(&h, &mut browser).await;
        assert!(page.contains(sentence), "{bend:?}: {page}");
    }
    assert!(h.sim.requests().is_empty(), "{:?}", h.sim.requests());
}

#[tokio::test]
async fn a_state_is_checked_used_once_and_bound_to_its_browser() {
    let idp = Idp::start().await;
    let h = sso_harness(&idp).await;
    let expired = "has expired, was already used, or was started in another browser";

    // No state, an unknown one.
    for query in ["code=abc", "code=abc&state=made-up", "state=&code="] {
        let mut browser = Browser::new(false);
        let back = browser
            .get(&h, &format!("/login/oidc/callback?{query}"))
            .await;
        assert_eq!(back.status, StatusCode::SEE_OTHER, "{query}");
        assert!(message(&h, &mut browser).await.contains(expired), "{query}");
    }

    // The provider's error: its code, never its free text.
    let mut browser = Browser::new(false);
    let asked = press(&h, &mut browser, &idp, "/sessions").await;
    let back = browser
        .get(
            &h,
            &format!(
                "/login/oidc/callback?error=access_denied&error_description=%3Cb%3Ehi&state={}",
                urlencode(&asked.state)
            ),
        )
        .await;
    assert_eq!(back.location.as_deref(), Some("/login"));
    let page = message(&h, &mut browser).await;
    assert!(page.contains("Contoso did not sign you in"), "{page}");
    assert!(!page.contains("&lt;b&gt;hi") && !page.contains("<b>hi"));
    // That state is spent: the code that might follow is refused.
    let late = come_back(&h, &mut browser, &idp, &asked, seed::DEMO_ADMIN, Bend::None).await;
    assert_eq!(late.location.as_deref(), Some("/login"));
    assert!(browser.cookie.is_none());

    // Another browser cannot finish this browser's sign-in (a planted callback address).
    let mut mine = Browser::new(false);
    let asked = press(&h, &mut mine, &idp, "/sessions").await;
    let mut planted = Browser::new(false);
    come_back(&h, &mut planted, &idp, &asked, seed::DEMO_ADMIN, Bend::None).await;
    assert!(planted.cookie.is_none());
    assert!(message(&h, &mut planted).await.contains(expired));

    // A callback address used twice (the browser's back button, a replay) signs in once.
    let mut browser = Browser::new(false);
    let asked = press(&h, &mut browser, &idp, "/sessions").await;
    let code = idp.issue(&asked.nonce, &asked.challenge, seed::DEMO_ADMIN, Bend::None);
    let address = format!(
        "/login/oidc/callback?code={code}&state={}",
        urlencode(&asked.state)
    );
    let first = browser.get(&h, &address).await;
    assert_eq!(first.location.as_deref(), Some("/sessions"));
    let mut thief = Browser::new(false);
    thief.others = browser.others.clone();
    let second = thief.get(&h, &address).await;
    assert_eq!(second.location.as_deref(), Some("/login"));
    assert!(thief.cookie.is_none());
    assert_eq!(
        idp.exchanges(),
        1,
        "the spent state never reaches the provider"
    );

    // A code the provider does not know (forged, expired, another client's).
    let mut browser = Browser::new(false);
    let asked = press(&h, &mut browser, &idp, "/sessions").await;
    let back = browser
        .get(
            &h,
            &format!(
                "/login/oidc/callback?code=forged&state={}",
                urlencode(&asked.state)
            ),
        )
        .await;
    assert_eq!(back.location.as_deref(), Some("/login"));
    assert!(message(&h, &mut browser)
        .await
        .contains("did not accept this sign-in's code"));
}

#[tokio::test]
async fn one_code_per_person_shared_by_their_browsers_and_instances() {
    let redis = common::pair::redis_url();
    let idp = Idp::start().await;
    let a = with_sso(Harness::builder(), &idp)
        .store(server::sessions::store::StoreKind::Redis(redis))
        .build()
        .await;
    let b = a.sibling(tempfile::tempdir().unwrap()).await;
    let mut first = Browser::new(false);
    assert_eq!(
        sign_in(&a, &mut first, &idp, seed::DEMO_ADMIN)
            .await
            .location
            .as_deref(),
        Some("/sessions")
    );
    let mut second = Browser::new(false);
    assert_eq!(
        sign_in(&b, &mut second, &idp, seed::DEMO_ADMIN)
            .await
            .location
            .as_deref(),
        Some("/sessions")
    );
    // The second browser, on the other instance, reused the person's code: Rescue was asked
    // once, so the first browser's code still holds.
    assert_eq!(rescue_calls(&a, "requestAuthCodeSSO"), 1);
    for (h, browser) in [(&a, &mut first), (&b, &mut second)] {
        let page = browser.get(h, "/sessions").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains(seed::DEMO_ADMIN));
    }

    // The code superseded elsewhere (the person asked Rescue for one by hand): the next
    // sign-in notices, renews it once, and every browser goes on with the new one.
    let client = rescue::Client::new(&a.api_url, std::time::Duration::from_secs(5)).unwrap();
    let password = rescue::SecretString::from(seed::DEMO_SSO_PASSWORD.to_owned());
    client
        .request_auth_code_sso(seed::DEMO_ADMIN, &password, seed::DEMO_COMPANY_ID)
        .await
        .unwrap();
    let mut third = Browser::new(false);
    assert_eq!(
        sign_in(&a, &mut third, &idp, seed::DEMO_ADMIN)
            .await
            .location
            .as_deref(),
        Some("/sessions")
    );
    assert_eq!(
        rescue_calls(&a, "requestAuthCodeSSO"),
        3,
        "one by hand, one renewal"
    );
    let page = first.get(&a, "/sessions").await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "the first browser reads the new code"
    );
}

#[tokio::test]
async fn methods_can_be_switched_off_and_an_sso_only_password_gets_pointed_to_the_button() {
    let idp = Idp::start().await;
    let h = sso_harness(&idp).await;
    let mut browser = Browser::new(false);
    let refused = browser
        .submit(
            &h,
            "/login",
            "sign_in",
            &[("email", seed::DEMO_SSO_ONLY), ("password", "anything")],
        )
        .await;
    assert_eq!(refused.location.as_deref(), Some("/login"));
    let page = message(&h, &mut browser).await;
    assert!(page.contains("Sign in with Contoso"), "{page}");
    assert!(page.contains("have no Rescue password"), "{page}");
    // The SSO-only admin signs in through the provider.
    let mut sso = Browser::new(false);
    assert_eq!(
        sign_in(&h, &mut sso, &idp, seed::DEMO_SSO_ONLY)
            .await
            .location
            .as_deref(),
        Some("/sessions")
    );

    let only = with_sso(Harness::builder(), &idp)
        .setting("--sign-in-methods", "sso")
        .build()
        .await;
    let mut browser = Browser::new(false);
    let page = browser.get(&only, "/login").await.body;
    assert!(page.contains("Sign in with Contoso"));
    assert!(
        !page.contains("name=\"password\""),
        "no password form: {page}"
    );
    // A script posting the switched-off form anyway is refused before Rescue is asked.
    let action = form_action(&browser.get(&h, "/login").await.body, "sign_in");
    let posted = browser
        .post(
            &only,
            &action,
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", seed::DEMO_PASSWORD),
            ],
        )
        .await;
    assert!(browser.cookie.is_none(), "{}", posted.body);
    assert!(message(&only, &mut browser).await.contains("switched off"));
    assert!(only.sim.requests().is_empty());
}

#[tokio::test]
async fn a_token_is_admitted_by_whose_it_is() {
    // A list of admins, not `*`: Rescue is asked whose the token is (getAccount_v2, SOAP).
    let h = Harness::builder().allowing(seed::DEMO_ADMIN).build().await;
    let client = rescue::Client::new(&h.api_url, std::time::Duration::from_secs(5)).unwrap();
    let password = rescue::SecretString::from(seed::DEMO_PASSWORD.to_owned());
    let code_of = |email: &'static str| {
        let (client, password) = (client.clone(), password.clone());
        async move {
            match client.request_auth_code(email, &password).await.unwrap() {
                rescue::RequestAuthCodeOutcome::Ok(code) => code,
                other => panic!("{other:?}"),
            }
        }
    };
    let admin = code_of(seed::DEMO_ADMIN).await;
    let rescue::GetAccountOutcome::Ok(account) = client.get_account(&admin).await.unwrap() else {
        panic!("getAccount_v2");
    };
    assert_eq!(account.email, seed::DEMO_ADMIN);
    assert_eq!(account.admin_id, Some(seed::ids::ADMIN));
    assert_eq!(account.account_id, Some(u64::from(seed::DEMO_COMPANY_ID)));

    let mut browser = Browser::new(false);
    browser.sign_in_with_token(&h, &admin).await;
    let page = browser.get(&h, "/sessions").await.body;
    assert!(
        page.contains(seed::DEMO_ADMIN),
        "the person, not \"API token\""
    );

    // Another admin's token: Rescue accepts it, the list does not.
    let lead = code_of(seed::DEMO_ADMIN_2).await;
    let mut other = Browser::new(false);
    other
        .submit(
            &h,
            "/login",
            "sign_in_with_token",
            &[("authcode", lead.expose())],
        )
        .await;
    assert!(other.cookie.is_none());
    assert!(message(&h, &mut other)
        .await
        .contains("not one of the admins allowed"));
}

#[tokio::test]
async fn one_person_signing_in_twice_at_once_gets_one_code() {
    let idp = Idp::start().await;
    let a = with_sso(Harness::builder(), &idp)
        .store(server::sessions::store::StoreKind::Redis(
            common::pair::redis_url(),
        ))
        .build()
        .await;
    let b = a.sibling(tempfile::tempdir().unwrap()).await;
    // Both pressed, both back from the provider at the same moment, on two instances.
    let (mut first, mut second) = (Browser::new(false), Browser::new(false));
    let asked_a = press(&a, &mut first, &idp, "/sessions").await;
    let asked_b = press(&b, &mut second, &idp, "/sessions").await;
    let (back_a, back_b) = tokio::join!(
        come_back(
            &a,
            &mut first,
            &idp,
            &asked_a,
            seed::DEMO_MASTER,
            Bend::None
        ),
        come_back(
            &b,
            &mut second,
            &idp,
            &asked_b,
            seed::DEMO_MASTER,
            Bend::None
        ),
    );
    assert_eq!(back_a.location.as_deref(), Some("/sessions"));
    assert_eq!(back_b.location.as_deref(), Some("/sessions"));
    assert_eq!(
        rescue_calls(&a, "requestAuthCodeSSO"),
        1,
        "the person's lock let one ask"
    );
    for (h, browser) in [(&a, &mut first), (&b, &mut second)] {
        assert_eq!(browser.get(h, "/sessions").await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn keys_the_provider_rotates_in_are_fetched_again() {
    let idp = Idp::start().await;
    let h = sso_harness(&idp).await;
    let mut browser = Browser::new(false);
    assert_eq!(
        sign_in(&h, &mut browser, &idp, seed::DEMO_ADMIN)
            .await
            .location
            .as_deref(),
        Some("/sessions")
    );
    // The provider moves to a new key; the dashboard's cache still holds the old set. Past
    // the few seconds between fetches it reads the keys again when a token names the new one.
    idp.rotate();
    tokio::time::sleep(std::time::Duration::from_millis(2_100)).await;
    let mut again = Browser::new(false);
    let back = sign_in(&h, &mut again, &idp, seed::DEMO_ADMIN).await;
    assert_eq!(back.location.as_deref(), Some("/sessions"));
}

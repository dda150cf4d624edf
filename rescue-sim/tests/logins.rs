//! The `rescue` client against the simulator over loopback HTTP: signing in and out, the
//! login limit, idle expiry and authcode replacement.

mod support;

use std::time::Duration;

use rescue::{
    ActionOutcome, AuthCode, Credentials, GetHierarchyOutcome, GetSessionsOutcome, HierarchyQuery,
    LoginOutcome, LogoutOutcome, NodeRef, RequestAuthCodeOutcome, RequestAuthCodeSsoOutcome,
    SecretString, SessionCall,
};
use rescue_sim::seed::{self, ids};
use rescue_sim::Config;
use support::*;

#[tokio::test]
async fn login_invalid_limit_and_logout() {
    let s = start(Config::for_tests()).await;
    let wrong: SecretString = "nope".to_owned().into();
    assert_eq!(
        s.client.login(seed::DEMO_ADMIN, &wrong).await.unwrap(),
        LoginOutcome::Invalid
    );
    // 1 failed + 9 successful = 10 logins; the 11th within 3 minutes is refused.
    for _ in 0..9 {
        login(&s.client, seed::DEMO_ADMIN).await;
    }
    assert_eq!(
        s.client.login(seed::DEMO_ADMIN, &password()).await.unwrap(),
        LoginOutcome::LimitReached
    );
    // Other accounts are not affected, and the window slides.
    login(&s.client, seed::DEMO_ADMIN_2).await;
    s.sim.advance(Duration::from_secs(181));
    let creds = login(&s.client, seed::DEMO_ADMIN).await;

    assert_eq!(s.client.logout(&creds).await.unwrap(), LogoutOutcome::Ok);
    assert_eq!(
        s.client.logout(&creds).await.unwrap(),
        LogoutOutcome::NotLoggedIn
    );
    let node = nid(ids::TECH_ONLINE);
    assert_eq!(
        listed(&s.client, &creds, node).await,
        GetSessionsOutcome::NotLoggedIn
    );
}

#[tokio::test]
async fn login_expires_after_twenty_idle_minutes_and_use_extends_it() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let node = nid(ids::GROUP_HELPDESK);
    s.sim.advance(Duration::from_secs(19 * 60));
    assert!(matches!(
        listed(&s.client, &creds, node).await,
        GetSessionsOutcome::Ok(_)
    ));
    s.sim.advance(Duration::from_secs(19 * 60));
    assert!(matches!(
        listed(&s.client, &creds, node).await,
        GetSessionsOutcome::Ok(_)
    ));
    s.sim.advance(Duration::from_secs(20 * 60 + 1));
    assert_eq!(
        listed(&s.client, &creds, node).await,
        GetSessionsOutcome::NotLoggedIn
    );
    // Session actions say it their way.
    assert_eq!(
        s.client
            .act(&creds, sid(1), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::NotLoggedInAsAdmin
    );
}

#[tokio::test]
async fn a_new_authcode_invalidates_the_previous_one() {
    let s = start(Config::for_tests()).await;
    let first = code_by_password(&s.client).await;
    let creds = Credentials::AuthCode(first.clone());
    let tree = nid(ids::ROOT);
    assert!(matches!(
        listed(&s.client, &creds, tree).await,
        GetSessionsOutcome::Ok(_)
    ));
    let second = code_by_password(&s.client).await;
    assert_ne!(first, second);
    assert_eq!(
        listed(&s.client, &creds, tree).await,
        GetSessionsOutcome::InvalidSecretAuthCode
    );
    assert_eq!(
        s.client
            .act(&creds, sid(1), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::InvalidSecretAuthCode
    );
    let wrong: SecretString = "x".to_owned().into();
    assert_eq!(
        s.client
            .request_auth_code(seed::DEMO_ADMIN, &wrong)
            .await
            .unwrap(),
        RequestAuthCodeOutcome::Invalid
    );
    let unknown = Credentials::AuthCode(AuthCode::new("made-up").unwrap());
    assert_eq!(
        s.client
            .get_hierarchy(&unknown, HierarchyQuery::default())
            .await
            .unwrap(),
        GetHierarchyOutcome::InvalidSecretAuthCode
    );
}

#[tokio::test]
async fn single_sign_on_codes_need_the_company_and_its_password_and_replace_the_last_code() {
    let s = start(Config::for_tests()).await;
    let company: SecretString = seed::DEMO_SSO_PASSWORD.to_owned().into();
    let tree = nid(ids::ROOT);
    let by_password = code_by_password(&s.client).await;
    // The SSO ID is matched as the e-mail is, without regard to case.
    let RequestAuthCodeSsoOutcome::Ok(by_sso) = s
        .client
        .request_auth_code_sso(
            &seed::DEMO_ADMIN.to_uppercase(),
            &company,
            seed::DEMO_COMPANY_ID,
        )
        .await
        .unwrap()
    else {
        panic!("authcode by single sign-on")
    };
    assert_ne!(by_password, by_sso);
    let sso = Credentials::AuthCode(by_sso);
    assert!(matches!(
        listed(&s.client, &sso, tree).await,
        GetSessionsOutcome::Ok(_)
    ));
    // One code per person: the one requested by password no longer works.
    assert_eq!(
        listed(&s.client, &Credentials::AuthCode(by_password), tree).await,
        GetSessionsOutcome::InvalidSecretAuthCode
    );

    let wrong: SecretString = "not-the-company-password".to_owned().into();
    let refusals = [
        (seed::DEMO_ADMIN, &wrong, seed::DEMO_COMPANY_ID),
        (seed::DEMO_ADMIN, &company, seed::DEMO_COMPANY_ID + 1),
        ("nobody@demo.example", &company, seed::DEMO_COMPANY_ID),
        ("", &company, seed::DEMO_COMPANY_ID),
    ];
    for (ssoid, pwd, id) in refusals {
        assert_eq!(
            s.client
                .request_auth_code_sso(ssoid, pwd, id)
                .await
                .unwrap(),
            RequestAuthCodeSsoOutcome::Invalid,
            "{ssoid} {id}"
        );
    }
    // A refused request leaves the person's code alone.
    assert!(matches!(
        listed(&s.client, &sso, tree).await,
        GetSessionsOutcome::Ok(_)
    ));
    // A disabled user gets no code.
    s.sim
        .with_account(|account| account.set_disabled(seed::DEMO_ADMIN_2, true));
    assert_eq!(
        s.client
            .request_auth_code_sso(seed::DEMO_ADMIN_2, &company, seed::DEMO_COMPANY_ID)
            .await
            .unwrap(),
        RequestAuthCodeSsoOutcome::Invalid
    );
}

/// A new authcode of the demo admin, requested with their password.
async fn code_by_password(client: &rescue::Client) -> AuthCode {
    match client
        .request_auth_code(seed::DEMO_ADMIN, &password())
        .await
        .unwrap()
    {
        RequestAuthCodeOutcome::Ok(code) => code,
        other => panic!("{other:?}"),
    }
}

/// What getSession_v3 answers this login for the node's own list.
async fn listed(
    client: &rescue::Client,
    creds: &Credentials,
    node: rescue::NodeId,
) -> GetSessionsOutcome {
    client
        .get_sessions(creds, node, NodeRef::Node)
        .await
        .unwrap()
}

//! Single sign-on over `API.asmx` and the pages: `requestAuthCodeSSO` and its refusals,
//! `getAccount_v2` naming the caller, and an SSO-only administrator's password refused.

mod support;

use rescue_sim::seed;
use rescue_sim::Config;
use support::soap_client::Soap;
use support::*;

#[tokio::test]
async fn single_sign_on_codes_over_soap_and_their_refusals() {
    let s = start(Config::for_tests()).await;
    let http = reqwest::Client::new();
    let service = service(&s, &http).await;
    let company = seed::DEMO_COMPANY_ID.to_string();
    let ask = |ssoid: &'static str, pwd: &'static str, company: String| {
        let (service, http) = (&service, &http);
        async move {
            service
                .call(
                    http,
                    Soap::V12,
                    "requestAuthCodeSSO",
                    &[
                        ("sSSOID", ssoid),
                        ("sPassword", pwd),
                        ("sCompany", &company),
                    ],
                    None,
                )
                .await
        }
    };
    let reply = ask(seed::DEMO_ADMIN, seed::DEMO_SSO_PASSWORD, company.clone()).await;
    assert_eq!(
        reply.text("requestAuthCodeSSOResult").as_deref(),
        Some("requestAuthCodeSSO_OK")
    );
    let code = reply.text("sAuthCode").expect("an authcode");
    assert_code_lists_the_hierarchy(&s, &http, &code).await;

    let reply = ask(seed::DEMO_ADMIN, "wrong", company.clone()).await;
    assert_eq!(
        reply.text("requestAuthCodeSSOResult").as_deref(),
        Some("requestAuthCodeSSO_Invalid")
    );
    assert_eq!(reply.text("sAuthCode"), None);
    // The company ID must be digits (rescue-api.md §2.4); the page says the same.
    let reply = ask(seed::DEMO_ADMIN, seed::DEMO_SSO_PASSWORD, "42a".into()).await;
    assert_eq!(
        reply.text("requestAuthCodeSSOResult").as_deref(),
        Some("requestAuthCodeSSO_InvalidParam_Company")
    );
    let page = page_text(
        &http,
        format!(
            "{}/API/requestAuthCodeSSO.aspx?ssoid={}&pwd={}&company=42a",
            base(&s),
            seed::DEMO_ADMIN,
            seed::DEMO_SSO_PASSWORD
        ),
        None,
    )
    .await;
    assert!(page.starts_with("INVALIDPARAM_COMPANY"), "{page}");
}

#[tokio::test]
async fn get_account_names_the_caller_over_soap_and_the_page() {
    let s = start(Config::for_tests()).await;
    let http = reqwest::Client::new();
    let service = service(&s, &http).await;
    let company = seed::DEMO_COMPANY_ID.to_string();
    let reply = service
        .call(
            &http,
            Soap::V11,
            "requestAuthCodeSSO",
            &[
                ("sSSOID", seed::DEMO_ADMIN_2),
                ("sPassword", seed::DEMO_SSO_PASSWORD),
                ("sCompany", &company),
            ],
            None,
        )
        .await;
    let code = reply.text("sAuthCode").expect("an authcode");
    let reply = service
        .call(
            &http,
            Soap::V11,
            "getAccount_v2",
            &[("sAuthCode", &code)],
            None,
        )
        .await;
    assert_eq!(
        reply.text("getAccount_v2Result").as_deref(),
        Some("getAccount_OK")
    );
    assert_eq!(reply.text("sEmail").as_deref(), Some(seed::DEMO_ADMIN_2));
    assert_eq!(
        reply.text("iAdminID").as_deref(),
        Some(seed::ids::ADMIN_2.to_string().as_str())
    );
    assert_eq!(reply.text("iTechID").as_deref(), Some("0"));
    assert_eq!(reply.text("iAccountID").as_deref(), Some(company.as_str()));
    assert_eq!(reply.text("bTcRunning").as_deref(), Some("false"));
    let refused = service
        .call(
            &http,
            Soap::V12,
            "getAccount_v2",
            &[("sAuthCode", "nope")],
            None,
        )
        .await;
    assert_eq!(
        refused.text("getAccount_v2Result").as_deref(),
        Some("getAccount_Invalid_SecretAuthCode")
    );
    assert_eq!(refused.text("sEmail"), None);
    let page = page_text(
        &http,
        format!("{}/API/getAccount.aspx?authcode={code}", base(&s)),
        None,
    )
    .await;
    assert!(page.starts_with("OK"), "{page}");
    assert!(
        page.contains(&format!("EMAIL: {}", seed::DEMO_ADMIN_2)),
        "{page}"
    );
    // An SSO-only administrator has no password Rescue's login accepts, whatever is sent.
    for pwd in ["", seed::DEMO_PASSWORD, "anything"] {
        let page = page_text(
            &http,
            format!(
                "{}/API/login.aspx?email={}&pwd={pwd}",
                base(&s),
                seed::DEMO_SSO_ONLY
            ),
            None,
        )
        .await;
        assert!(page.starts_with("INVALID"), "{pwd}: {page}");
    }
}

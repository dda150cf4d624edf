//! `API.asmx` as SOAP clients meet it: the WSDL, SOAP 1.1 and 1.2 round trips built from that
//! WSDL alone, and one account behind SOAP and the `.aspx` pages (faults and the pages for
//! people are in `soap_faults.rs`).

mod support;

use rescue_sim::model::Status;
use rescue_sim::seed::{self, ids};
use rescue_sim::Config;
use rescue_sim::Protocol;
use support::soap_client::{Reply, Service, Soap, ENV11, ENV12};
use support::*;

fn base(s: &Setup) -> String {
    format!("http://{}", s.running.addr)
}

/// The text of an `.aspx` page, asked with `cookie` when given.
async fn page_text(http: &reqwest::Client, url: String, cookie: Option<&str>) -> String {
    let mut request = http.get(url);
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    request.send().await.unwrap().text().await.unwrap()
}

/// An authcode from SOAP works on a page.
async fn assert_code_lists_the_hierarchy(s: &Setup, http: &reqwest::Client, code: &str) {
    let url = format!("{}/API/getHierarchy_v2.aspx?authcode={code}", base(s));
    let page = page_text(http, url, None).await;
    assert!(page.starts_with("OK"), "{page}");
}

async fn service(s: &Setup, http: &reqwest::Client) -> Service {
    let url = format!("{}/api/api.asmx?wsdl", base(s));
    let wsdl = http.get(url).send().await.unwrap();
    assert_eq!(wsdl.status(), 200);
    Service::parse(&wsdl.text().await.unwrap())
}

async fn soap_login(
    service: &Service,
    http: &reqwest::Client,
    version: Soap,
    email: &str,
) -> String {
    let reply = service
        .call(
            http,
            version,
            "login",
            &[("sEmail", email), ("sPassword", seed::DEMO_PASSWORD)],
            None,
        )
        .await;
    assert_eq!(
        reply.text("loginResult").as_deref(),
        Some("login_OK"),
        "{}",
        reply.body
    );
    reply.cookie.expect("login sets the session cookie")
}

#[tokio::test]
async fn the_wsdl_describes_both_bindings_at_the_address_it_was_fetched_from() {
    let s = start(Config::for_tests()).await;
    let http = reqwest::Client::new();
    for path in [
        "/api/api.asmx?wsdl",
        "/API/API.asmx?WSDL",
        "/Api/api.ASMX?Wsdl",
    ] {
        let reply = http
            .get(format!("{}{path}", base(&s)))
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), 200, "{path}");
        assert!(reply.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/xml"));
    }
    let service = service(&s, &http).await;
    assert_eq!(
        service.namespace,
        "https://secure.logmeinrescue.com/API/API.asmx"
    );
    for version in [Soap::V11, Soap::V12] {
        assert_eq!(
            service.address(version),
            format!("{}/api/api.asmx", base(&s))
        );
        let ops = service.operations(version);
        for op in [
            "login",
            "logout",
            "cancelAction",
            "getSession_V3",
            "getHierarchy_v2",
            "getReport_v2",
            "holdSession",
        ] {
            assert!(ops.contains(&op), "{op} missing from {version:?}");
        }
    }
    assert_eq!(
        service.result_members("cancelAction"),
        [
            "cancelActionRet_OK",
            "cancelActionRet_Error",
            "cancelActionRet_NotLoggedInAsAdmin",
            "cancelActionRet_ActionFailed",
            "cancelActionRet_Invalid_SecretAuthCode",
            "cancelActionRet_User_Deleted_Or_Disabled"
        ]
    );
    let login = service.result_members("login");
    for member in [
        "login_OK",
        "login_Invalid",
        "login_LimitReached",
        "login_GlobalIpRestricted",
    ] {
        assert!(login.iter().any(|m| m == member), "{member}");
    }
}

#[tokio::test]
async fn login_sessions_hierarchy_and_cancel_action_round_trip_in_both_versions() {
    let s = start(Config::for_tests()).await;
    let http = reqwest::Client::new();
    let service = service(&s, &http).await;
    for version in [Soap::V11, Soap::V12] {
        let (envelope, content_type) = match version {
            Soap::V11 => (ENV11, "text/xml"),
            Soap::V12 => (ENV12, "application/soap+xml"),
        };
        let cookie = soap_login(&service, &http, version, seed::DEMO_ADMIN).await;
        let call = |op: &'static str, args: Vec<(&'static str, String)>| {
            let (service, http, cookie) = (&service, &http, cookie.clone());
            async move {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let reply = service.call(http, version, op, &args, Some(&cookie)).await;
                assert_eq!(reply.status, 200, "{op}: {}", reply.body);
                assert!(
                    reply.content_type.starts_with(content_type),
                    "{op}: {}",
                    reply.content_type
                );
                assert_eq!(reply.envelope(), envelope);
                let result = reply
                    .text(&format!("{op}Result"))
                    .expect("a result element");
                assert!(
                    service.result_members(op).contains(&result),
                    "{op}: {result} is not in the WSDL"
                );
                reply
            }
        };

        // The same rows as the text page, typed.
        let group = ids::GROUP_HELPDESK.to_string();
        let reply = call(
            "getSession_V3",
            vec![
                ("iNodeID", group.clone()),
                ("eNodeRef", "NODE".into()),
                ("sAuthCode", String::new()),
            ],
        )
        .await;
        assert_eq!(
            reply.text("getSession_V3Result").as_deref(),
            Some("getSession_OK")
        );
        let rows = reply.rows("SESSION_V3");
        let page = page_text(
            &http,
            format!("{}/API/getSession_v3.aspx?node={group}", base(&s)),
            Some(&cookie),
        )
        .await;
        assert_eq!(
            rows.len(),
            page.lines().skip(3).filter(|l| !l.is_empty()).count()
        );
        assert!(!rows.is_empty());
        for row in &rows {
            assert!(row["iID"].parse::<u32>().is_ok());
            assert!(row["bStatus"].starts_with("SESSION_"), "{row:?}");
            assert!(["true", "false"].contains(&row["bIsLead"].as_str()));
            assert!(row.contains_key("sCustomField5"));
        }
        let waiting = rows
            .iter()
            .find(|r| r["sStatus"] == "Waiting")
            .expect("a waiting row");
        assert_eq!(waiting["bStatus"], "SESSION_WAITING");

        let reply = call(
            "getHierarchy_v2",
            vec![
                ("bIsNode", "false".into()),
                ("iNodeID", "0".into()),
                ("bFilterOffline", "false".into()),
            ],
        )
        .await;
        assert_eq!(
            reply.text("getHierarchy_v2Result").as_deref(),
            Some("getHierarchy_OK")
        );
        let nodes = reply.rows("HIERARCHY");
        let known = s
            .sim
            .with_account(|a| a.node(ids::TECH_ONLINE).map(|n| n.name.clone()))
            .unwrap();
        let tech = nodes
            .iter()
            .find(|n| n["iNodeID"] == ids::TECH_ONLINE.to_string())
            .expect("the technician");
        assert_eq!(
            (tech["sName"].as_str(), tech["eType"].as_str()),
            (known.as_str(), "Technician")
        );

        // Hold, then cancel the hold: the session is back where it was.
        let id = find_session(&s.sim, Status::Active);
        let reply = call("holdSession", vec![("iSessionID", id.to_string())]).await;
        assert_eq!(
            reply.text("holdSessionResult").as_deref(),
            Some("holdSessionRet_OK")
        );
        assert_eq!(status_of(&s.sim, id), (Status::Active, true));
        let reply = call(
            "cancelAction",
            vec![("iSession", id.to_string()), ("sAuthCode", String::new())],
        )
        .await;
        assert_eq!(
            reply.text("cancelActionResult").as_deref(),
            Some("cancelActionRet_OK")
        );
        assert_eq!(status_of(&s.sim, id), (Status::Active, false));
        let reply = call("cancelAction", vec![("iSession", id.to_string())]).await;
        assert_eq!(
            reply.text("cancelActionResult").as_deref(),
            Some("cancelActionRet_ActionFailed")
        );
        // No INVALIDPARAM_SESSION member in the enum: an unknown session is an Error.
        let reply = call("cancelAction", vec![("iSession", "1".into())]).await;
        assert_eq!(
            reply.text("cancelActionResult").as_deref(),
            Some("cancelActionRet_Error")
        );
    }
    let protocols: Vec<Protocol> = s.sim.requests().iter().map(|r| r.protocol).collect();
    assert!(protocols.contains(&Protocol::Soap11) && protocols.contains(&Protocol::Soap12));
}

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

#[tokio::test]
async fn one_account_behind_soap_and_the_pages() {
    let s = start(Config::for_tests()).await;
    let http = reqwest::Client::new();
    let service = service(&s, &http).await;

    // A SOAP login's cookie works on the pages, a page login's cookie over SOAP.
    let cookie = soap_login(&service, &http, Soap::V11, seed::DEMO_ADMIN).await;
    let page = page_text(
        &http,
        format!(
            "{}/API/getSession_v3.aspx?node={}",
            base(&s),
            ids::GROUP_HELPDESK
        ),
        Some(&cookie),
    )
    .await;
    assert!(page.starts_with("OK"), "{page}");
    let page_login = http
        .get(format!(
            "{}/API/login.aspx?email={}&pwd={}",
            base(&s),
            seed::DEMO_ADMIN_2,
            seed::DEMO_PASSWORD
        ))
        .send()
        .await
        .unwrap();
    let header = Reply::from(page_login)
        .await
        .cookie
        .expect("a page login cookie");
    let reply = service
        .call(&http, Soap::V12, "getHierarchy", &[], Some(&header))
        .await;
    assert_eq!(
        reply.text("getHierarchyResult").as_deref(),
        Some("getHierarchy_OK")
    );
    let reply = service
        .call(&http, Soap::V12, "getHierarchy", &[], None)
        .await;
    assert_eq!(
        reply.text("getHierarchyResult").as_deref(),
        Some("getHierarchy_NotLoggedIn")
    );

    // An authcode from SOAP works on a page; a wrong one is refused in the SOAP words.
    let reply = service
        .call(
            &http,
            Soap::V11,
            "requestAuthCode",
            &[
                ("sEmail", seed::DEMO_ADMIN),
                ("sPassword", seed::DEMO_PASSWORD),
            ],
            None,
        )
        .await;
    let code = reply.text("sAuthCode").expect("an authcode");
    assert!(code.len() > 20, "{code}");
    assert_code_lists_the_hierarchy(&s, &http, &code).await;
    let reply = service
        .call(
            &http,
            Soap::V11,
            "getSession_V3",
            &[("iNodeID", "337100"), ("sAuthCode", "wrong")],
            None,
        )
        .await;
    assert_eq!(
        reply.text("getSession_V3Result").as_deref(),
        Some("getSession_Invalid_SecretAuthCode")
    );

    // The log holds SOAP calls under the pages' parameter names, the password masked.
    let login_record = s
        .sim
        .requests()
        .into_iter()
        .find(|r| r.protocol == Protocol::Soap11 && r.method == "login")
        .expect("the SOAP login is logged");
    assert_eq!(login_record.param("email"), Some(seed::DEMO_ADMIN));
    assert_eq!(login_record.param("pwd"), Some("***"));

    // Injected faults apply to SOAP too: a code becomes the enum member, a status stays a status.
    for (version, fault, status, result) in [
        (
            Soap::V11,
            "code:NOTLOGGEDINASADMIN",
            200,
            Some("cancelActionRet_NotLoggedInAsAdmin"),
        ),
        (Soap::V12, "status:503", 503, None),
    ] {
        s.sim.clear_faults();
        s.sim
            .inject(format!("cancelAction={fault}").parse().unwrap());
        let args = [("iSession", "1")];
        let reply = service
            .call(&http, version, "cancelAction", &args, Some(&cookie))
            .await;
        assert_eq!(reply.status, status);
        if let Some(result) = result {
            assert_eq!(reply.text("cancelActionResult").as_deref(), Some(result));
        }
    }
}

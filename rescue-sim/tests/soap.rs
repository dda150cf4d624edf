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

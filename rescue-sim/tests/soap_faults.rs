//! `API.asmx` when a request is not what it should be: faults of the request's SOAP version,
//! nothing reaching the account; and its pages for people: the operation list, the help pages
//! and the form-post variant.

mod support;

use rescue_sim::model::Status;
use rescue_sim::seed;
use rescue_sim::{Config, Protocol};
use support::soap_client::{Reply, ENV11, ENV12};
use support::*;

async fn post(
    s: &Setup,
    path: &str,
    content_type: &str,
    action: Option<&str>,
    body: &str,
) -> Reply {
    let mut request = reqwest::Client::new()
        .post(format!("{}{path}", base(s)))
        .header("Content-Type", content_type)
        .body(body.to_owned());
    if let Some(action) = action {
        request = request.header("SOAPAction", action);
    }
    Reply::from(request.send().await.unwrap()).await
}

const ACTION: &str = "\"https://secure.logmeinrescue.com/API/API.asmx/cancelAction\"";

fn cancel(envelope: &str, session: &str) -> String {
    format!(
        "<e:Envelope xmlns:e=\"{envelope}\"><e:Body><cancelAction xmlns=\"https://secure.logmeinrescue.com/API/API.asmx\">\
         <iSession>{session}</iSession></cancelAction></e:Body></e:Envelope>"
    )
}

#[tokio::test]
async fn malformed_requests_get_a_fault_of_their_version_and_reach_nothing() {
    let s = start(Config::for_tests()).await;
    let v11 = "text/xml; charset=utf-8";
    let v12 = "application/soap+xml; charset=utf-8";
    let cases: Vec<(&str, Option<&str>, String, &str)> = vec![
        (v11, Some(ACTION), "junk".into(), "soap:Client"),
        (v11, Some(ACTION), String::new(), "soap:Client"),
        (v11, Some(ACTION), cancel(ENV11, "12x"), "soap:Client"),
        (
            v11,
            Some(ACTION),
            cancel(ENV11, "99999999999"),
            "soap:Client",
        ),
        (v11, None, cancel(ENV11, "1"), "soap:Client"),
        (
            v11,
            Some("\"https://secure.logmeinrescue.com/API/API.asmx/dropTables\""),
            cancel(ENV11, "1"),
            "soap:Client",
        ),
        (
            v11,
            Some("\"https://secure.logmeinrescue.com/API/API.asmx/login\""),
            cancel(ENV11, "1"),
            "soap:Client",
        ),
        (
            v11,
            Some(ACTION),
            cancel(ENV12, "1"),
            "soap:VersionMismatch",
        ),
        (
            v11,
            Some(ACTION),
            format!(
                "<!DOCTYPE x [<!ENTITY big \"boom\">]>{}",
                cancel(ENV11, "&big;")
            ),
            "soap:Client",
        ),
        (v12, None, "<x/>".into(), "soap:Sender"),
        (
            v12,
            None,
            cancel(ENV12, "<b>1</b>").replace("cancelAction", "dropTables"),
            "soap:Sender",
        ),
        (
            v12,
            None,
            cancel(ENV12, "1").replace(
                "https://secure.logmeinrescue.com/API/API.asmx",
                "urn:elsewhere",
            ),
            "soap:Sender",
        ),
    ];
    for (content_type, action, body, code) in cases {
        let reply = post(&s, "/api/api.asmx", content_type, action, &body).await;
        assert_eq!(reply.status, 500, "{body}");
        assert!(
            reply
                .content_type
                .starts_with(content_type.split(';').next().unwrap()),
            "{body}: {}",
            reply.content_type
        );
        let found = reply.text("faultcode").or_else(|| reply.text("Value"));
        assert_eq!(found.as_deref(), Some(code), "{body}: {}", reply.body);
    }
    let reply = post(&s, "/api/api.asmx", "application/json", None, "{}").await;
    assert_eq!(reply.status, 500);
    assert_eq!(reply.text("faultcode").as_deref(), Some("soap:Client"));
    // An unknown element is escaped in the fault, never echoed as markup.
    let reply = post(
        &s,
        "/api/api.asmx",
        v11,
        Some("\"<script>\""),
        &cancel(ENV11, "1"),
    )
    .await;
    assert!(
        !reply.body.contains("<script>") && reply.body.contains("&lt;script&gt;"),
        "{}",
        reply.body
    );
    assert!(
        s.sim.requests().is_empty(),
        "no malformed request reached the account"
    );
}

#[tokio::test]
async fn help_pages_and_the_form_post_variant() {
    let s = start(Config::for_tests()).await;
    let http = reqwest::Client::new();
    let page = |path: &'static str| {
        let http = http.clone();
        let url = format!("{}{path}", base(&s));
        async move {
            let reply = http.get(url).send().await.unwrap();
            (reply.status().as_u16(), reply.text().await.unwrap())
        }
    };
    let (status, list) = page("/API/API.asmx").await;
    assert_eq!(status, 200);
    assert!(
        list.contains("?op=cancelAction") && list.contains("?op=getSession_V3"),
        "{list}"
    );
    let (status, help) = page("/api/api.asmx?op=cancelAction").await;
    assert_eq!(status, 200);
    for part in [
        "SOAP 1.1",
        "SOAP 1.2",
        "HTTP POST",
        "SOAPAction: &quot;https://secure.logmeinrescue.com/API/API.asmx/cancelAction&quot;",
        "&lt;iSession&gt;int&lt;/iSession&gt;",
        "cancelActionRet_OK",
    ] {
        assert!(help.contains(part), "{part} missing: {help}");
    }
    let (status, _) = page("/api/api.asmx?op=%3Cscript%3E").await;
    assert_eq!(status, 404);

    let form = |op: &str, fields: &[(&str, &str)], cookie: Option<&str>| {
        let mut request = http
            .post(format!("{}/api/api.asmx/{op}", base(&s)))
            .form(fields);
        if let Some(cookie) = cookie {
            request = request.header("Cookie", cookie.to_owned());
        }
        async move { Reply::from(request.send().await.unwrap()).await }
    };
    let reply = form(
        "login",
        &[
            ("sEmail", seed::DEMO_ADMIN),
            ("sPassword", seed::DEMO_PASSWORD),
        ],
        None,
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.text("loginRet").as_deref(),
        Some("login_OK"),
        "{}",
        reply.body
    );
    let cookie = reply.cookie.expect("a cookie");
    let id = find_session(&s.sim, Status::Active);
    let reply = form(
        "holdSession",
        &[("iSessionID", &id.to_string())],
        Some(&cookie),
    )
    .await;
    assert_eq!(
        reply.text("holdSessionRet").as_deref(),
        Some("holdSessionRet_OK"),
        "{}",
        reply.body
    );
    let reply = form(
        "cancelAction",
        &[("iSession", &id.to_string()), ("sAuthCode", "")],
        Some(&cookie),
    )
    .await;
    assert_eq!(reply.body, "<?xml version=\"1.0\" encoding=\"utf-8\"?><cancelActionRet xmlns=\"https://secure.logmeinrescue.com/API/API.asmx\">cancelActionRet_OK</cancelActionRet>");
    assert_eq!(status_of(&s.sim, id), (Status::Active, false));
    // Not offered: operations with more than a result, unknown ones, GET, bad values.
    for (op, fields) in [
        ("getSession_V3", vec![("iNodeID", "337100")]),
        ("nope", vec![]),
        ("cancelAction", vec![("iSession", "x")]),
    ] {
        let reply = form(op, &fields, Some(&cookie)).await;
        assert_eq!(reply.status, 500, "{op}");
    }
    let reply = http
        .get(format!("{}/api/api.asmx/cancelAction?iSession=1", base(&s)))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 500);
    assert_eq!(
        s.sim
            .requests()
            .iter()
            .filter(|r| r.protocol == Protocol::AsmxPost)
            .count(),
        3
    );
}

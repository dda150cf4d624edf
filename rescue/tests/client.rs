//! The client over real HTTP against a scripted loopback server: what goes on the wire (POSTed
//! forms, one browser's cookie per call, no credentials in URLs) and how every kind of answer and
//! failure comes back typed.

mod mock;

use std::time::Duration;

use axum::http::{Method, StatusCode};
use mock::*;
use rescue::*;

#[tokio::test]
async fn login_posts_a_form_and_captures_the_cookie() {
    let (mock, client) = start().await;
    mock.script(
        "login",
        Script {
            set_cookie: vec!["ASP.NET_SessionId=abc123; path=/; HttpOnly"],
            ..text("OK")
        },
    );
    let outcome = client
        .login("admin@example.com", &password("p@ss word&=x"))
        .await
        .unwrap();
    let LoginOutcome::Ok(cookie) = outcome else {
        panic!("expected OK, got {outcome:?}")
    };
    assert_eq!(cookie.expose_header_value(), "ASP.NET_SessionId=abc123");

    let seen = mock.last();
    assert_eq!(seen.http_method, Method::POST);
    assert_eq!(seen.path, "/API/login.aspx");
    assert_eq!(seen.query, None, "credentials never travel in the URL");
    assert_eq!(seen.param("email"), Some("admin@example.com"));
    assert_eq!(seen.param("pwd"), Some("p@ss word&=x"));
    assert_eq!(seen.cookie, None);
}

#[tokio::test]
async fn login_failures_are_typed() {
    let (mock, client) = start().await;
    for (body, expected) in [
        ("INVALID", LoginOutcome::Invalid),
        ("LIMITREACHED\r\n", LoginOutcome::LimitReached),
        ("ERROR", LoginOutcome::Error),
        ("GLOBALIPRESTRICTED", LoginOutcome::GlobalIpRestricted),
        ("NEWCODE", LoginOutcome::Undocumented("NEWCODE".into())),
    ] {
        mock.script("login", text(body));
        let outcome = client.login("a@b.c", &password("x")).await.unwrap();
        assert_eq!(outcome, expected);
    }
}

#[tokio::test]
async fn login_ok_without_cookie_is_an_error() {
    let (mock, client) = start().await;
    mock.script("login", text("OK"));
    let err = client.login("a@b.c", &password("x")).await.unwrap_err();
    assert!(matches!(err, Error::NoSessionCookie), "{err:?}");
}

#[tokio::test]
async fn each_call_carries_only_its_own_cookie() {
    let (mock, client) = start().await;
    mock.script(
        "login",
        Script {
            set_cookie: vec!["ASP.NET_SessionId=fromlogin"],
            ..text("OK")
        },
    );
    mock.script("cancelAction", text("OK"));
    client.login("a@b.c", &password("x")).await.unwrap();
    let session: SessionId = "42".parse().unwrap();

    // Two browsers, interleaved, through one client.
    client
        .act(
            &cookie("ASP.NET_SessionId=alice"),
            session,
            &SessionCall::Cancel,
        )
        .await
        .unwrap();
    client
        .act(
            &cookie("ASP.NET_SessionId=bob"),
            session,
            &SessionCall::Cancel,
        )
        .await
        .unwrap();
    client
        .act(
            &Credentials::AuthCode(AuthCode::new("code1").unwrap()),
            session,
            &SessionCall::Cancel,
        )
        .await
        .unwrap();

    let seen = mock.seen();
    assert_eq!(seen[1].cookie.as_deref(), Some("ASP.NET_SessionId=alice"));
    assert_eq!(seen[2].cookie.as_deref(), Some("ASP.NET_SessionId=bob"));
    // No cookie store: the login's cookie is never replayed on its own.
    assert_eq!(seen[3].cookie, None);
    assert_eq!(seen[3].param("authcode"), Some("code1"));
    assert_eq!(seen[3].param("session"), Some("42"));
}

#[tokio::test]
async fn cancel_action_maps_every_documented_code() {
    let (mock, client) = start().await;
    let creds = cookie("ASP.NET_SessionId=x");
    let session: SessionId = "12345678".parse().unwrap();
    mock.script("cancelAction", text("OK"));
    assert_eq!(
        client
            .act(&creds, session, &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::Ok
    );
    let expected = [
        ActionOutcome::Error,
        ActionOutcome::NotLoggedInAsAdmin,
        ActionOutcome::ActionFailed,
        ActionOutcome::InvalidSession,
        ActionOutcome::InvalidSecretAuthCode,
        ActionOutcome::UserDeletedOrDisabled,
    ];
    for (code, want) in ActionMethod::Cancel
        .documented_failures()
        .iter()
        .zip(expected)
    {
        mock.script("cancelAction", text(&format!("{code}\n")));
        assert_eq!(
            client
                .act(&creds, session, &SessionCall::Cancel)
                .await
                .unwrap(),
            want
        );
    }
    mock.script("cancelAction", text("SOMETHING_NEW"));
    assert_eq!(
        client
            .act(&creds, session, &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::Undocumented("SOMETHING_NEW".into())
    );
    assert_eq!(mock.last().param("session"), Some("12345678"));
}

#[tokio::test]
async fn session_actions_send_their_parameters() {
    let (mock, client) = start().await;
    let creds = cookie("ASP.NET_SessionId=x");
    let session: SessionId = "7".parse().unwrap();
    let tech: NodeId = "337366".parse().unwrap();

    mock.script("startSession", text("INVALIDPARAM_NODE"));
    assert_eq!(
        client
            .act(&creds, session, &SessionCall::Start { technician: tech })
            .await
            .unwrap(),
        ActionOutcome::InvalidNode
    );
    let seen = mock.last();
    assert_eq!(
        (seen.param("session"), seen.param("node")),
        (Some("7"), Some("337366"))
    );

    mock.script("holdSession", text("ACTIONFAILED"));
    assert_eq!(
        client
            .act(&creds, session, &SessionCall::Hold)
            .await
            .unwrap(),
        ActionOutcome::ActionFailed
    );

    mock.script("transferSession", text("OK"));
    assert_eq!(
        client
            .act(
                &creds,
                session,
                &SessionCall::Transfer {
                    target: tech,
                    target_ref: NodeRef::Channel,
                    comment: Some("over to you & co")
                }
            )
            .await
            .unwrap(),
        ActionOutcome::Ok
    );
    let seen = mock.last();
    assert_eq!(seen.path, "/API/transferSession.aspx");
    assert_eq!(seen.param("noderef"), Some("CHANNEL"));
    assert_eq!(seen.param("comment"), Some("over to you & co"));

    mock.script("closeSession", text("NOTLOGGEDINASADMIN"));
    assert_eq!(
        client
            .act(&creds, session, &SessionCall::Close)
            .await
            .unwrap(),
        ActionOutcome::NotLoggedInAsAdmin
    );
}

#[tokio::test]
async fn get_sessions_parses_the_list() {
    let (mock, client) = start().await;
    mock.script(
        "getSession_v3",
        text(include_str!("fixtures/getsession_v3_documented.txt")),
    );
    let node: NodeId = "1927940688".parse().unwrap();
    let outcome = client
        .get_sessions(&cookie("ASP.NET_SessionId=x"), node, NodeRef::Channel)
        .await
        .unwrap();
    let GetSessionsOutcome::Ok(list) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(list.rows.len(), 3);
    let seen = mock.last();
    assert_eq!(seen.param("node"), Some("1927940688"));
    assert_eq!(seen.param("noderef"), Some("CHANNEL"));

    mock.script("getSession_v3", text("NOTLOGGEDIN"));
    assert_eq!(
        client
            .get_sessions(&cookie("ASP.NET_SessionId=x"), node, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::NotLoggedIn
    );
}

#[tokio::test]
async fn get_hierarchy_and_auth_code() {
    let (mock, client) = start().await;
    mock.script(
        "getHierarchy_v2",
        text(include_str!("fixtures/gethierarchy_v2.txt")),
    );
    let outcome = client
        .get_hierarchy(&cookie("ASP.NET_SessionId=x"), HierarchyQuery::default())
        .await
        .unwrap();
    let GetHierarchyOutcome::Ok(tree) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(tree.nodes.len(), 4);
    assert_eq!(mock.last().param("isnode"), Some("false"));

    mock.script("requestAuthCode", text("OK\n\nAUTHCODE:4ahx99bppkzxocbs\n"));
    let outcome = client
        .request_auth_code("a@b.c", &password("x"))
        .await
        .unwrap();
    let RequestAuthCodeOutcome::Ok(code) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(code.expose(), "4ahx99bppkzxocbs");

    mock.script("requestAuthCode", text("OK"));
    assert!(matches!(
        client.request_auth_code("a@b.c", &password("x")).await,
        Err(Error::MalformedReply(_))
    ));

    mock.script("logout", text("OK"));
    assert_eq!(
        client.logout(&cookie("ASP.NET_SessionId=x")).await.unwrap(),
        LogoutOutcome::Ok
    );
}

/// Recognises the expected error variant.
type ErrorCheck = fn(&Error) -> bool;

#[tokio::test]
async fn transport_failures_are_typed() {
    let (mock, client) = start().await;
    let creds = cookie("ASP.NET_SessionId=x");
    let session: SessionId = "1".parse().unwrap();
    let cases: Vec<(Script, ErrorCheck)> = vec![
        (
            Script {
                delay: Duration::from_millis(1500),
                ..text("OK")
            },
            |e| matches!(e, Error::Timeout),
        ),
        (
            Script {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                ..text("oops")
            },
            |e| matches!(e, Error::HttpStatus(500)),
        ),
        (
            Script {
                status: StatusCode::SERVICE_UNAVAILABLE,
                ..text("")
            },
            |e| matches!(e, Error::HttpStatus(503)),
        ),
        (
            Script {
                status: StatusCode::TOO_MANY_REQUESTS,
                ..text("")
            },
            |e| matches!(e, Error::RateLimited),
        ),
        (text("<html><body>Proxy error</body></html>"), |e| {
            matches!(e, Error::MalformedReply(_))
        }),
        (text(""), |e| matches!(e, Error::MalformedReply(_))),
        (
            Script {
                body: vec![0xff, 0xfe, 0x00, 0x4f],
                ..text("")
            },
            |e| matches!(e, Error::UnreadableBody),
        ),
    ];
    for (script, check) in cases {
        mock.script("cancelAction", script);
        let err = client
            .act(&creds, session, &SessionCall::Cancel)
            .await
            .unwrap_err();
        assert!(check(&err), "unexpected {err:?}");
    }
}

#[tokio::test]
async fn refused_and_reset_connections_are_typed() {
    // A port that was free a moment ago: nothing listens, the connection is refused.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::new(&format!("http://{addr}/API/"), Duration::from_millis(500)).unwrap();
    let creds = cookie("ASP.NET_SessionId=x");
    let session: SessionId = "1".parse().unwrap();
    let err = client
        .act(&creds, session, &SessionCall::Cancel)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Connect(_)), "{err:?}");

    // A server that accepts and hangs up without answering.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            drop(stream);
        }
    });
    let client = Client::new(&format!("http://{addr}/API/"), Duration::from_millis(500)).unwrap();
    let err = client
        .act(&creds, session, &SessionCall::Cancel)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport(_) | Error::Connect(_)),
        "{err:?}"
    );
}

#[test]
fn base_urls_are_validated() {
    let t = Duration::from_secs(1);
    assert!(Client::new("ftp://example.com/API/", t).is_err());
    assert!(Client::new("not a url", t).is_err());
    assert!(Client::new("https://example.com/API/?x=1", t).is_err());
    let client = Client::new("https://logmeinrescue-enterprise.com/API", t).unwrap();
    assert_eq!(
        client.base_url().as_str(),
        "https://logmeinrescue-enterprise.com/API/"
    );
}

#[tokio::test]
async fn the_report_flow_sends_its_settings_and_parses_xml() {
    let (mock, client) = start().await;
    let creds = cookie("ASP.NET_SessionId=x");
    for method in [
        "setReportArea_v8",
        "setReportDate_v2",
        "setTimezone",
        "setOutput",
    ] {
        mock.script(method, text("OK"));
    }
    assert_eq!(
        client
            .set_report_area(&creds, ReportArea::Session)
            .await
            .unwrap(),
        SetReportOutcome::Ok
    );
    assert_eq!(mock.last().param("area"), Some("0"));
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    let (begin, end) = (
        day.and_hms_opt(0, 0, 0).unwrap(),
        day.and_hms_opt(23, 59, 59).unwrap(),
    );
    client.set_report_dates(&creds, begin, end).await.unwrap();
    let seen = mock.last();
    assert_eq!(seen.param("bdate"), Some("11/2/2026 0:00:00"));
    assert_eq!(seen.param("edate"), Some("11/2/2026 23:59:59"));
    client.set_report_timezone_utc(&creds).await.unwrap();
    assert_eq!(mock.last().param("timezone"), Some("0"));
    client.set_report_output_xml(&creds).await.unwrap();
    assert_eq!(mock.last().param("output"), Some("XML"));

    mock.script(
        "getReport_v2",
        text("OK\n\n<report><header><field id=\"0\">Session ID</field><field id=\"1\">Status</field></header><data><row><field id=\"0\">1073200001</field><field id=\"1\">Closed by technician</field></row></data></report>"),
    );
    let node: NodeId = "337000".parse().unwrap();
    let GetReportOutcome::Ok(report) = client
        .get_report(&creds, node, NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("a report");
    };
    assert_eq!(report.rows, [["1073200001", "Closed by technician"]]);
    let seen = mock.last();
    assert_eq!(seen.param("node"), Some("337000"));
    assert_eq!(seen.param("nodetype"), Some("NODE"), "not noderef");

    mock.script("setOutput", text("NOTLOGGEDIN"));
    assert_eq!(
        client.set_report_output_xml(&creds).await.unwrap(),
        SetReportOutcome::NotLoggedIn
    );
    mock.script("getReport_v2", text("TOOFREQUENT"));
    assert_eq!(
        client
            .get_report(&creds, node, NodeRef::Node)
            .await
            .unwrap(),
        GetReportOutcome::Undocumented("TOOFREQUENT".into())
    );
    mock.script("getReport_v2", text("OK\n\n<report><header>"));
    assert!(matches!(
        client.get_report(&creds, node, NodeRef::Node).await,
        Err(Error::MalformedReply(_))
    ));
}

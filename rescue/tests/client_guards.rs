//! What the client refuses to do for a misbehaving Rescue: follow a redirect (which would
//! re-send the form, password included, elsewhere) or read a reply past its cap.

mod mock;

use axum::http::StatusCode;
use mock::*;
use rescue::*;

#[tokio::test]
async fn a_redirect_is_never_followed_and_the_form_never_resent() {
    // Rescue (or something pretending to be it) sends the sign-in form elsewhere.
    let (elsewhere, elsewhere_client) = start().await;
    let (mock, client) = start().await;
    elsewhere.script("login", text("OK"));
    let target = format!("{}login.aspx", elsewhere_client.base_url());
    for status in [
        StatusCode::MOVED_PERMANENTLY,
        StatusCode::FOUND,
        StatusCode::SEE_OTHER,
        StatusCode::TEMPORARY_REDIRECT,
        StatusCode::PERMANENT_REDIRECT,
    ] {
        mock.script(
            "login",
            Script {
                status,
                location: Some(target.clone()),
                ..text("")
            },
        );
        let err = client
            .login("admin@example.com", &password("secret"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Redirected(s) if s == status.as_u16()),
            "{status}: {err:?}"
        );
        assert_eq!(err.code(), format!("REDIRECT_{}", status.as_u16()));
    }
    assert_eq!(mock.seen().len(), 5, "one request per call");
    assert!(elsewhere.seen().is_empty(), "nothing reached another host");
}

#[tokio::test]
async fn a_reply_past_the_cap_is_not_read_to_the_end() {
    let (mock, client) = start().await;
    let client = client.with_max_reply_bytes(1024 * 1024);
    let creds = cookie("ASP.NET_SessionId=x");
    let session: SessionId = "1".parse().unwrap();
    // A flood, announced by its length and streamed without one.
    let flood = format!("OK\r\n\r\n{}", "x".repeat(2 * 1024 * 1024));
    for chunked in [false, true] {
        mock.script(
            "cancelAction",
            Script {
                chunked,
                ..text(&flood)
            },
        );
        let err = client
            .act(&creds, session, &SessionCall::Cancel)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::ReplyTooLarge(1_048_576)),
            "{chunked}: {err:?}"
        );
        assert_eq!(err.code(), "REPLY_TOO_LARGE");
    }
    // A reply under the cap is read, streamed or not.
    for chunked in [false, true] {
        mock.script(
            "cancelAction",
            Script {
                chunked,
                ..text("OK")
            },
        );
        assert_eq!(
            client
                .act(&creds, session, &SessionCall::Cancel)
                .await
                .unwrap(),
            ActionOutcome::Ok
        );
    }
}

#[tokio::test]
async fn a_big_list_under_the_cap_is_framed_and_parsed_whole() {
    // Big enough to be parsed on the blocking pool, with CRLF line ends rewritten in place.
    let (mock, client) = start().await;
    let creds = cookie("ASP.NET_SessionId=x");
    let header = "ID|Status|Entry ID|Entry|Technician ID|Technician|Start Time|Waiting Time|";
    let mut body = format!("OK\r\n\r\n{header}\r\n");
    let rows = 20_000;
    for i in 0..rows {
        body.push_str(&format!(
            "{}|Waiting|0||1|Tina é {i}|11/28/2026 9:00 AM|{i}|\r\n",
            1_000_000 + i
        ));
    }
    assert!(body.len() > 512 * 1024, "{}", body.len());
    for chunked in [false, true] {
        mock.script(
            "getSession_v3",
            Script {
                chunked,
                ..text(&body)
            },
        );
        let node = NodeId::new(1).unwrap();
        let outcome = client
            .get_sessions(&creds, node, NodeRef::Node)
            .await
            .unwrap();
        let GetSessionsOutcome::Ok(list) = outcome else {
            panic!("{outcome:?}");
        };
        assert_eq!(list.rows.len(), rows, "{chunked}");
        assert!(list.malformed.is_empty(), "{:?}", &list.malformed[..1]);
        let last = &list.rows[rows - 1];
        assert_eq!(last.technician, format!("Tina é {}", rows - 1));
        assert_eq!(last.waiting_secs, Some(rows as u64 - 1));
    }
    // A failure code in a big reply is still just the code.
    mock.script("getSession_v3", text(&format!("NOTLOGGEDIN\r\n{body}")));
    let node = NodeId::new(1).unwrap();
    assert_eq!(
        client
            .get_sessions(&creds, node, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::NotLoggedIn
    );
}

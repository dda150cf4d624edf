//! The `rescue` client against the simulator over loopback HTTP: every method, every reachable
//! return code, login expiry and limits, authcode replacement, pending action then cancel, and
//! each injected fault as the client's typed error.

use std::time::Duration;

use rescue::{
    AuthCode, CancelActionOutcome, Client, CloseSessionOutcome, Credentials, GetHierarchyOutcome,
    GetSessionsOutcome, HierarchyQuery, HoldSessionOutcome, LoginOutcome, LogoutOutcome, NodeId,
    NodeRef, NodeStatus, RequestAuthCodeOutcome, SecretString, SessionId, SessionStatus,
    StartSessionOutcome, TransferSessionOutcome,
};
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::model::{Presence, Status};
use rescue_sim::seed::{self, ids};
use rescue_sim::{Config, Running, Simulator};

struct Setup {
    sim: Simulator,
    running: Running,
    client: Client,
}

async fn start(config: Config) -> Setup {
    let sim = Simulator::new(config);
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let client = Client::new(&running.api_url(), Duration::from_millis(500)).unwrap();
    Setup {
        sim,
        running,
        client,
    }
}

fn password() -> SecretString {
    seed::DEMO_PASSWORD.to_owned().into()
}

async fn login(client: &Client, email: &str) -> Credentials {
    match client.login(email, &password()).await.unwrap() {
        LoginOutcome::Ok(cookie) => Credentials::Cookie(cookie),
        other => panic!("login {email}: {other:?}"),
    }
}

fn sid(id: u32) -> SessionId {
    SessionId::new(id).unwrap()
}

fn nid(id: u32) -> NodeId {
    NodeId::new(id).unwrap()
}

/// A session in `status`, no pending action, whose lead technician's console is running.
fn find_session(sim: &Simulator, status: Status) -> u32 {
    sim.with_account(|account| {
        let ids: Vec<u32> = account
            .sessions()
            .filter(|s| s.status == status && s.pending.is_none())
            .filter(|s| {
                s.technicians.first().is_some_and(|t| {
                    account
                        .node(*t)
                        .is_some_and(|n| n.presence.console_running())
                })
            })
            .map(|s| s.id)
            .collect();
        *ids.first().expect("demo account has such a session")
    })
}

fn status_of(sim: &Simulator, id: u32) -> (Status, bool) {
    sim.with_account(|a| {
        let s = a.session(id).expect("session exists");
        (s.status, s.pending.is_some())
    })
}

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
        s.client
            .get_sessions(&creds, node, NodeRef::Node)
            .await
            .unwrap(),
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
        s.client
            .get_sessions(&creds, node, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::Ok(_)
    ));
    s.sim.advance(Duration::from_secs(19 * 60));
    assert!(matches!(
        s.client
            .get_sessions(&creds, node, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::Ok(_)
    ));
    s.sim.advance(Duration::from_secs(20 * 60 + 1));
    assert_eq!(
        s.client
            .get_sessions(&creds, node, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::NotLoggedIn
    );
    // Session actions say it their way.
    assert_eq!(
        s.client.cancel_action(&creds, sid(1)).await.unwrap(),
        CancelActionOutcome::NotLoggedInAsAdmin
    );
}

#[tokio::test]
async fn a_new_authcode_invalidates_the_previous_one() {
    let s = start(Config::for_tests()).await;
    let first = match s
        .client
        .request_auth_code(seed::DEMO_ADMIN, &password())
        .await
        .unwrap()
    {
        RequestAuthCodeOutcome::Ok(code) => code,
        other => panic!("{other:?}"),
    };
    let creds = Credentials::AuthCode(first.clone());
    let tree = nid(ids::ROOT);
    assert!(matches!(
        s.client
            .get_sessions(&creds, tree, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::Ok(_)
    ));
    let RequestAuthCodeOutcome::Ok(second) = s
        .client
        .request_auth_code(seed::DEMO_ADMIN, &password())
        .await
        .unwrap()
    else {
        panic!("second authcode")
    };
    assert_ne!(first, second);
    assert_eq!(
        s.client
            .get_sessions(&creds, tree, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::InvalidSecretAuthCode
    );
    assert_eq!(
        s.client.cancel_action(&creds, sid(1)).await.unwrap(),
        CancelActionOutcome::InvalidSecretAuthCode
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
async fn sessions_of_technician_group_and_channel() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let GetSessionsOutcome::Ok(all) = s
        .client
        .get_sessions(&creds, nid(ids::ROOT), NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("root list")
    };
    assert!(all.malformed.is_empty(), "{:?}", all.malformed);
    assert_eq!(all.columns.len(), 19);
    let distinct: std::collections::HashSet<_> = all.rows.iter().map(|r| r.id).collect();
    assert_eq!(distinct.len(), 40, "the demo seeds 40 sessions");
    assert!(all.rows.len() > 40, "collaborating technicians add rows");
    for status in [
        SessionStatus::Waiting,
        SessionStatus::Active,
        SessionStatus::OnHold,
    ] {
        assert!(
            all.rows.iter().any(|r| r.status == Some(status)),
            "{status:?}"
        );
    }
    assert!(all.rows.iter().all(|r| r.start_time.is_some()));

    let GetSessionsOutcome::Ok(channel) = s
        .client
        .get_sessions(&creds, nid(ids::CHANNEL_SUPPORT), NodeRef::Channel)
        .await
        .unwrap()
    else {
        panic!("channel list")
    };
    assert!(channel
        .rows
        .iter()
        .all(|r| r.channel_id == Some(nid(ids::CHANNEL_SUPPORT))));

    let GetSessionsOutcome::Ok(tech) = s
        .client
        .get_sessions(&creds, nid(ids::TECH_OFFLINE), NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("tech list")
    };
    assert!(tech
        .rows
        .iter()
        .any(|r| r.technician_id == Some(nid(ids::TECH_OFFLINE))));

    // A channel asked for as a node, a technician as a channel, an unknown node.
    for (node, node_ref) in [
        (ids::CHANNEL_SUPPORT, NodeRef::Node),
        (ids::TECH_ONLINE, NodeRef::Channel),
        (999, NodeRef::Node),
    ] {
        assert_eq!(
            s.client
                .get_sessions(&creds, nid(node), node_ref)
                .await
                .unwrap(),
            GetSessionsOutcome::InvalidNode
        );
    }
}

#[tokio::test]
async fn hierarchy_whole_filtered_and_single() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let GetHierarchyOutcome::Ok(tree) = s
        .client
        .get_hierarchy(&creds, HierarchyQuery::default())
        .await
        .unwrap()
    else {
        panic!("tree")
    };
    let technicians: Vec<_> = tree
        .nodes
        .iter()
        .filter(|n| n.node_type == rescue::NodeType::Technician)
        .collect();
    assert_eq!(technicians.len(), 12);
    assert_eq!(
        tree.nodes
            .iter()
            .filter(|n| n.node_type == rescue::NodeType::Channel)
            .count(),
        3
    );
    assert!(technicians.iter().any(|t| t.status == NodeStatus::Offline));
    assert!(technicians.iter().any(|t| t.status == NodeStatus::Busy));
    assert!(technicians.iter().any(|t| t.status == NodeStatus::Away));

    let GetHierarchyOutcome::Ok(online) = s
        .client
        .get_hierarchy(
            &creds,
            HierarchyQuery {
                node: None,
                filter_offline: true,
            },
        )
        .await
        .unwrap()
    else {
        panic!("filtered")
    };
    assert_eq!(online.nodes.len(), tree.nodes.len() - 3);

    let one = HierarchyQuery {
        node: Some(nid(ids::TECH_ONLINE)),
        filter_offline: false,
    };
    let GetHierarchyOutcome::Ok(single) = s.client.get_hierarchy(&creds, one).await.unwrap() else {
        panic!("single")
    };
    assert_eq!(single.nodes.len(), 1);
    assert_eq!(single.nodes[0].email, seed::DEMO_TECHNICIAN);
    let missing = HierarchyQuery {
        node: Some(nid(4242)),
        filter_offline: false,
    };
    assert_eq!(
        s.client.get_hierarchy(&creds, missing).await.unwrap(),
        GetHierarchyOutcome::InvalidNode
    );
}

#[tokio::test]
async fn hold_then_cancel_restores_the_session() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let id = find_session(&s.sim, Status::Active);

    assert_eq!(
        s.client.hold_session(&creds, sid(id)).await.unwrap(),
        HoldSessionOutcome::Ok
    );
    assert_eq!(
        status_of(&s.sim, id),
        (Status::Active, true),
        "pending, not yet done"
    );
    assert_eq!(
        s.client.hold_session(&creds, sid(id)).await.unwrap(),
        HoldSessionOutcome::ActionFailed,
        "one pending action at a time"
    );
    assert_eq!(
        s.client.cancel_action(&creds, sid(id)).await.unwrap(),
        CancelActionOutcome::Ok
    );
    assert_eq!(status_of(&s.sim, id), (Status::Active, false));
    s.sim.advance(Duration::from_secs(120));
    assert_eq!(
        status_of(&s.sim, id),
        (Status::Active, false),
        "cancelled for good"
    );

    // Not cancelled: the console carries it out after the delay.
    s.client.hold_session(&creds, sid(id)).await.unwrap();
    s.sim.advance(Duration::from_secs(61));
    assert_eq!(status_of(&s.sim, id), (Status::OnHold, false));
    assert_eq!(
        s.client.hold_session(&creds, sid(id)).await.unwrap(),
        HoldSessionOutcome::ActionFailed,
        "already on hold"
    );
}

#[tokio::test]
async fn transfer_shows_transferring_until_cancelled() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let id = find_session(&s.sim, Status::Active);
    assert_eq!(
        s.client
            .transfer_session(
                &creds,
                sid(id),
                nid(ids::CHANNEL_SUPPORT),
                NodeRef::Channel,
                Some("to billing")
            )
            .await
            .unwrap(),
        TransferSessionOutcome::Ok
    );
    assert_eq!(status_of(&s.sim, id), (Status::Transferring, true));
    s.client.cancel_action(&creds, sid(id)).await.unwrap();
    assert_eq!(status_of(&s.sim, id), (Status::Active, false));

    // Wrong target kinds.
    assert_eq!(
        s.client
            .transfer_session(
                &creds,
                sid(id),
                nid(ids::TECH_ONLINE),
                NodeRef::Channel,
                None
            )
            .await
            .unwrap(),
        TransferSessionOutcome::InvalidNode
    );
    // Carried out: the session lands in the channel queue with the comment.
    s.client
        .transfer_session(
            &creds,
            sid(id),
            nid(ids::CHANNEL_SUPPORT),
            NodeRef::Channel,
            Some("to billing"),
        )
        .await
        .unwrap();
    s.sim.advance(Duration::from_secs(61));
    s.sim.with_account(|a| {
        let session = a.session(id).unwrap();
        assert_eq!(session.status, Status::Waiting);
        assert_eq!(session.channel, ids::CHANNEL_SUPPORT);
        assert_eq!(session.transferred_comment, "to billing");
        assert_eq!(session.transferred_to, "Support Channel");
    });
}

#[tokio::test]
async fn start_and_close() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let waiting = s.sim.with_account(|a| {
        a.sessions()
            .find(|s| s.status == Status::Waiting && s.pending.is_none())
            .map(|s| s.id)
            .unwrap()
    });
    assert_eq!(
        s.client
            .start_session(&creds, sid(waiting), nid(ids::CHANNEL_SUPPORT))
            .await
            .unwrap(),
        StartSessionOutcome::InvalidNode
    );
    assert_eq!(
        s.client
            .start_session(&creds, sid(waiting), nid(ids::TECH_OFFLINE))
            .await
            .unwrap(),
        StartSessionOutcome::ActionFailed
    );
    assert_eq!(
        s.client
            .start_session(&creds, sid(waiting), nid(ids::TECH_ONLINE))
            .await
            .unwrap(),
        StartSessionOutcome::Ok
    );
    s.sim.advance(Duration::from_secs(61));
    assert_eq!(status_of(&s.sim, waiting), (Status::Active, false));

    assert_eq!(
        s.client.close_session(&creds, sid(waiting)).await.unwrap(),
        CloseSessionOutcome::Ok
    );
    s.sim.advance(Duration::from_secs(61));
    assert_eq!(
        status_of(&s.sim, waiting),
        (Status::ClosedByTechnician, false)
    );
    assert_eq!(
        s.client.close_session(&creds, sid(waiting)).await.unwrap(),
        CloseSessionOutcome::ActionFailed
    );
    assert_eq!(
        s.client
            .close_session(&creds, sid(2_000_000_000))
            .await
            .unwrap(),
        CloseSessionOutcome::InvalidSession
    );
}

#[tokio::test]
async fn every_cancel_action_code_is_reachable() {
    let s = start(Config::for_tests()).await;
    let admin = login(&s.client, seed::DEMO_ADMIN).await;
    let lead = login(&s.client, seed::DEMO_ADMIN_2).await;
    let tech = login(&s.client, seed::DEMO_TECHNICIAN).await;
    let id = find_session(&s.sim, Status::Active);

    // ACTIONFAILED: nothing pending; then another admin's pending action.
    assert_eq!(
        s.client.cancel_action(&admin, sid(id)).await.unwrap(),
        CancelActionOutcome::ActionFailed
    );
    s.client.hold_session(&admin, sid(id)).await.unwrap();
    assert_eq!(
        s.client.cancel_action(&lead, sid(id)).await.unwrap(),
        CancelActionOutcome::ActionFailed
    );
    // NOTLOGGEDINASADMIN: a technician's login.
    assert_eq!(
        s.client.cancel_action(&tech, sid(id)).await.unwrap(),
        CancelActionOutcome::NotLoggedInAsAdmin
    );
    // INVALIDPARAM_SESSION.
    assert_eq!(
        s.client.cancel_action(&admin, sid(12_345)).await.unwrap(),
        CancelActionOutcome::InvalidSession
    );
    // ACTIONFAILED: the technician's console went offline.
    let lead_tech = s
        .sim
        .with_account(|a| a.session(id).unwrap().technicians[0]);
    s.sim
        .with_account(|a| a.set_presence(lead_tech, Presence::Offline));
    assert_eq!(
        s.client.cancel_action(&admin, sid(id)).await.unwrap(),
        CancelActionOutcome::ActionFailed
    );
    s.sim
        .with_account(|a| a.set_presence(lead_tech, Presence::Online));
    // ERROR: only by injection.
    s.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Code {
            code: "ERROR".into(),
        },
        times: Some(1),
    });
    assert_eq!(
        s.client.cancel_action(&admin, sid(id)).await.unwrap(),
        CancelActionOutcome::Error
    );
    // OK.
    assert_eq!(
        s.client.cancel_action(&admin, sid(id)).await.unwrap(),
        CancelActionOutcome::Ok
    );
    // USER_DELETED_OR_DISABLED: the admin is disabled while signed in.
    s.sim
        .with_account(|a| a.set_disabled(seed::DEMO_ADMIN, true));
    assert_eq!(
        s.client.cancel_action(&admin, sid(id)).await.unwrap(),
        CancelActionOutcome::UserDeletedOrDisabled
    );
    assert_eq!(
        s.client.login(seed::DEMO_ADMIN, &password()).await.unwrap(),
        LoginOutcome::Invalid
    );
}

#[tokio::test]
async fn seeded_pending_actions_wait_to_be_cancelled() {
    let s = start(Config::for_tests()).await;
    let admin = login(&s.client, seed::DEMO_ADMIN).await;
    let pending: Vec<(u32, bool)> = s.sim.with_account(|a| {
        a.sessions()
            .filter(|s| s.pending.is_some())
            .map(|s| {
                let online = a
                    .node(s.technicians[0])
                    .is_some_and(|t| t.presence.console_running());
                (s.id, online)
            })
            .collect()
    });
    assert!(pending.len() >= 4, "{pending:?}");
    assert!(
        pending.iter().any(|(_, online)| !online),
        "one on an offline console"
    );
    for (id, online) in pending {
        let want = if online {
            CancelActionOutcome::Ok
        } else {
            CancelActionOutcome::ActionFailed
        };
        assert_eq!(s.client.cancel_action(&admin, sid(id)).await.unwrap(), want);
    }
}

/// Recognises the expected error variant.
type ErrorCheck = fn(&rescue::Error) -> bool;

#[tokio::test]
async fn injected_faults_become_typed_client_errors() {
    let s = start(Config::for_tests()).await;
    let admin = login(&s.client, seed::DEMO_ADMIN).await;
    let node = nid(ids::ROOT);
    let cases: Vec<(Fault, ErrorCheck)> = vec![
        (Fault::Timeout, |e| matches!(e, rescue::Error::Timeout)),
        (Fault::Status { status: 500 }, |e| {
            matches!(e, rescue::Error::HttpStatus(500))
        }),
        (Fault::Status { status: 503 }, |e| {
            matches!(e, rescue::Error::HttpStatus(503))
        }),
        (Fault::Status { status: 429 }, |e| {
            matches!(e, rescue::Error::RateLimited)
        }),
        (Fault::Reset, |e| matches!(e, rescue::Error::Transport(_))),
        (Fault::Malformed, |e| {
            matches!(e, rescue::Error::MalformedReply(_))
        }),
    ];
    for (fault, check) in cases {
        s.sim.inject(FaultRule {
            method: "getSession_v3".into(),
            fault: fault.clone(),
            times: Some(1),
        });
        let err = s
            .client
            .get_sessions(&admin, node, NodeRef::Node)
            .await
            .expect_err("fault");
        assert!(check(&err), "{fault:?} gave {err:?}");
    }
    // Latency delays without failing; past the client's timeout it is a timeout.
    s.sim.inject(FaultRule {
        method: "*".into(),
        fault: Fault::Latency { ms: 100 },
        times: Some(1),
    });
    let started = std::time::Instant::now();
    assert!(matches!(
        s.client
            .get_sessions(&admin, node, NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::Ok(_)
    ));
    assert!(started.elapsed() >= Duration::from_millis(100));
    // Faults ran out: the next call is normal again.
    assert!(s
        .client
        .get_sessions(&admin, node, NodeRef::Node)
        .await
        .is_ok());
}

#[tokio::test]
async fn request_log_masks_passwords_and_keeps_each_cookie() {
    let s = start(Config::for_tests()).await;
    let a = login(&s.client, seed::DEMO_ADMIN).await;
    let b = login(&s.client, seed::DEMO_ADMIN_2).await;
    s.sim.clear_requests();
    s.client.cancel_action(&a, sid(1)).await.unwrap();
    s.client.cancel_action(&b, sid(1)).await.unwrap();
    let log = s.sim.requests();
    let cookie_of = |c: &Credentials| match c {
        Credentials::Cookie(c) => c
            .expose_header_value()
            .trim_start_matches("ASP.NET_SessionId=")
            .to_owned(),
        Credentials::AuthCode(_) => unreachable!(),
    };
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].cookie.as_deref(), Some(cookie_of(&a).as_str()));
    assert_eq!(log[1].cookie.as_deref(), Some(cookie_of(&b).as_str()));
    assert_eq!(log[0].http_method, "POST");
    assert_eq!(log[0].param("session"), Some("1"));

    s.client.login(seed::DEMO_ADMIN, &password()).await.unwrap();
    let last = s.sim.requests().pop().unwrap();
    assert_eq!(last.param("pwd"), Some("***"));
    assert!(!format!("{last:?}").contains(seed::DEMO_PASSWORD));
}

#[tokio::test]
async fn replies_have_rescues_shapes() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let Credentials::Cookie(cookie) = creds else {
        unreachable!()
    };
    let http = reqwest::Client::new();
    let url = |m: &str| format!("{}{m}.aspx", s.running.api_url());
    let get = |method: &str, query: String| {
        let req = http
            .get(format!("{}?{query}", url(method)))
            .header("cookie", cookie.expose_header_value());
        async move {
            let resp = req.send().await.unwrap();
            assert_eq!(resp.status(), 200);
            resp.text().await.unwrap()
        }
    };
    let node = format!("node={}&noderef=NODE", ids::ROOT);
    let v3 = get("getSession_v3", node.clone()).await;
    let header = "ID|Status|Entry ID|Entry|Technician ID|Technician|Start Time|Waiting Time|Custom Field 0|Custom Field 1|Custom Field 2|Custom Field 3|Custom Field 4|Custom Field 5|Language|Transferred To|Transferred Comment|Is Lead Technician|HandingOff|";
    assert!(v3.starts_with(&format!("OK\n\n{header}\n")), "{v3}");
    for line in v3.lines().skip(2) {
        assert!(line.ends_with('|'), "{line}");
        assert_eq!(line.matches('|').count(), 19, "{line}");
    }
    let v2 = get("getSession_v2", node.clone()).await;
    assert!(v2
        .lines()
        .nth(2)
        .unwrap()
        .ends_with("Transferred Comment|Is Lead Technician|HandingOff|"));
    let v1 = get("getSession", node).await;
    assert!(v1
        .lines()
        .nth(2)
        .unwrap()
        .ends_with("Transferred To|Transferred Comment|"));

    let tree = get("getHierarchy_v2", String::new()).await;
    assert!(tree.starts_with("OK\n\nNodeID:"), "{tree}");
    assert!(tree.ends_with("\n\n"));
    let block = tree.split("\n\n").nth(1).unwrap();
    let keys: Vec<&str> = block
        .lines()
        .map(|l| l.split(':').next().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "NodeID",
            "ParentID",
            "Name",
            "Email",
            "Description",
            "Status",
            "Type"
        ]
    );

    // Business errors are HTTP 200 with the code alone; paths are case-insensitive.
    let resp = http
        .post(format!("http://{}/api/CANCELACTION.ASPX", s.running.addr))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.text().await.unwrap(), "NOTLOGGEDINASADMIN");
    let resp = http.get(url("noSuchMethod")).send().await.unwrap();
    assert_eq!(resp.status(), 404);

    let available = get(
        "isAnyTechAvailableOnChannel",
        format!("ChannelID={}", ids::CHANNEL_SUPPORT),
    )
    .await;
    assert_eq!(available, "TRUE");
}

#[tokio::test]
async fn same_seed_same_account() {
    let a = start(Config::for_tests()).await;
    let b = start(Config::for_tests()).await;
    let list = |s: &Setup| {
        s.sim.with_account(|acc| {
            acc.sessions()
                .map(|x| format!("{}:{:?}:{:?}:{:?}", x.id, x.status, x.technicians, x.custom))
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(list(&a), list(&b));
    let c = start(Config {
        seed: 7,
        ..Config::for_tests()
    })
    .await;
    assert_ne!(list(&a), list(&c));
}

#[tokio::test]
async fn control_api_steers_over_http() {
    let s = start(Config::for_tests()).await;
    let http = reqwest::Client::new();
    let base = format!("http://{}", s.running.addr);
    let resp = http
        .post(format!("{base}/_sim/faults"))
        .json(&serde_json::json!({"method": "login", "fault": {"kind": "code", "code": "ERROR"}, "times": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 204);
    assert_eq!(
        s.client.login(seed::DEMO_ADMIN, &password()).await.unwrap(),
        LoginOutcome::Error
    );
    let requests: Vec<serde_json::Value> = http
        .get(format!("{base}/_sim/requests"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0]["method"], "login");

    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    http.post(format!("{base}/_sim/clock/advance"))
        .json(&serde_json::json!({"seconds": 1300}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        s.client
            .get_sessions(&creds, nid(ids::ROOT), NodeRef::Node)
            .await
            .unwrap(),
        GetSessionsOutcome::NotLoggedIn
    );

    // Off unless enabled.
    let quiet = start(Config {
        control_api: false,
        ..Config::for_tests()
    })
    .await;
    let resp = http
        .get(format!("http://{}/_sim/requests", quiet.running.addr))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn the_demo_lives_but_leaves_pending_actions_alone() {
    let sim = Simulator::new(Config {
        living: true,
        ..Config::for_tests()
    });
    let before = sim.with_account(|a| {
        a.sessions()
            .map(|s| (s.id, s.status, s.pending.is_some()))
            .collect::<Vec<_>>()
    });
    // 25 minutes in one-minute steps (seeded actions fall due after 30).
    for _ in 0..25 {
        sim.advance(Duration::from_secs(60));
    }
    let after = sim.with_account(|a| {
        a.sessions()
            .map(|s| (s.id, s.status, s.pending.is_some()))
            .collect::<Vec<_>>()
    });
    let max_before = before.iter().map(|s| s.0).max().unwrap();
    assert!(
        after.iter().any(|s| s.0 > max_before),
        "new sessions arrived"
    );
    let changed = before
        .iter()
        .filter(|b| after.iter().any(|a| a.0 == b.0 && a.1 != b.1))
        .count();
    assert!(changed >= 5, "only {changed} sessions changed state");
    for (id, status, pending) in before.iter().filter(|b| b.2) {
        let now = after
            .iter()
            .find(|a| a.0 == *id)
            .expect("pending session kept");
        assert_eq!((now.1, now.2), (*status, *pending), "session {id}");
    }
}

/// The report flow: settings kept per login, a report consistent with getSession (free text
/// with `|` and line breaks intact in XML), one report per 60 seconds, an empty range.
#[tokio::test]
async fn session_report_per_login_and_one_per_minute() {
    use rescue::{GetReportOutcome, ReportArea, SetReportOutcome};
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let root = nid(ids::ROOT);
    assert_eq!(
        s.client
            .get_report(&creds, root, NodeRef::Node)
            .await
            .unwrap(),
        GetReportOutcome::Error,
        "no settings yet"
    );

    let now = rescue_sim::clock::to_naive(s.sim.now());
    let day = chrono::Duration::days(1);
    assert_eq!(
        s.client
            .set_report_area(&creds, ReportArea::Session)
            .await
            .unwrap(),
        SetReportOutcome::Ok
    );
    assert_eq!(
        s.client
            .set_report_dates(&creds, now + day, now - day)
            .await
            .unwrap(),
        SetReportOutcome::Error,
        "a backwards range is refused"
    );
    s.client
        .set_report_dates(&creds, now - day, now + day)
        .await
        .unwrap();
    assert_eq!(
        s.client.set_report_timezone_utc(&creds).await.unwrap(),
        SetReportOutcome::Ok
    );
    s.client.set_report_output_xml(&creds).await.unwrap();

    let GetReportOutcome::Ok(report) = s
        .client
        .get_report(&creds, root, NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("a report");
    };
    let GetSessionsOutcome::Ok(list) = s
        .client
        .get_sessions(&creds, root, NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("root list")
    };
    assert_eq!(report.rows.len(), 40, "one row per session");
    for row in &report.rows {
        let id: u32 = report.value(row, "Session ID").unwrap().parse().unwrap();
        let listed: Vec<_> = list.rows.iter().filter(|r| r.id.get() == id).collect();
        assert!(!listed.is_empty(), "{id} is listed by getSession");
        assert_eq!(
            report.value(row, "Status"),
            Some(listed[0].status_text.as_str())
        );
        // The lead technician (or none while queued), as getSession names them.
        let lead = listed
            .iter()
            .find(|r| r.is_lead || listed.len() == 1)
            .map_or("", |r| r.technician.as_str());
        assert_eq!(report.value(row, "Technician Name"), Some(lead));
    }
    assert!(
        report
            .rows
            .iter()
            .any(|r| report.value(r, "Technician Comment")
                == Some("Printer | Floor 2\nCall back after 5 pm")),
        "free text survives the XML"
    );

    // One per 60 seconds, per login.
    assert_eq!(
        s.client
            .get_report(&creds, root, NodeRef::Node)
            .await
            .unwrap(),
        GetReportOutcome::Undocumented(rescue_sim::report::TOO_SOON.into())
    );
    let other = login(&s.client, seed::DEMO_ADMIN_2).await;
    assert_eq!(
        s.client
            .get_report(&other, root, NodeRef::Node)
            .await
            .unwrap(),
        GetReportOutcome::Error,
        "another login has settings of its own"
    );
    s.sim.advance(Duration::from_secs(61));
    s.client
        .set_report_dates(&creds, now - day * 400, now - day * 300)
        .await
        .unwrap();
    let GetReportOutcome::Ok(empty) = s
        .client
        .get_report(&creds, root, NodeRef::Node)
        .await
        .unwrap()
    else {
        panic!("an empty report");
    };
    assert!(empty.rows.is_empty());
    assert_eq!(empty.columns.len(), rescue_sim::report::COLUMNS.len());
}

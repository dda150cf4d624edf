//! The `rescue` client against the simulator over loopback HTTP: every admin action, pending
//! until the console carries it out, and every code Cancel action can answer.

mod support;

use std::time::Duration;

use rescue::{ActionOutcome, LoginOutcome, NodeRef, SessionCall};
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::model::{Presence, Status};
use rescue_sim::seed::{self, ids};
use rescue_sim::Config;
use support::*;

#[tokio::test]
async fn hold_then_cancel_restores_the_session() {
    let s = start(Config::for_tests()).await;
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let id = find_session(&s.sim, Status::Active);

    assert_eq!(
        s.client
            .act(&creds, sid(id), &SessionCall::Hold)
            .await
            .unwrap(),
        ActionOutcome::Ok
    );
    assert_eq!(
        status_of(&s.sim, id),
        (Status::Active, true),
        "pending, not yet done"
    );
    assert_eq!(
        s.client
            .act(&creds, sid(id), &SessionCall::Hold)
            .await
            .unwrap(),
        ActionOutcome::ActionFailed,
        "one pending action at a time"
    );
    assert_eq!(
        s.client
            .act(&creds, sid(id), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::Ok
    );
    assert_eq!(status_of(&s.sim, id), (Status::Active, false));
    s.sim.advance(Duration::from_secs(120));
    assert_eq!(
        status_of(&s.sim, id),
        (Status::Active, false),
        "cancelled for good"
    );

    // Not cancelled: the console carries it out after the delay.
    s.client
        .act(&creds, sid(id), &SessionCall::Hold)
        .await
        .unwrap();
    s.sim.advance(Duration::from_secs(61));
    assert_eq!(status_of(&s.sim, id), (Status::OnHold, false));
    assert_eq!(
        s.client
            .act(&creds, sid(id), &SessionCall::Hold)
            .await
            .unwrap(),
        ActionOutcome::ActionFailed,
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
            .act(
                &creds,
                sid(id),
                &SessionCall::Transfer {
                    target: nid(ids::CHANNEL_SUPPORT),
                    target_ref: NodeRef::Channel,
                    comment: Some("to billing")
                }
            )
            .await
            .unwrap(),
        ActionOutcome::Ok
    );
    assert_eq!(status_of(&s.sim, id), (Status::Transferring, true));
    s.client
        .act(&creds, sid(id), &SessionCall::Cancel)
        .await
        .unwrap();
    assert_eq!(status_of(&s.sim, id), (Status::Active, false));

    // Wrong target kinds.
    assert_eq!(
        s.client
            .act(
                &creds,
                sid(id),
                &SessionCall::Transfer {
                    target: nid(ids::TECH_ONLINE),
                    target_ref: NodeRef::Channel,
                    comment: None
                }
            )
            .await
            .unwrap(),
        ActionOutcome::InvalidNode
    );
    // Carried out: the session lands in the channel queue with the comment.
    s.client
        .act(
            &creds,
            sid(id),
            &SessionCall::Transfer {
                target: nid(ids::CHANNEL_SUPPORT),
                target_ref: NodeRef::Channel,
                comment: Some("to billing"),
            },
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
            .act(
                &creds,
                sid(waiting),
                &SessionCall::Start {
                    technician: nid(ids::CHANNEL_SUPPORT)
                }
            )
            .await
            .unwrap(),
        ActionOutcome::InvalidNode
    );
    assert_eq!(
        s.client
            .act(
                &creds,
                sid(waiting),
                &SessionCall::Start {
                    technician: nid(ids::TECH_OFFLINE)
                }
            )
            .await
            .unwrap(),
        ActionOutcome::ActionFailed
    );
    assert_eq!(
        s.client
            .act(
                &creds,
                sid(waiting),
                &SessionCall::Start {
                    technician: nid(ids::TECH_ONLINE)
                }
            )
            .await
            .unwrap(),
        ActionOutcome::Ok
    );
    s.sim.advance(Duration::from_secs(61));
    assert_eq!(status_of(&s.sim, waiting), (Status::Active, false));

    assert_eq!(
        s.client
            .act(&creds, sid(waiting), &SessionCall::Close)
            .await
            .unwrap(),
        ActionOutcome::Ok
    );
    s.sim.advance(Duration::from_secs(61));
    assert_eq!(
        status_of(&s.sim, waiting),
        (Status::ClosedByTechnician, false)
    );
    assert_eq!(
        s.client
            .act(&creds, sid(waiting), &SessionCall::Close)
            .await
            .unwrap(),
        ActionOutcome::ActionFailed
    );
    assert_eq!(
        s.client
            .act(&creds, sid(2_000_000_000), &SessionCall::Close)
            .await
            .unwrap(),
        ActionOutcome::InvalidSession
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
        s.client
            .act(&admin, sid(id), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::ActionFailed
    );
    s.client
        .act(&admin, sid(id), &SessionCall::Hold)
        .await
        .unwrap();
    assert_eq!(
        s.client
            .act(&lead, sid(id), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::ActionFailed
    );
    // NOTLOGGEDINASADMIN: a technician's login.
    assert_eq!(
        s.client
            .act(&tech, sid(id), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::NotLoggedInAsAdmin
    );
    // INVALIDPARAM_SESSION.
    assert_eq!(
        s.client
            .act(&admin, sid(12_345), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::InvalidSession
    );
    // ACTIONFAILED: the technician's console went offline.
    let lead_tech = s
        .sim
        .with_account(|a| a.session(id).unwrap().technicians[0]);
    s.sim
        .with_account(|a| a.set_presence(lead_tech, Presence::Offline));
    assert_eq!(
        s.client
            .act(&admin, sid(id), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::ActionFailed
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
        s.client
            .act(&admin, sid(id), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::Error
    );
    // OK.
    assert_eq!(
        s.client
            .act(&admin, sid(id), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::Ok
    );
    // USER_DELETED_OR_DISABLED: the admin is disabled while signed in.
    s.sim
        .with_account(|a| a.set_disabled(seed::DEMO_ADMIN, true));
    assert_eq!(
        s.client
            .act(&admin, sid(id), &SessionCall::Cancel)
            .await
            .unwrap(),
        ActionOutcome::UserDeletedOrDisabled
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
            ActionOutcome::Ok
        } else {
            ActionOutcome::ActionFailed
        };
        assert_eq!(
            s.client
                .act(&admin, sid(id), &SessionCall::Cancel)
                .await
                .unwrap(),
            want
        );
    }
}

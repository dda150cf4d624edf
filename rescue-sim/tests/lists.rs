//! The `rescue` client against the simulator over loopback HTTP: session lists of a
//! technician, group and channel, and the hierarchy.

mod support;

use rescue::{
    GetHierarchyOutcome, GetSessionsOutcome, HierarchyQuery, NodeRef, NodeStatus, SessionStatus,
};
use rescue_sim::seed::{self, ids};
use rescue_sim::Config;
use support::*;

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

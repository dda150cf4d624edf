//! The demo account: 3 technician groups of 4, 3 channels, administrators, and 40 sessions in
//! every state, some carrying a pending action of the demo administrator.

use crate::account::Account;
use crate::clock::Millis;
use crate::life::new_session;
use crate::model::*;

/// Password of every demo user.
pub const DEMO_PASSWORD: &str = "rescue-demo";
/// The demo company's numeric ID, as `requestAuthCodeSSO` takes it.
pub const DEMO_COMPANY_ID: u32 = 4_201_337;
/// The demo company's SSO password (Rescue's Global Settings); every demo user's SSO ID is
/// their e-mail.
pub const DEMO_SSO_PASSWORD: &str = "demo-sso-secret";
/// The demo administrator the dashboard suggests.
pub const DEMO_ADMIN: &str = "admin@demo.example";
/// A second administrator, to try two browsers at once.
pub const DEMO_ADMIN_2: &str = "lead@demo.example";
/// The master administrator.
pub const DEMO_MASTER: &str = "master@demo.example";
/// A technician: signs in, but session actions answer NOTLOGGEDINASADMIN.
pub const DEMO_TECHNICIAN: &str = "tech@demo.example";
/// An administrator who signs in through single sign-on only: no Rescue password, so
/// `login.aspx` and `requestAuthCode` answer `INVALID` whatever password is sent.
pub const DEMO_SSO_ONLY: &str = "sso.admin@demo.example";
/// Every demo user who can sign in (what demo mode's list of allowed admins holds).
pub const DEMO_ACCOUNTS: [&str; 5] = [
    DEMO_ADMIN,
    DEMO_ADMIN_2,
    DEMO_MASTER,
    DEMO_TECHNICIAN,
    DEMO_SSO_ONLY,
];

/// Node IDs of the demo account, for tests.
pub mod ids {
    /// The account root.
    pub const ROOT: u32 = 337_000;
    /// The demo administrator.
    pub const ADMIN: u32 = 337_011;
    /// The second administrator.
    pub const ADMIN_2: u32 = 337_012;
    /// The administrator who signs in through single sign-on only.
    pub const SSO_ONLY: u32 = 337_013;
    /// The master administrator.
    pub const MASTER: u32 = 337_002;
    /// First technician group.
    pub const GROUP_HELPDESK: u32 = 337_100;
    /// First technician of the helpdesk group (online, also the demo technician login).
    pub const TECH_ONLINE: u32 = 337_101;
    /// Last technician of the helpdesk group (console offline).
    pub const TECH_OFFLINE: u32 = 337_104;
    /// First channel.
    pub const CHANNEL_SUPPORT: u32 = 1_902_861_001;
}

fn node(id: u32, parent: u32, name: &str, kind: NodeKind) -> Node {
    Node {
        id,
        parent,
        name: name.to_owned(),
        email: String::new(),
        description: String::new(),
        kind,
        presence: Presence::Offline,
        password: String::new(),
        ssoid: String::new(),
        disabled: false,
        answered_by: Vec::new(),
    }
}

fn user(id: u32, parent: u32, name: &str, email: &str, kind: NodeKind) -> Node {
    Node {
        email: email.to_owned(),
        password: DEMO_PASSWORD.to_owned(),
        // The demo company's identity provider names its people by e-mail.
        ssoid: email.to_owned(),
        ..node(id, parent, name, kind)
    }
}

/// The hierarchy alone, without sessions (tests build their own sessions on it).
pub fn hierarchy(account: &mut Account) {
    use ids::*;
    account.company_id = DEMO_COMPANY_ID;
    account.sso_password = DEMO_SSO_PASSWORD.to_owned();
    account.add_node(node(ROOT, 0, "Demo Company", NodeKind::Root));
    account.add_node(node(
        337_001,
        ROOT,
        "Master Administrators",
        NodeKind::MasterAdministrators,
    ));
    account.add_node(user(
        MASTER,
        337_001,
        "Morgan Master",
        DEMO_MASTER,
        NodeKind::MasterAdministrator,
    ));
    account.add_node(node(
        337_010,
        ROOT,
        "Administrators",
        NodeKind::Administrators,
    ));
    account.add_node(user(
        ADMIN,
        337_010,
        "Alex Admin",
        DEMO_ADMIN,
        NodeKind::Administrator,
    ));
    account.add_node(user(
        ADMIN_2,
        337_010,
        "Lee Lead",
        DEMO_ADMIN_2,
        NodeKind::Administrator,
    ));
    account.add_node(Node {
        password: String::new(),
        ..user(
            SSO_ONLY,
            337_010,
            "Sam Single",
            DEMO_SSO_ONLY,
            NodeKind::Administrator,
        )
    });
    account.add_node(node(337_020, ROOT, "Technicians", NodeKind::Technicians));

    let groups = [
        (
            GROUP_HELPDESK,
            "Helpdesk",
            ["Tina Tech", "Ravi Patel", "Jonas Berg", "Mei Chen"],
        ),
        (
            337_200,
            "Field Support",
            ["Olu Ade", "Sara Lind", "Pedro Alves", "Nora Kim"],
        ),
        (
            337_300,
            "Escalations",
            ["Ivan Petrov", "Aisha Khan", "Tom Reed", "Lena Vogt"],
        ),
    ];
    // Per group: online, online, busy/away, offline — so every presence is on show.
    let presences = [
        Presence::Online,
        Presence::Online,
        Presence::Busy,
        Presence::Offline,
    ];
    for (g, (group_id, group_name, techs)) in groups.iter().enumerate() {
        account.add_node(node(
            *group_id,
            337_020,
            group_name,
            NodeKind::TechnicianGroup,
        ));
        for (i, name) in techs.iter().enumerate() {
            let id = group_id + 1 + i as u32;
            let email = if id == TECH_ONLINE {
                DEMO_TECHNICIAN.to_owned()
            } else {
                format!(
                    "{}@demo.example",
                    name.split(' ').next().unwrap_or("tech").to_lowercase()
                )
            };
            let mut tech = user(id, *group_id, name, &email, NodeKind::Technician);
            tech.presence = if g == 2 && i == 2 {
                Presence::Away
            } else {
                presences[i]
            };
            account.add_node(tech);
        }
    }
    let channels = [
        (
            CHANNEL_SUPPORT,
            "Support Channel",
            vec![GROUP_HELPDESK, 337_200],
        ),
        (1_902_861_002, "Billing", vec![GROUP_HELPDESK]),
        (1_902_861_003, "VIP Line", vec![337_300]),
    ];
    for (id, name, groups) in channels {
        let mut channel = node(id, ROOT, name, NodeKind::Channel);
        channel.presence = Presence::Online;
        channel.answered_by = groups;
        account.add_node(channel);
    }
}

/// The full demo account at `now`: the hierarchy and 40 sessions.
pub fn demo(account: &mut Account, now: Millis) {
    hierarchy(account);
    let technicians = technician_ids(account);
    for i in 0..40u32 {
        let age = Millis::from(account.roll(60..5400)) * 1000;
        let mut session = new_session(account, now - age);
        let tech = technicians[(i as usize * 5) % technicians.len()];
        // A spread of states: 8 waiting, 20 active, 5 on hold, 7 recently finished.
        session.status = match i {
            0..=7 => Status::Waiting,
            8..=27 => Status::Active,
            28..=32 => Status::OnHold,
            33..=35 => Status::ClosedByCustomer,
            _ => Status::ClosedByTechnician,
        };
        if session.status != Status::Waiting && session.technicians.is_empty() {
            session.technicians.push(tech);
        }
        session.changed = if session.status.finished() {
            // Recently finished, so getSession still lists them for a while.
            now - Millis::from(account.roll(30..600)) * 1000
        } else {
            now - age / (1 + Millis::from(account.roll(1..4)))
        };
        // Two sessions with a collaborating technician.
        if i == 10 || i == 20 {
            let helper = technicians[(i as usize * 5 + 1) % technicians.len()];
            session.technicians.push(helper);
        }
        // Free text as technicians type it: the delimiter and a line break, which only a
        // report in XML carries intact.
        if i == 36 {
            session.technician_comment = "Printer | Floor 2\nCall back after 5 pm".into();
        }
        // A technician whose console went offline: cancelling here answers ACTIONFAILED.
        if i == 15 {
            session.technicians = vec![ids::TECH_OFFLINE];
        }
        // Pending actions of the demo admin, so Cancel action has something to cancel.
        let pending = match i {
            15 => Some(Action::Hold),
            9 => Some(Action::Hold),
            14 => Some(Action::Close),
            18 => Some(Action::Transfer {
                target: ids::CHANNEL_SUPPORT,
                to_channel: true,
                comment: "Needs the billing team".into(),
            }),
            29 => Some(Action::Close),
            _ => None,
        };
        if let Some(action) = pending {
            let previous = session.status;
            if matches!(action, Action::Transfer { .. }) {
                session.status = Status::Transferring;
            }
            session.pending = Some(Pending {
                admin: ids::ADMIN,
                action,
                due: now + 30 * 60 * 1000,
                previous,
            });
        }
        account.add_session(session);
    }
}

/// Adds `count` sessions in progress, spread over every technician, for load tests and
/// benchmarks that need a long list (the demo's 40 are too few to measure).
pub fn crowd(account: &mut Account, count: u32, now: Millis) {
    let technicians = technician_ids(account);
    if technicians.is_empty() {
        return;
    }
    for i in 0..count {
        let mut session = new_session(account, now - Millis::from(i % 3600) * 1000);
        session.status = Status::Active;
        session.technicians = vec![technicians[i as usize % technicians.len()]];
        account.add_session(session);
    }
}

/// Every technician of the account, in ID order.
fn technician_ids(account: &Account) -> Vec<u32> {
    account
        .nodes
        .values()
        .filter(|n| n.kind == NodeKind::Technician)
        .map(|n| n.id)
        .collect()
}

//! A living account: customers arrive and wait, technicians pick them up, sessions end.
//!
//! Probabilities are per simulated second, so a faster clock makes a busier demo. Sessions with
//! a pending admin action are left alone, so the action stays there to be cancelled.

use rand::Rng;

use crate::account::{Account, FINISHED_KEPT_MS};
use crate::clock::Millis;
use crate::model::{NodeKind, Presence, Session, Status};

/// Live sessions the demo tries to keep.
const TARGET_LIVE: usize = 30;

const FIRST_NAMES: &[&str] = &[
    "Lucia", "Jarbas", "Amir", "Chloe", "Noah", "Priya", "Mateo", "Hanna", "Kofi", "Yuki", "Elena",
    "Omar", "Sofia", "Liam", "Ines", "Tariq",
];
const COMPANIES: &[&str] = &["ACME", "Globex", "Initech", "Umbrella", "Stark", "Wayne"];
const PROBLEMS: &[&str] = &[
    "Printer offline",
    "VPN drops",
    "Outlook crashes",
    "New laptop setup",
    "Slow PC",
    "Password reset",
    "Wi-Fi issues",
];
const LANGUAGES: &[&str] = &["en", "en", "en", "de", "fr", "es", "pt"];

/// Chance per second, applied over `seconds`.
fn happens(account: &mut Account, per_second: f64, seconds: f64) -> bool {
    let p = 1.0 - (1.0 - per_second).powf(seconds);
    account.rng.random_bool(p.clamp(0.0, 1.0))
}

fn pick<'a>(account: &mut Account, items: &'a [&'a str]) -> &'a str {
    items[account.roll(0..items.len() as u32) as usize]
}

/// A new customer in a channel queue (or, now and then, a private session with a technician).
pub fn new_session(account: &mut Account, now: Millis) -> Session {
    let channels: Vec<u32> = account
        .nodes
        .values()
        .filter(|n| n.kind == NodeKind::Channel)
        .map(|n| n.id)
        .collect();
    let private = channels.is_empty() || account.roll(0..5) == 0;
    let (channel, technicians) = if private {
        let online = online_technicians(account);
        match online.get(account.roll(0..online.len().max(1) as u32) as usize) {
            Some(&tech) => (0, vec![tech]),
            None => (channels.first().copied().unwrap_or(0), Vec::new()),
        }
    } else {
        (
            channels[account.roll(0..channels.len() as u32) as usize],
            Vec::new(),
        )
    };
    let id = account.new_session_id();
    let name = pick(account, FIRST_NAMES).to_owned();
    let company = pick(account, COMPANIES).to_owned();
    let problem = pick(account, PROBLEMS).to_owned();
    let phone = format!("555-{:04}", account.roll(100..9999));
    let language = pick(account, LANGUAGES).to_owned();
    Session {
        id,
        status: Status::Waiting,
        channel,
        technicians,
        started: now,
        changed: now,
        custom: [name, company, phone, problem, String::new(), String::new()],
        language,
        transferred_to: String::new(),
        transferred_comment: String::new(),
        technician_comment: String::new(),
        pending: None,
    }
}

fn online_technicians(account: &Account) -> Vec<u32> {
    account
        .nodes
        .values()
        .filter(|n| n.kind == NodeKind::Technician && n.presence == Presence::Online && !n.disabled)
        .map(|n| n.id)
        .collect()
}

/// Advances life by `elapsed` simulated milliseconds.
pub fn step(account: &mut Account, now: Millis, elapsed: Millis) {
    // Long gaps (a test advancing the clock by an hour) are capped: life is a backdrop.
    let seconds = (elapsed as f64 / 1000.0).min(300.0);
    let online = online_technicians(account);
    let ids: Vec<u32> = account
        .sessions
        .values()
        .filter(|s| s.pending.is_none())
        .map(|s| s.id)
        .collect();
    for id in ids {
        let status = account.sessions[&id].status;
        let next = match status {
            Status::Waiting if !online.is_empty() && happens(account, 1.0 / 90.0, seconds) => {
                Some(Status::Active)
            }
            Status::Waiting if happens(account, 1.0 / 1800.0, seconds) => {
                Some(Status::ClosedByWaitingCustomer)
            }
            Status::Active if happens(account, 1.0 / 600.0, seconds) => {
                Some(if account.roll(0..2) == 0 {
                    Status::ClosedByTechnician
                } else {
                    Status::ClosedByCustomer
                })
            }
            Status::OnHold if happens(account, 1.0 / 240.0, seconds) => Some(Status::Active),
            _ => None,
        };
        if let Some(next) = next {
            let tech = online
                .get(account.roll(0..online.len().max(1) as u32) as usize)
                .copied();
            let Some(session) = account.sessions.get_mut(&id) else {
                continue;
            };
            if status == Status::Waiting && next == Status::Active && session.technicians.is_empty()
            {
                session.technicians.extend(tech);
            }
            session.status = next;
            session.changed = now;
            if account.posting {
                post_change(account, id, status, next, now);
            }
        }
    }
    let live = account
        .sessions
        .values()
        .filter(|s| !s.status.finished())
        .count();
    if live < TARGET_LIVE && happens(account, 1.0 / 20.0, seconds) {
        let session = new_session(account, now);
        account.add_session(session);
    }
}

/// Queues the Post-to-URL post of a session that started (picked up) or ended. Sessions no
/// technician took part in post nothing.
fn post_change(account: &mut Account, id: u32, from: Status, to: Status, now: Millis) {
    let Some(session) = account.sessions.get(&id).cloned() else {
        return;
    };
    if session.technicians.is_empty() {
        return;
    }
    let started = from == Status::Waiting && to == Status::Active;
    if started {
        account.waited.insert(id, now - session.started);
    } else if !to.finished() {
        return;
    }
    let waited = account.waited.get(&id).copied().unwrap_or(0);
    let post = post_of(account, &session, (!started, now), waited);
    account.outgoing.push(post);
    if !started {
        account.waited.remove(&id);
    }
}

/// What Rescue posts for `session` at its start (`end` false) or end (at `now`); it waited
/// `waited_ms` before a technician picked it up, and was worked on from then to its end.
fn post_of(
    account: &Account,
    session: &Session,
    (end, now): (bool, Millis),
    waited_ms: Millis,
) -> crate::post_to_url::Outgoing {
    let tech = session
        .technicians
        .first()
        .and_then(|id| account.nodes.get(id));
    let text = |f: fn(&crate::model::Node) -> &str| tech.map(f).unwrap_or_default().to_owned();
    let waiting = (waited_ms.max(0) / 1000).to_string();
    let work = if end {
        (now - session.started - waited_ms).max(0) / 1000
    } else {
        0
    };
    let customer = session.custom[0].clone();
    let chat = if end {
        format!(
            "{}: Thanks, it works again.\nTechnician: Glad to help. Closing the session.",
            customer
        )
    } else {
        format!("{customer}: Hello, {}.", session.custom[3].to_lowercase())
    };
    let notes = if end {
        format!("{} Resolved remotely.", session.custom[3])
    } else {
        String::new()
    };
    let mut fields = vec![
        ("SessionID", session.id.to_string()),
        ("TechID", tech.map(|t| t.id.to_string()).unwrap_or_default()),
        ("TechSSOID", text(|t| &t.ssoid)),
        ("TechName", text(|t| &t.name)),
        ("TechEmail", text(|t| &t.email)),
        ("TechDescr", text(|t| &t.description)),
    ];
    let names = [
        "CField0", "CField1", "CField2", "CField3", "CField4", "CField5",
    ];
    fields.extend(names.into_iter().zip(session.custom.iter().cloned()));
    fields.extend([
        ("Tracking0", format!("web-{}", session.channel)),
        ("ChatLog", chat),
        ("Notes", notes),
        ("WaitingTime", waiting.clone()),
        ("PickupTime", waiting),
        ("WorkTime", work.to_string()),
    ]);
    crate::post_to_url::Outgoing(fields)
}

/// Moves the account forward to `now`: due actions are carried out, and in a living account
/// sessions arrive, get picked up and end. Every request moves it first, so the account is
/// always as it would be at `now`.
pub fn tick(account: &mut Account, now: Millis) {
    let elapsed = account.last_tick.map_or(0, |t| (now - t).max(0));
    account.last_tick = Some(now);
    account.carry_out_due_actions(now);
    if account.living && elapsed > 0 {
        step(account, now, elapsed);
    }
    account
        .sessions
        .retain(|_, s| !(s.status.finished() && now - s.changed > FINISHED_KEPT_MS));
}

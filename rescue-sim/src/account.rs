//! The rules of the simulated account: who may call what, and what each method answers.
//!
//! Every method returns an [`Answer`] in Rescue's shape: a result code and, for data methods,
//! a payload. Business errors are answers, never HTTP errors — as on the real service.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::clock::Millis;
use crate::format;
use crate::model::*;
use crate::report;

/// Idle time after which a login cookie stops working (rescue-api.md §1.3).
pub const LOGIN_IDLE_MS: Millis = 20 * 60 * 1000;
/// Window and count of the login limit: more than 10 logins in 3 minutes.
pub const LOGIN_WINDOW_MS: Millis = 3 * 60 * 1000;
/// Logins allowed within the window.
pub const LOGIN_LIMIT: usize = 10;
/// How long finished sessions stay in getSession's list.
const FINISHED_KEPT_MS: Millis = 15 * 60 * 1000;

/// Request parameters, looked up case-insensitively as ASP.NET does.
#[derive(Debug, Clone, Default)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    /// The first value of `name`, trimmed.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }
}

/// Who is calling: the login cookie and/or authcode the request carried.
#[derive(Debug, Clone, Copy, Default)]
pub struct Caller<'a> {
    /// Value of the `ASP.NET_SessionId` cookie.
    pub cookie: Option<&'a str>,
    /// The `authcode` parameter.
    pub authcode: Option<&'a str>,
}

/// What a method answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// HTTP 200 with a result code and an optional payload (after a blank line).
    Text {
        /// Result code (`OK`, `NOTLOGGEDIN`, …).
        code: String,
        /// Payload for data methods.
        payload: Option<String>,
        /// A new login cookie to set.
        set_cookie: Option<String>,
    },
    /// The page does not exist (HTTP 404), as for an unknown `.aspx`.
    UnknownMethod,
}

impl Answer {
    fn code(code: &str) -> Self {
        Answer::Text {
            code: code.to_owned(),
            payload: None,
            set_cookie: None,
        }
    }

    fn data(payload: String) -> Self {
        Answer::Text {
            code: "OK".into(),
            payload: Some(payload),
            set_cookie: None,
        }
    }

    /// The result code, if any.
    pub fn result_code(&self) -> Option<&str> {
        match self {
            Answer::Text { code, .. } => Some(code),
            Answer::UnknownMethod => None,
        }
    }
}

/// Why a call is not authenticated.
enum Denied {
    NotLoggedIn,
    InvalidAuthCode,
    Disabled,
}

#[derive(Debug, Clone)]
struct Login {
    user: u32,
    last_used: Millis,
}

/// The whole simulated account.
#[derive(Debug)]
pub struct Account {
    pub(crate) nodes: BTreeMap<u32, Node>,
    pub(crate) sessions: BTreeMap<u32, Session>,
    logins: HashMap<String, Login>,
    authcodes: HashMap<u32, String>,
    login_attempts: HashMap<String, VecDeque<Millis>>,
    /// Report settings per login (cookie or authcode).
    reports: HashMap<String, report::Settings>,
    pub(crate) rng: ChaCha8Rng,
    pub(crate) next_session: u32,
    /// How long the technician console takes to carry out an admin action.
    pub action_delay_ms: Millis,
    /// Whether sessions arrive, get picked up and close on their own.
    pub living: bool,
    last_tick: Option<Millis>,
}

impl Account {
    /// An empty account; `seed` drives every random choice (cookies, authcodes, life).
    pub fn empty(seed: u64) -> Self {
        Account {
            nodes: BTreeMap::new(),
            sessions: BTreeMap::new(),
            logins: HashMap::new(),
            authcodes: HashMap::new(),
            login_attempts: HashMap::new(),
            reports: HashMap::new(),
            rng: ChaCha8Rng::seed_from_u64(seed),
            next_session: 1_073_200_000,
            action_delay_ms: 60_000,
            living: false,
            last_tick: None,
        }
    }

    /// Adds a node.
    pub fn add_node(&mut self, node: Node) {
        self.nodes.insert(node.id, node);
    }

    /// Adds a session.
    pub fn add_session(&mut self, session: Session) {
        self.next_session = self.next_session.max(session.id + 1);
        self.sessions.insert(session.id, session);
    }

    /// A session, for tests and the control API.
    pub fn session(&self, id: u32) -> Option<&Session> {
        self.sessions.get(&id)
    }

    /// All sessions.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.sessions.values()
    }

    /// A node, for tests and the control API.
    pub fn node(&self, id: u32) -> Option<&Node> {
        self.nodes.get(&id)
    }

    /// The user with this e-mail.
    pub fn user_by_email(&self, email: &str) -> Option<&Node> {
        self.nodes
            .values()
            .find(|n| n.is_user() && n.email.eq_ignore_ascii_case(email))
    }

    /// Ends every login session at once, as 20 idle minutes would, without moving the clock
    /// (so pending actions stay pending). Authcodes stay valid, as in Rescue.
    pub fn expire_logins(&mut self) -> usize {
        let count = self.logins.len();
        self.logins.clear();
        count
    }

    /// Enables or disables a user. Returns false for an unknown e-mail.
    pub fn set_disabled(&mut self, email: &str, disabled: bool) -> bool {
        let Some(id) = self.user_by_email(email).map(|n| n.id) else {
            return false;
        };
        if let Some(node) = self.nodes.get_mut(&id) {
            node.disabled = disabled;
        }
        true
    }

    /// Sets a technician's presence. Returns false if `id` is not a technician.
    pub fn set_presence(&mut self, id: u32, presence: Presence) -> bool {
        match self.nodes.get_mut(&id) {
            Some(node) if node.kind == NodeKind::Technician => {
                node.presence = presence;
                true
            }
            _ => false,
        }
    }

    /// Answers one API call.
    pub fn handle(
        &mut self,
        method: &str,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        self.tick(now);
        let method = method.to_ascii_lowercase();
        match method.as_str() {
            "login" => self.login(params, now),
            "logout" => self.logout(caller),
            "requestauthcode" => self.request_auth_code(params),
            "getsession" => self.get_sessions(params, caller, now, format::Version::V1),
            "getsession_v2" => self.get_sessions(params, caller, now, format::Version::V2),
            "getsession_v3" => self.get_sessions(params, caller, now, format::Version::V3),
            "gethierarchy_v2" | "gethierarchy" => self.get_hierarchy(params, caller, now),
            "isanytechavailableonchannel" => self.any_tech_available(params, caller, now),
            "cancelaction" => self.cancel_action(params, caller, now),
            "setreportarea" | "setreportarea_v2" | "setreportarea_v8" | "setreportdate_v2"
            | "settimezone" | "setoutput" => self.set_report(&method, params, caller, now),
            "getreport_v2" => self.get_report(params, caller, now),
            "startsession" | "holdsession" | "transfersession" | "closesession" => {
                self.request_action(&method, params, caller, now)
            }
            _ => Answer::UnknownMethod,
        }
    }

    fn token(&mut self, len: usize) -> String {
        const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        (0..len)
            .map(|_| CHARS[self.rng.random_range(0..CHARS.len())] as char)
            .collect()
    }

    fn check_password(&self, params: &Params) -> Option<u32> {
        let email = params.get("email")?;
        let password = params.get("pwd")?;
        self.user_by_email(email)
            .filter(|u| !u.disabled && u.password == password)
            .map(|u| u.id)
    }

    fn login(&mut self, params: &Params, now: Millis) -> Answer {
        // The limit counts calls per account, successful or not, as the documentation words it.
        if let Some(email) = params.get("email").map(str::to_ascii_lowercase) {
            let attempts = self.login_attempts.entry(email).or_default();
            while attempts
                .front()
                .is_some_and(|&t| now - t >= LOGIN_WINDOW_MS)
            {
                attempts.pop_front();
            }
            if attempts.len() >= LOGIN_LIMIT {
                return Answer::code("LIMITREACHED");
            }
            attempts.push_back(now);
        }
        let Some(user) = self.check_password(params) else {
            return Answer::code("INVALID");
        };
        let cookie = self.token(24);
        self.logins.insert(
            cookie.clone(),
            Login {
                user,
                last_used: now,
            },
        );
        Answer::Text {
            code: "OK".into(),
            payload: None,
            set_cookie: Some(cookie),
        }
    }

    fn logout(&mut self, caller: Caller<'_>) -> Answer {
        match caller.cookie.and_then(|c| self.logins.remove(c)) {
            Some(_) => Answer::code("OK"),
            None => Answer::code("NOTLOGGEDIN"),
        }
    }

    fn request_auth_code(&mut self, params: &Params) -> Answer {
        let Some(user) = self.check_password(params) else {
            return Answer::code("INVALID");
        };
        let code = self.token(79);
        // A new code silently replaces the previous one (rescue-api.md §1.3).
        self.authcodes.insert(user, code.clone());
        Answer::data(format!("AUTHCODE: {code}\n"))
    }

    /// Who is calling. An authcode, when given, wins over a cookie (undocumented in Rescue).
    fn authenticate(&mut self, caller: Caller<'_>, now: Millis) -> Result<u32, Denied> {
        let user = if let Some(code) = caller.authcode.filter(|c| !c.is_empty()) {
            self.authcodes
                .iter()
                .find(|(_, c)| c.as_str() == code)
                .map(|(&user, _)| user)
                .ok_or(Denied::InvalidAuthCode)?
        } else {
            let cookie = caller.cookie.ok_or(Denied::NotLoggedIn)?;
            let login = self.logins.get_mut(cookie).ok_or(Denied::NotLoggedIn)?;
            if now - login.last_used > LOGIN_IDLE_MS {
                self.logins.remove(cookie);
                return Err(Denied::NotLoggedIn);
            }
            login.last_used = now;
            login.user
        };
        match self.nodes.get(&user) {
            Some(node) if !node.disabled => Ok(user),
            _ => Err(Denied::Disabled),
        }
    }

    fn authenticate_reader(&mut self, caller: Caller<'_>, now: Millis) -> Result<u32, Answer> {
        self.authenticate(caller, now).map_err(|denied| {
            Answer::code(match denied {
                Denied::NotLoggedIn => "NOTLOGGEDIN",
                Denied::InvalidAuthCode => "INVALID_SECRETAUTHCODE",
                Denied::Disabled => "USER_DELETED_OR_DISABLED",
            })
        })
    }

    fn authenticate_admin(&mut self, caller: Caller<'_>, now: Millis) -> Result<u32, Answer> {
        let user = self.authenticate(caller, now).map_err(|denied| {
            Answer::code(match denied {
                Denied::NotLoggedIn => "NOTLOGGEDINASADMIN",
                Denied::InvalidAuthCode => "INVALID_SECRETAUTHCODE",
                Denied::Disabled => "USER_DELETED_OR_DISABLED",
            })
        })?;
        match self.nodes.get(&user) {
            Some(node) if node.is_admin() => Ok(user),
            _ => Err(Answer::code("NOTLOGGEDINASADMIN")),
        }
    }

    fn get_sessions(
        &mut self,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
        version: format::Version,
    ) -> Answer {
        if let Err(answer) = self.authenticate_reader(caller, now) {
            return answer;
        }
        let selected = match self.sessions_of(params.get("node"), params.get("noderef")) {
            Ok(selected) => selected,
            Err(answer) => return answer,
        };
        Answer::data(format::session_table(version, &selected, &self.nodes, now))
    }

    /// The sessions listed for a node (`NODE`: its technicians' sessions and their channels'
    /// queues) or a channel (`CHANNEL`), as getSession and getReport select them.
    fn sessions_of(&self, node: Option<&str>, kind: Option<&str>) -> Result<Vec<&Session>, Answer> {
        let Some(node) = node.and_then(|n| n.parse::<u32>().ok()) else {
            return Err(Answer::code("INVALIDPARAM_NODE"));
        };
        let channel = match kind {
            None | Some("") => false,
            Some(r) if r.eq_ignore_ascii_case("NODE") => false,
            Some(r) if r.eq_ignore_ascii_case("CHANNEL") => true,
            Some(_) => return Err(Answer::code("INVALIDPARAM_NODE")),
        };
        let Some(kind) = self.nodes.get(&node).map(|n| n.kind) else {
            return Err(Answer::code("INVALIDPARAM_NODE"));
        };
        if channel != (kind == NodeKind::Channel) {
            return Err(Answer::code("INVALIDPARAM_NODE"));
        }
        Ok(if channel {
            self.sessions
                .values()
                .filter(|s| s.channel == node)
                .collect()
        } else {
            let techs = self.technicians_under(node);
            let queues: HashSet<u32> = self
                .nodes
                .values()
                .filter(|c| c.kind == NodeKind::Channel)
                .filter(|c| {
                    c.answered_by
                        .iter()
                        .any(|g| self.technicians_under(*g).iter().any(|t| techs.contains(t)))
                })
                .map(|c| c.id)
                .collect();
            self.sessions
                .values()
                .filter(|s| {
                    s.technicians.iter().any(|t| techs.contains(t))
                        || (s.technicians.is_empty() && queues.contains(&s.channel))
                })
                .collect()
        })
    }

    /// Who holds a report's settings: Rescue keeps them per login, so per cookie or authcode.
    fn report_key(caller: Caller<'_>) -> String {
        match caller.authcode.filter(|c| !c.is_empty()) {
            Some(code) => format!("authcode:{code}"),
            None => format!("cookie:{}", caller.cookie.unwrap_or_default()),
        }
    }

    /// setReportArea / setReportDate_v2 / setOutput: store one setting for this login.
    fn set_report(
        &mut self,
        method: &str,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        if let Err(answer) = self.authenticate_reader(caller, now) {
            return answer;
        }
        let settings = self.reports.entry(Self::report_key(caller)).or_default();
        let stored = match method {
            "setreportdate_v2" => {
                match (
                    params.get("bdate").and_then(report::parse_date),
                    params.get("edate").and_then(report::parse_date),
                ) {
                    (Some(begin), Some(end)) if begin <= end => {
                        settings.range = Some((begin, end));
                        true
                    }
                    _ => false,
                }
            }
            // The simulator keeps its times in UTC and accepts only UTC (`0`).
            "settimezone" => params.get("timezone").map(str::trim) == Some("0"),
            "setoutput" => match params.get("output") {
                Some(o) if o.eq_ignore_ascii_case("XML") => {
                    settings.xml = true;
                    true
                }
                Some(o) if o.eq_ignore_ascii_case("TEXT") => {
                    settings.xml = false;
                    true
                }
                _ => false,
            },
            _ => match params
                .get("area")
                .and_then(|a| a.trim().parse::<u32>().ok())
            {
                Some(area) => {
                    settings.area = Some(area);
                    true
                }
                None => false,
            },
        };
        Answer::code(if stored { "OK" } else { "ERROR" })
    }

    /// getReport_v2: the session report of a node for the stored range, one per 60 seconds.
    fn get_report(&mut self, params: &Params, caller: Caller<'_>, now: Millis) -> Answer {
        if let Err(answer) = self.authenticate_reader(caller, now) {
            return answer;
        }
        let key = Self::report_key(caller);
        let settings = self.reports.get(&key).cloned().unwrap_or_default();
        if settings
            .last_report
            .is_some_and(|last| now - last < report::REPORT_INTERVAL_MS)
        {
            return Answer::code(report::TOO_SOON);
        }
        // Only the session report (area 0) is simulated; a range must have been set.
        let (Some(0), Some((begin, end))) = (settings.area, settings.range) else {
            return Answer::code("ERROR");
        };
        let selected = match self.sessions_of(params.get("node"), params.get("nodetype")) {
            Ok(selected) => selected,
            Err(answer) => return answer,
        };
        let in_range: Vec<&Session> = selected
            .into_iter()
            .filter(|s| {
                let started = crate::clock::to_naive(s.started);
                begin <= started && started <= end
            })
            .collect();
        let payload = report::write(&in_range, &self.nodes, now, settings.xml);
        if let Some(stored) = self.reports.get_mut(&key) {
            stored.last_report = Some(now);
        }
        Answer::data(payload)
    }

    /// Technicians at or below a node.
    fn technicians_under(&self, node: u32) -> HashSet<u32> {
        let mut found = HashSet::new();
        let mut stack = vec![node];
        while let Some(id) = stack.pop() {
            if let Some(n) = self.nodes.get(&id) {
                if n.kind == NodeKind::Technician {
                    found.insert(id);
                }
            }
            stack.extend(self.nodes.values().filter(|c| c.parent == id).map(|c| c.id));
        }
        found
    }

    fn get_hierarchy(&mut self, params: &Params, caller: Caller<'_>, now: Millis) -> Answer {
        if let Err(answer) = self.authenticate_reader(caller, now) {
            return answer;
        }
        let filter_offline = params
            .get("filteroffline")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let single = params
            .get("isnode")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let nodes: Vec<&Node> = if single {
            match params
                .get("node")
                .and_then(|n| n.parse::<u32>().ok())
                .and_then(|n| self.nodes.get(&n))
            {
                Some(node) => vec![node],
                None => return Answer::code("INVALIDPARAM_NODE"),
            }
        } else {
            self.nodes
                .values()
                .filter(|n| {
                    !(filter_offline
                        && n.kind == NodeKind::Technician
                        && n.presence == Presence::Offline)
                })
                .collect()
        };
        Answer::data(format::hierarchy(&nodes))
    }

    fn any_tech_available(&mut self, params: &Params, caller: Caller<'_>, now: Millis) -> Answer {
        if let Err(answer) = self.authenticate_reader(caller, now) {
            return answer;
        }
        let channel = params
            .get("ChannelID")
            .and_then(|n| n.parse::<u32>().ok())
            .and_then(|n| self.nodes.get(&n))
            .filter(|n| n.kind == NodeKind::Channel);
        // Undocumented: an unknown channel answers INVALIDPARAM_CHANNEL.
        let Some(channel) = channel else {
            return Answer::code("INVALIDPARAM_CHANNEL");
        };
        let strict = params
            .get("ExcludingAwayAndBusy")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let available = channel.answered_by.iter().any(|g| {
            self.technicians_under(*g).iter().any(|t| {
                let presence = self.nodes[t].presence;
                presence == Presence::Online || (!strict && presence.console_running())
            })
        });
        Answer::code(if available { "TRUE" } else { "FALSE" })
    }

    fn session_param(&self, params: &Params) -> Result<u32, Answer> {
        params
            .get("session")
            .and_then(|s| s.parse::<u32>().ok())
            .filter(|id| self.sessions.contains_key(id))
            .ok_or_else(|| Answer::code("INVALIDPARAM_SESSION"))
    }

    /// The calling admin and the `session` parameter, checked in Rescue's order: credentials
    /// first, then the session.
    fn admin_and_session(
        &mut self,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Result<(u32, u32), Answer> {
        let admin = self.authenticate_admin(caller, now)?;
        Ok((admin, self.session_param(params)?))
    }

    /// The technician whose console would carry out an action on this session.
    fn console_of(&self, session: &Session, action: Option<&Action>) -> Option<u32> {
        match action {
            Some(Action::Start { technician }) => Some(*technician),
            _ => session.technicians.first().copied(),
        }
    }

    fn console_running(&self, tech: Option<u32>) -> bool {
        tech.and_then(|t| self.nodes.get(&t))
            .is_some_and(|t| t.presence.console_running())
    }

    fn request_action(
        &mut self,
        method: &str,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        let (admin, session_id) = match self.admin_and_session(params, caller, now) {
            Ok(found) => found,
            Err(answer) => return answer,
        };
        // `handle` has lower-cased the method name already.
        let action = match method {
            "startsession" => {
                let tech = params.get("node").and_then(|n| n.parse::<u32>().ok());
                match tech.and_then(|t| self.nodes.get(&t)) {
                    Some(t) if t.kind == NodeKind::Technician => Action::Start { technician: t.id },
                    _ => return Answer::code("INVALIDPARAM_NODE"),
                }
            }
            "holdsession" => Action::Hold,
            "closesession" => Action::Close,
            _ => {
                let to_channel = params
                    .get("noderef")
                    .is_some_and(|r| r.eq_ignore_ascii_case("CHANNEL"));
                let target = params.get("node").and_then(|n| n.parse::<u32>().ok());
                let wanted = if to_channel {
                    NodeKind::Channel
                } else {
                    NodeKind::Technician
                };
                match target.and_then(|t| self.nodes.get(&t)) {
                    Some(t) if t.kind == wanted => Action::Transfer {
                        target: t.id,
                        to_channel,
                        comment: params.get("comment").unwrap_or_default().to_owned(),
                    },
                    _ => return Answer::code("INVALIDPARAM_NODE"),
                }
            }
        };
        let session = &self.sessions[&session_id];
        let allowed = match action {
            Action::Start { .. } => session.status == Status::Waiting,
            Action::Hold => session.status == Status::Active,
            Action::Transfer { .. } | Action::Close => !session.status.finished(),
        };
        // One pending action at a time; a second one fails rather than silently replacing it.
        if !allowed || session.pending.is_some() {
            return Answer::code("ACTIONFAILED");
        }
        if !self.console_running(self.console_of(session, Some(&action))) {
            return Answer::code("ACTIONFAILED");
        }
        let previous = session.status;
        let due = now + self.action_delay_ms;
        let session = self.sessions.get_mut(&session_id).expect("checked above");
        if matches!(action, Action::Transfer { .. }) {
            session.status = Status::Transferring;
        }
        session.pending = Some(Pending {
            admin,
            action,
            due,
            previous,
        });
        Answer::code("OK")
    }

    fn cancel_action(&mut self, params: &Params, caller: Caller<'_>, now: Millis) -> Answer {
        let (admin, session_id) = match self.admin_and_session(params, caller, now) {
            Ok(found) => found,
            Err(answer) => return answer,
        };
        let session = &self.sessions[&session_id];
        // Undocumented in Rescue: nothing of this admin's pending → ACTIONFAILED.
        let Some(pending) = session.pending.as_ref().filter(|p| p.admin == admin) else {
            return Answer::code("ACTIONFAILED");
        };
        if !self.console_running(self.console_of(session, Some(&pending.action))) {
            return Answer::code("ACTIONFAILED");
        }
        let session = self.sessions.get_mut(&session_id).expect("checked above");
        if let Some(pending) = session.pending.take() {
            if session.status != pending.previous {
                session.status = pending.previous;
                session.changed = now;
            }
        }
        Answer::code("OK")
    }

    /// Moves the account forward to `now`: due actions are carried out, and in a living
    /// account sessions arrive, get picked up and end.
    pub fn tick(&mut self, now: Millis) {
        let elapsed = self.last_tick.map_or(0, |t| (now - t).max(0));
        self.last_tick = Some(now);
        self.carry_out_due_actions(now);
        if self.living && elapsed > 0 {
            crate::life::step(self, now, elapsed);
        }
        self.sessions
            .retain(|_, s| !(s.status.finished() && now - s.changed > FINISHED_KEPT_MS));
    }

    fn carry_out_due_actions(&mut self, now: Millis) {
        let due: Vec<u32> = self
            .sessions
            .values()
            .filter(|s| s.pending.as_ref().is_some_and(|p| p.due <= now))
            .map(|s| s.id)
            .collect();
        for id in due {
            let Some(session) = self.sessions.get_mut(&id) else {
                continue;
            };
            let Some(pending) = session.pending.take() else {
                continue;
            };
            session.changed = pending.due;
            match pending.action {
                Action::Start { technician } => {
                    session.technicians = vec![technician];
                    session.status = Status::Active;
                }
                Action::Hold => session.status = Status::OnHold,
                Action::Close => session.status = Status::ClosedByTechnician,
                Action::Transfer {
                    target,
                    to_channel,
                    comment,
                } => {
                    session.transferred_to = self
                        .nodes
                        .get(&target)
                        .map(|n| n.name.clone())
                        .unwrap_or_default();
                    session.transferred_comment = comment;
                    if to_channel {
                        session.channel = target;
                        session.technicians.clear();
                        session.status = Status::Waiting;
                    } else {
                        session.technicians = vec![target];
                        session.status = Status::Active;
                    }
                }
            }
        }
    }

    /// A new session ID.
    pub(crate) fn new_session_id(&mut self) -> u32 {
        let id = self.next_session;
        self.next_session += 1;
        id
    }

    /// Random integer in a range, from the account's seeded generator.
    pub(crate) fn roll(&mut self, range: std::ops::Range<u32>) -> u32 {
        self.rng.random_range(range)
    }
}

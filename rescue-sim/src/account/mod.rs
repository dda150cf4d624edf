//! The rules of the simulated account: who may call what, and what each method answers.
//!
//! Every method returns an [`Answer`] in Rescue's shape: a result code and, for data methods,
//! a payload. Business errors are answers, never HTTP errors — as on the real service.

use std::collections::{BTreeMap, HashMap, VecDeque};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::clock::Millis;
use crate::format;
use crate::model::*;
use crate::report;

mod actions;
mod hierarchy;
mod lists;
mod logins;
mod reports;

/// Idle time after which a login cookie stops working (rescue-api.md §1.3).
pub const LOGIN_IDLE_MS: Millis = 20 * 60 * 1000;
/// Window and count of the login limit: more than 10 logins in 3 minutes.
pub const LOGIN_WINDOW_MS: Millis = 3 * 60 * 1000;
/// Logins allowed within the window.
pub const LOGIN_LIMIT: usize = 10;
/// How long finished sessions stay in getSession's list.
pub(crate) const FINISHED_KEPT_MS: Millis = 15 * 60 * 1000;

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
    /// Whether report calls refuse authcodes (see `Config::reports_refuse_authcodes`).
    pub reports_refuse_authcodes: bool,
    pub(crate) last_tick: Option<Millis>,
    /// The company's numeric ID (`requestAuthCodeSSO`'s `company`).
    pub company_id: u32,
    /// The company's SSO password from Rescue's Global Settings (`requestAuthCodeSSO`'s
    /// `pwd`); empty: single sign-on is off and every SSO request is refused. Never logged.
    pub sso_password: String,
    /// Whether sessions' data is posted (Post to URL): only then are posts queued.
    pub(crate) posting: bool,
    /// Posts waiting to be sent.
    pub(crate) outgoing: Vec<crate::post_to_url::Outgoing>,
    /// How long each session waited before its pickup (for the post at its end).
    pub(crate) waited: HashMap<u32, Millis>,
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
            reports_refuse_authcodes: false,
            last_tick: None,
            company_id: 0,
            sso_password: String::new(),
            posting: false,
            outgoing: Vec::new(),
            waited: HashMap::new(),
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

    /// Answers one API call.
    pub fn handle(
        &mut self,
        method: &str,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        let method = method.to_ascii_lowercase();
        match method.as_str() {
            "login" => self.login(params, now),
            "logout" => self.logout(caller),
            "requestauthcode" => self.request_auth_code(params),
            "requestauthcodesso" => self.request_auth_code_sso(params),
            "getaccount" | "getaccount_v2" => self.get_account(caller, now),
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

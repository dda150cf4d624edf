//! Signing in and out: `login`, `logout`, `requestAuthCode`, the login limit, idle expiry, and
//! who a call is (cookie or authcode, admin or not, enabled or not).

use rand::Rng;

use super::{
    Account, Answer, Caller, Denied, Login, Params, LOGIN_IDLE_MS, LOGIN_LIMIT, LOGIN_WINDOW_MS,
};
use crate::clock::Millis;
use crate::model::*;

impl Account {
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

    pub(super) fn token(&mut self, len: usize) -> String {
        const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        (0..len)
            .map(|_| CHARS[self.rng.random_range(0..CHARS.len())] as char)
            .collect()
    }

    pub(super) fn check_password(&self, params: &Params) -> Option<u32> {
        let email = params.get("email")?;
        let password = params.get("pwd")?;
        self.user_by_email(email)
            // An SSO-only user has no password at all: nothing, not even an empty one, matches.
            .filter(|u| !u.disabled && !u.password.is_empty() && u.password == password)
            .map(|u| u.id)
    }

    pub(super) fn login(&mut self, params: &Params, now: Millis) -> Answer {
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

    pub(super) fn logout(&mut self, caller: Caller<'_>) -> Answer {
        match caller.cookie.and_then(|c| self.logins.remove(c)) {
            Some(_) => Answer::code("OK"),
            None => Answer::code("NOTLOGGEDIN"),
        }
    }

    pub(super) fn request_auth_code(&mut self, params: &Params) -> Answer {
        let Some(user) = self.check_password(params) else {
            return Answer::code("INVALID");
        };
        let code = self.token(79);
        // A new code silently replaces the previous one (rescue-api.md §1.3).
        self.authcodes.insert(user, code.clone());
        Answer::data(format!("AUTHCODE: {code}\n"))
    }

    /// `requestAuthCodeSSO`: an authcode for the user whose SSO ID is `ssoid`, given the
    /// company's SSO password and numeric ID (rescue-api.md §2.4). Like `requestAuthCode`, the
    /// new code replaces the user's previous one, however that one was requested.
    pub(super) fn request_auth_code_sso(&mut self, params: &Params) -> Answer {
        let company = params.get("company").unwrap_or_default();
        if company.is_empty() || !company.bytes().all(|b| b.is_ascii_digit()) {
            return Answer::code("INVALIDPARAM_COMPANY");
        }
        let company_matches = company.parse::<u32>().is_ok_and(|id| id == self.company_id);
        let password_matches = !self.sso_password.is_empty()
            && params
                .get("pwd")
                .is_some_and(|pwd| pwd == self.sso_password);
        let ssoid = params.get("ssoid").unwrap_or_default();
        let user = self
            .nodes
            .values()
            .find(|n| n.is_user() && !n.ssoid.is_empty() && n.ssoid.eq_ignore_ascii_case(ssoid))
            .filter(|n| !n.disabled)
            .map(|n| n.id);
        let Some(user) = user.filter(|_| company_matches && password_matches) else {
            return Answer::code("INVALID");
        };
        let code = self.token(79);
        self.authcodes.insert(user, code.clone());
        Answer::data(format!("AUTHCODE: {code}\n"))
    }

    /// `getAccount`: whose login this is. rescue-api.md §2.14 documents only SOAP
    /// `getAccount_v2`'s fields (`iAccountID`, `sOrganization`, `iAdminID`, `iTechID`,
    /// `sEmail`, `bTcRunning`); the HTTP page's text is this simulator's choice, in getUser's
    /// `KEY: value` style. The caller's node is the admin ID of an administrator and the
    /// technician ID of a technician; the other is 0.
    pub(super) fn get_account(&mut self, caller: Caller<'_>, now: Millis) -> Answer {
        let user = match self.authenticate_reader(caller, now) {
            Ok(user) => user,
            Err(answer) => return answer,
        };
        let Some(node) = self.nodes.get(&user) else {
            return Answer::code("ERROR");
        };
        let admin = matches!(
            node.kind,
            NodeKind::Administrator | NodeKind::MasterAdministrator
        );
        let (admin_id, tech_id) = if admin { (node.id, 0) } else { (0, node.id) };
        let organization = self
            .nodes
            .values()
            .find(|n| n.kind == NodeKind::Root)
            .map_or("", |n| n.name.as_str());
        Answer::data(format!(
            "ACCOUNTID: {}\nORGANIZATION: {organization}\nADMINID: {admin_id}\nTECHID: {tech_id}\nEMAIL: {}\nTCRUNNING: False\n",
            self.company_id, node.email
        ))
    }

    /// Who is calling. An authcode, when given, wins over a cookie (undocumented in Rescue).
    pub(super) fn authenticate(&mut self, caller: Caller<'_>, now: Millis) -> Result<u32, Denied> {
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

    pub(super) fn authenticate_reader(
        &mut self,
        caller: Caller<'_>,
        now: Millis,
    ) -> Result<u32, Answer> {
        self.authenticate(caller, now).map_err(|denied| {
            Answer::code(match denied {
                Denied::NotLoggedIn => "NOTLOGGEDIN",
                Denied::InvalidAuthCode => "INVALID_SECRETAUTHCODE",
                Denied::Disabled => "USER_DELETED_OR_DISABLED",
            })
        })
    }

    pub(super) fn authenticate_admin(
        &mut self,
        caller: Caller<'_>,
        now: Millis,
    ) -> Result<u32, Answer> {
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
}

//! The HTTP client: one shared `reqwest::Client` without a cookie store, credentials attached
//! per call, every parameter sent as a POSTed form.
//!
//! Why no cookie store: the dashboard serves many administrators through one client; a shared
//! jar would hand one admin's Rescue login to the next caller. Why POST: Rescue accepts GET
//! too, but GET puts passwords and authcodes into URLs, and URLs end up in logs.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use url::Url;

use crate::action::{ActionOutcome, SessionCall};
use crate::auth::{AuthCode, Credentials};
use crate::error::{Error, Result};
use crate::hierarchy::Hierarchy;
use crate::ids::{NodeId, NodeRef, SessionId};
use crate::outcome::*;
use crate::report::{report_date, Report, ReportArea};
use crate::sessions::SessionList;
use crate::transport::{Data, Transport};

/// Default per-call timeout, as in the configuration contract (`RESCUE_TIMEOUT_MS`).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_millis(10_000);

/// The largest reply read unless configured otherwise: far above any real list, far below
/// what would hurt the server. Past it a call stops reading.
pub const DEFAULT_MAX_REPLY_BYTES: usize = 32 * 1024 * 1024;

/// The public Rescue API host.
pub const PUBLIC_API_URL: &str = "https://secure.logmeinrescue.com/API/";

/// What to ask getHierarchy_v2 for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HierarchyQuery {
    /// Only this node (`isnode=true&node=…`) instead of the whole tree.
    pub node: Option<NodeId>,
    /// Drop offline technicians (`filteroffline=true`).
    pub filter_offline: bool,
}

/// A typed Rescue API client. Cheap to clone; clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    wire: Transport,
}

impl Client {
    /// A client for the API under `base_url` (e.g. [`PUBLIC_API_URL`], an Enterprise host, or a
    /// simulator), with `timeout` per call.
    pub fn new(base_url: &str, timeout: Duration) -> Result<Self> {
        let http = reqwest::Client::builder()
            .user_agent(concat!("rescue-console/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            // Never follow: reqwest would re-send the form (password, authcode) to the new host.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::Connect(e.to_string()))?;
        Self::with_http_client(http, base_url, timeout)
    }

    /// Like [`Client::new`], reusing a `reqwest::Client` the caller built. It must not have a
    /// cookie store (credentials are attached per call) and must not follow redirects (a
    /// followed redirect re-sends the form, credentials included, elsewhere).
    pub fn with_http_client(
        http: reqwest::Client,
        base_url: &str,
        timeout: Duration,
    ) -> Result<Self> {
        let mut base =
            Url::parse(base_url.trim()).map_err(|e| Error::InvalidBaseUrl(e.to_string()))?;
        if !matches!(base.scheme(), "http" | "https") || base.cannot_be_a_base() {
            return Err(Error::InvalidBaseUrl(format!(
                "`{}` is not an http(s) URL",
                base.scheme()
            )));
        }
        if base.query().is_some() || base.fragment().is_some() {
            return Err(Error::InvalidBaseUrl(
                "the base URL must not have a query or fragment".into(),
            ));
        }
        // `Url::join` replaces the last segment unless the path ends with a slash.
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        Ok(Client {
            wire: Transport {
                http,
                base,
                timeout,
                max_reply_bytes: DEFAULT_MAX_REPLY_BYTES,
            },
        })
    }

    /// The same client, reading replies of at most `bytes` (a longer one is
    /// [`Error::ReplyTooLarge`], and the rest of it is never read).
    pub fn with_max_reply_bytes(mut self, bytes: usize) -> Self {
        self.wire.max_reply_bytes = bytes.max(1);
        self
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &Url {
        &self.wire.base
    }

    /// The per-call timeout.
    pub fn timeout(&self) -> Duration {
        self.wire.timeout
    }

    /// Whether Rescue answers as its API does, for a readiness probe: `getHierarchy_v2.aspx`
    /// without a login, which Rescue refuses at once (`NOTLOGGEDIN`), so nothing is read,
    /// changed or counted against a sign-in limit. Any framed reply will do; the call is left
    /// out of the call metrics, which count the dashboard's own work.
    pub async fn probe(&self) -> Result<()> {
        self.wire.probe("getHierarchy_v2").await
    }

    /// `login.aspx`: signs in with email and password; `Ok` carries the cookie to send later.
    pub async fn login(&self, email: &str, password: &SecretString) -> Result<LoginOutcome> {
        let form = [("email", email), ("pwd", password.expose_secret())];
        let (reply, cookies) = self.wire.call("login", None, &form).await?;
        if !reply.is_ok() {
            return Ok(LoginOutcome::from_failure_code(&reply.code));
        }
        Ok(LoginOutcome::Ok(cookies.ok_or(Error::NoSessionCookie)?))
    }

    /// `logout.aspx`: ends the cookie session. Authcodes cannot be logged out.
    pub async fn logout(&self, credentials: &Credentials) -> Result<LogoutOutcome> {
        let (reply, _) = self.wire.call("logout", Some(credentials), &[]).await?;
        Ok(if reply.is_ok() {
            LogoutOutcome::Ok
        } else {
            LogoutOutcome::from_failure_code(&reply.code)
        })
    }

    /// `requestAuthCode.aspx`: a new authcode for this account (invalidating the previous one).
    pub async fn request_auth_code(
        &self,
        email: &str,
        password: &SecretString,
    ) -> Result<RequestAuthCodeOutcome> {
        let form = [("email", email), ("pwd", password.expose_secret())];
        Ok(match self.auth_code("requestAuthCode", &form).await? {
            Ok(code) => RequestAuthCodeOutcome::Ok(code),
            Err(failure) => RequestAuthCodeOutcome::from_failure_code(&failure),
        })
    }

    /// `requestAuthCodeSSO.aspx`: an authcode for the single sign-on user `ssoid`, with the
    /// company's SSO password (Rescue's Global Settings) and numeric company ID. Sent as a
    /// form body, so neither the password nor the code ends up in a URL.
    pub async fn request_auth_code_sso(
        &self,
        ssoid: &str,
        company_password: &SecretString,
        company: u32,
    ) -> Result<RequestAuthCodeSsoOutcome> {
        let company = company.to_string();
        let form = [
            ("ssoid", ssoid),
            ("pwd", company_password.expose_secret()),
            ("company", company.as_str()),
        ];
        Ok(match self.auth_code("requestAuthCodeSSO", &form).await? {
            Ok(code) => RequestAuthCodeSsoOutcome::Ok(code),
            Err(failure) => RequestAuthCodeSsoOutcome::from_failure_code(&failure),
        })
    }

    /// Calls one of the methods that issue an authcode: the code, or the failure code Rescue
    /// answered instead. An `OK` without an `AUTHCODE:` is a malformed reply.
    async fn auth_code(
        &self,
        method: &'static str,
        form: &[(&str, &str)],
    ) -> Result<std::result::Result<AuthCode, String>> {
        let (reply, _) = self.wire.call(method, None, form).await?;
        if !reply.is_ok() {
            return Ok(Err(reply.code));
        }
        AuthCode::from_payload(reply.payload())
            .map(Ok)
            .ok_or_else(|| Error::MalformedReply(format!("{method} sent no AUTHCODE")))
    }

    /// SOAP `getAccount_v2`: whose login `code` is (its e-mail, admin or technician node).
    /// The only method Rescue documents over SOAP alone, so the only SOAP call made.
    pub async fn get_account(&self, code: &AuthCode) -> Result<GetAccountOutcome> {
        let body = self
            .wire
            .soap("getAccount_v2", crate::account::request(code.expose()))
            .await?;
        let (result, account) = crate::account::parse(&body)?;
        Ok(if result == "OK" {
            GetAccountOutcome::Ok(account)
        } else {
            GetAccountOutcome::from_failure_code(&result)
        })
    }

    /// `getSession_v3.aspx`: the sessions of a technician/hierarchy node or a channel.
    pub async fn get_sessions(
        &self,
        credentials: &Credentials,
        node: NodeId,
        node_ref: NodeRef,
    ) -> Result<GetSessionsOutcome> {
        let node = node.to_string();
        let form = [("node", node.as_str()), ("noderef", node_ref.as_str())];
        let reply = self
            .wire
            .call_data("getSession_v3", credentials, &form, SessionList::parse)
            .await?;
        Ok(match reply {
            Data::Parsed(list) => GetSessionsOutcome::Ok(list),
            Data::Failure(code) => GetSessionsOutcome::from_failure_code(&code),
        })
    }

    /// `getHierarchy_v2.aspx`: the whole account tree, or one node.
    pub async fn get_hierarchy(
        &self,
        credentials: &Credentials,
        query: HierarchyQuery,
    ) -> Result<GetHierarchyOutcome> {
        let node = query.node.map(|n| n.to_string());
        let mut form = vec![
            ("isnode", if node.is_some() { "true" } else { "false" }),
            (
                "filteroffline",
                if query.filter_offline {
                    "true"
                } else {
                    "false"
                },
            ),
        ];
        if let Some(node) = node.as_deref() {
            form.push(("node", node));
        }
        let reply = self
            .wire
            .call_data("getHierarchy_v2", credentials, &form, Hierarchy::parse)
            .await?;
        Ok(match reply {
            Data::Parsed(tree) => GetHierarchyOutcome::Ok(tree),
            Data::Failure(code) => GetHierarchyOutcome::from_failure_code(&code),
        })
    }

    /// A session action (`startSession`, `holdSession`, `transferSession`, `closeSession`,
    /// `cancelAction`) on `session`: Rescue's answer, typed by what that method documents.
    /// Never retried here: the caller decides, and a retry could act twice or cancel
    /// something newer.
    pub async fn act(
        &self,
        credentials: &Credentials,
        session: SessionId,
        call: &SessionCall<'_>,
    ) -> Result<ActionOutcome> {
        let session = session.to_string();
        let mut form = vec![("session", session.clone())];
        match call {
            SessionCall::Start { technician } => form.push(("node", technician.to_string())),
            SessionCall::Transfer {
                target,
                target_ref,
                comment,
            } => {
                form.push(("node", target.to_string()));
                form.push(("noderef", target_ref.as_str().to_owned()));
                if let Some(comment) = comment.filter(|c| !c.is_empty()) {
                    form.push(("comment", comment.to_owned()));
                }
            }
            SessionCall::Hold | SessionCall::Close | SessionCall::Cancel => {}
        }
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let method = call.method();
        let (reply, _) = self
            .wire
            .call(method.name(), Some(credentials), &form)
            .await?;
        Ok(ActionOutcome::of(method, &reply.code))
    }

    /// `setReportArea_v8.aspx`: which report the next getReport_v2 makes. Report settings are
    /// kept by Rescue per login, so a caller must not interleave two reports on one login.
    pub async fn set_report_area(
        &self,
        credentials: &Credentials,
        area: ReportArea,
    ) -> Result<SetReportOutcome> {
        self.set_report("setReportArea_v8", credentials, &[("area", area.code())])
            .await
    }

    /// `setReportDate_v2.aspx`: the report's time range (in the login's report time zone).
    pub async fn set_report_dates(
        &self,
        credentials: &Credentials,
        begin: chrono::NaiveDateTime,
        end: chrono::NaiveDateTime,
    ) -> Result<SetReportOutcome> {
        let (begin, end) = (report_date(begin), report_date(end));
        let form = [("bdate", begin.as_str()), ("edate", end.as_str())];
        self.set_report("setReportDate_v2", credentials, &form)
            .await
    }

    /// `setTimezone.aspx` with `0`: report times in UTC (the value other integrations send
    /// for UTC; the parameter's format is otherwise undocumented).
    pub async fn set_report_timezone_utc(
        &self,
        credentials: &Credentials,
    ) -> Result<SetReportOutcome> {
        self.set_report("setTimezone", credentials, &[("timezone", "0")])
            .await
    }

    /// `setOutput.aspx` with `XML`: the only output whose values cannot break the columns.
    pub async fn set_report_output_xml(
        &self,
        credentials: &Credentials,
    ) -> Result<SetReportOutcome> {
        self.set_report("setOutput", credentials, &[("output", "XML")])
            .await
    }

    /// `getReport_v2.aspx`: the report of `node` with the stored settings. Rescue allows one
    /// per 60 seconds per login.
    pub async fn get_report(
        &self,
        credentials: &Credentials,
        node: NodeId,
        node_ref: NodeRef,
    ) -> Result<GetReportOutcome> {
        self.report_of(credentials, &node.to_string(), node_ref.as_str())
            .await
    }

    /// `getReport_v2.aspx` for the whole account: node `-2` of type `EXTERNALROOT`, as a
    /// public client asks for "all technicians" (rescue-api.md §5.2). The same one-a-minute
    /// rule applies.
    pub async fn get_account_report(&self, credentials: &Credentials) -> Result<GetReportOutcome> {
        self.report_of(credentials, "-2", "EXTERNALROOT").await
    }

    async fn report_of(
        &self,
        credentials: &Credentials,
        node: &str,
        nodetype: &str,
    ) -> Result<GetReportOutcome> {
        // The parameter is `nodetype` here, `noderef` elsewhere (§2.15).
        let form = [("node", node), ("nodetype", nodetype)];
        let reply = self
            .wire
            .call_data("getReport_v2", credentials, &form, Report::parse_xml)
            .await?;
        Ok(match reply {
            Data::Parsed(report) => GetReportOutcome::Ok(report),
            Data::Failure(code) => GetReportOutcome::from_failure_code(&code),
        })
    }

    async fn set_report(
        &self,
        method: &'static str,
        credentials: &Credentials,
        form: &[(&str, &str)],
    ) -> Result<SetReportOutcome> {
        let (reply, _) = self.wire.call(method, Some(credentials), form).await?;
        Ok(if reply.is_ok() {
            SetReportOutcome::Ok
        } else {
            SetReportOutcome::from_failure_code(&reply.code)
        })
    }
}

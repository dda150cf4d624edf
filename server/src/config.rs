//! The configuration contract (DESIGN.md): every setting is an environment variable and a CLI
//! flag of the same name, with the documented default.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::session_store::StoreKind;

/// Server configuration. `server --help` lists it.
#[derive(Debug, Clone, clap::Parser)]
#[command(
    name = "server",
    version,
    about = "Rescue Console: a dashboard for LogMeIn Rescue administrators"
)]
pub struct Config {
    /// Base URL of the Rescue API, e.g. https://secure.logmeinrescue.com/API/ .
    /// Unset: demo mode with the embedded simulator.
    #[arg(long, env = "RESCUE_API_URL")]
    pub rescue_api_url: Option<String>,

    /// Address to listen on (cargo-leptos convention).
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub leptos_site_addr: SocketAddr,

    /// Per-call timeout towards Rescue, in milliseconds.
    #[arg(long, env = "RESCUE_TIMEOUT_MS", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..=600_000))]
    pub rescue_timeout_ms: u64,

    /// How often an open sessions page reloads its list, in seconds (0: never on its own; the
    /// Refresh button always works).
    #[arg(long, env = "REFRESH_SECS", default_value_t = 15, value_parser = clap::value_parser!(u32).range(0..=3600))]
    pub refresh_secs: u32,

    /// Audit log and default session store (SQLite).
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/console.db")]
    pub database_url: String,

    /// Where dashboard sessions live: sqlite, memory, or redis://host:port (shared by several
    /// instances behind a load balancer; give them all the same SESSION_KEY).
    #[arg(long, env = "SESSION_STORE", default_value = "sqlite")]
    pub session_store: StoreKind,

    /// Send the dashboard cookie with `Secure` (default: on, except plain http on loopback).
    #[arg(long, env = "COOKIE_SECURE")]
    pub cookie_secure: Option<bool>,

    /// Key sealing stored Rescue logins: base64 of 32 random bytes. Unset: generated on first
    /// run and kept as `session.key` beside the SQLite database. Several instances need the same.
    #[arg(long, env = "SESSION_KEY", hide_env_values = true)]
    pub session_key: Option<String>,
}

/// Checks that `RESCUE_API_URL` keeps credentials private on the way: `https://`, or plain
/// `http://` only to this machine (the simulator, a local proxy). Passwords and authcodes go
/// in every form, so a plain-http Rescue elsewhere would send them across the network readable.
pub fn check_rescue_url(text: &str) -> Result<(), String> {
    let url = url::Url::parse(text.trim())
        .map_err(|e| format!("RESCUE_API_URL `{}` is not a URL: {e}", text.trim()))?;
    let loopback = match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match url.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        "http" => Err(format!(
            "RESCUE_API_URL must be https:// (plain http is allowed only to this machine): \
             `{}` would send passwords and authcodes readable across the network",
            url.host_str().unwrap_or_default()
        )),
        other => Err(format!(
            "RESCUE_API_URL must be an https:// address, not `{other}:`"
        )),
    }
}

impl Config {
    /// The per-call Rescue timeout.
    pub fn rescue_timeout(&self) -> Duration {
        Duration::from_millis(self.rescue_timeout_ms)
    }

    /// Whether the dashboard cookie gets `Secure`: browsers drop such cookies on plain-http
    /// loopback (Safari), so it is off there unless asked for.
    pub fn cookie_secure(&self) -> bool {
        self.cookie_secure
            .unwrap_or(!self.leptos_site_addr.ip().is_loopback())
    }

    /// Where the generated session key is kept: beside the SQLite database.
    pub fn key_file(&self) -> PathBuf {
        let path = self
            .database_url
            .strip_prefix("sqlite://")
            .or_else(|| self.database_url.strip_prefix("sqlite:"))
            .map(|p| p.split('?').next().unwrap_or(p))
            .unwrap_or("data/console.db");
        PathBuf::from(path).parent().map_or_else(
            || PathBuf::from("session.key"),
            |dir| dir.join("session.key"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::check_rescue_url;

    #[test]
    fn rescue_must_be_https_unless_it_is_on_this_machine() {
        for good in [
            "https://secure.logmeinrescue.com/API/",
            "https://logmeinrescue-enterprise.com/API/",
            "http://127.0.0.1:7308/API/",
            "http://127.8.9.10/API/",
            "http://localhost:8080/API/",
            "http://[::1]:7308/API/",
        ] {
            assert_eq!(check_rescue_url(good), Ok(()), "{good}");
        }
        for bad in [
            "http://secure.logmeinrescue.com/API/",
            "http://10.0.0.5/API/",
            "http://localhost.example.com/API/",
            "ftp://secure.logmeinrescue.com/API/",
            "not a url",
        ] {
            let err = check_rescue_url(bad).unwrap_err();
            assert!(err.starts_with("RESCUE_API_URL"), "{bad}: {err}");
        }
    }
}

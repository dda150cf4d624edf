//! The configuration contract (DESIGN.md): every setting is an environment variable and a CLI
//! flag of the same name, with the documented default.

use std::net::SocketAddr;
use std::time::Duration;

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
}

impl Config {
    /// The per-call Rescue timeout.
    pub fn rescue_timeout(&self) -> Duration {
        Duration::from_millis(self.rescue_timeout_ms)
    }
}

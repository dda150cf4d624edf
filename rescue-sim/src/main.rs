//! `rescue-sim`: run the Rescue API simulator on a port.

use std::net::SocketAddr;
use std::time::Duration;

use clap::Parser;
use rescue_sim::faults::FaultRule;

/// A wire-faithful LogMeIn Rescue API simulator (demo account, fault injection).
#[derive(Debug, Parser)]
#[command(name = "rescue-sim", version)]
struct Args {
    /// Address to listen on.
    #[arg(long, env = "RESCUE_SIM_ADDR", default_value = "127.0.0.1:7300")]
    addr: SocketAddr,
    /// Seed of every random choice.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Simulated seconds per real second; 0 freezes the clock.
    #[arg(long, default_value_t = 1.0)]
    time_scale: f64,
    /// Seconds the technician console takes to carry out an admin action.
    #[arg(long, default_value_t = 60)]
    action_delay_secs: u64,
    /// Keep sessions as they are (no arrivals, pick-ups or closes).
    #[arg(long)]
    still: bool,
    /// Start with the hierarchy only, without sessions.
    #[arg(long)]
    no_sessions: bool,
    /// Serve the control API under /_sim/ (faults, request log, clock, logins, users).
    #[arg(long)]
    control_api: bool,
    /// Extra active sessions spread over the technicians (a large view for browser figures).
    #[arg(long, default_value_t = 0)]
    crowd: u32,
    /// Report calls refuse authcodes, as a live account did (token sign-ins get no reports).
    #[arg(long)]
    reports_refuse_authcodes: bool,

    /// Post each session's data to this URL when it starts and ends, as Rescue's Post to URL
    /// does (e.g. a dashboard's http://127.0.0.1:3000/rescue/post-to-url/<token>).
    #[arg(long, value_name = "URL")]
    post_to_url: Option<String>,
    /// How to post: form (Rescue's HTTP form post) or xml.
    #[arg(long, default_value = "form")]
    post_format: rescue_sim::post_to_url::PostFormat,

    /// A fault, METHOD=FAULT: latency:<ms>, timeout, status:<code>, reset, malformed,
    /// code:<CODE>; METHOD may be `*`. Repeatable.
    #[arg(long = "fault", value_name = "METHOD=FAULT")]
    faults: Vec<FaultRule>,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let args = Args::parse();
    if !(args.time_scale >= 0.0 && args.time_scale.is_finite()) {
        eprintln!("rescue-sim: --time-scale must be a number ≥ 0");
        return std::process::ExitCode::FAILURE;
    }
    let simulator = rescue_sim::Simulator::new(rescue_sim::Config {
        seed: args.seed,
        demo_sessions: !args.no_sessions,
        living: !args.still,
        time_scale: args.time_scale,
        action_delay: Duration::from_secs(args.action_delay_secs),
        control_api: args.control_api,
        faults: args.faults,
        crowd: args.crowd,
        reports_refuse_authcodes: args.reports_refuse_authcodes,
    });
    let running = match simulator.spawn(args.addr).await {
        Ok(running) => running,
        Err(err) => {
            eprintln!("rescue-sim: cannot listen on {}: {err}", args.addr);
            return std::process::ExitCode::FAILURE;
        }
    };
    if let Some(url) = args.post_to_url {
        simulator.post_sessions_to(rescue_sim::post_to_url::PostTarget {
            url,
            format: args.post_format,
        });
    }
    tracing::info!(
        "Rescue API simulator at {} — sign in as {} / {}",
        running.api_url(),
        rescue_sim::seed::DEMO_ADMIN,
        rescue_sim::seed::DEMO_PASSWORD
    );
    let _ = tokio::signal::ctrl_c().await;
    std::process::ExitCode::SUCCESS
}

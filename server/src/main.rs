//! Rescue Console's server binary: read the configuration, then serve (or run its command).

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::init_tracing();
    let config = server::Config::parse();
    match server::run(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            eprintln!("rescue console: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

//! Rescue Console's server binary: read the configuration, then serve.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::init_tracing();
    let config = server::Config::parse();
    match server::serve(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            eprintln!("rescue console: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

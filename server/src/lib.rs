//! Rescue Console's web server: configuration, the router, static files and start-up.
//!
//! `main.rs` only parses the configuration; everything else is here so tests can drive the real
//! router with `tower::ServiceExt::oneshot`.

#![warn(missing_docs)]

mod config;
mod error;

use axum::Router;
use leptos::config::LeptosOptions;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::sensitive_headers::SetSensitiveHeadersLayer;
use tower_http::trace::TraceLayer;

pub use config::Config;
pub use error::Error;

/// Shared state of the router.
#[derive(Clone, Debug)]
pub struct AppState {
    /// Where the site (wasm, JS, CSS, assets) is served from.
    pub leptos: LeptosOptions,
}

/// The complete application router.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(app::App);
    let options = state.leptos.clone();
    Router::new()
        .leptos_routes(&options, routes, {
            let options = options.clone();
            move || app::shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler(app::shell))
        .with_state(options)
        .layer(TraceLayer::new_for_http())
        // Cookies may carry the dashboard session: keep them out of trace output.
        .layer(SetSensitiveHeadersLayer::new([
            http::header::COOKIE,
            http::header::SET_COOKIE,
            http::header::AUTHORIZATION,
        ]))
}

/// Reads the site settings cargo-leptos passes through the environment (`LEPTOS_*`).
pub fn site_options(config: &Config) -> Result<LeptosOptions, Error> {
    let conf =
        leptos::config::get_configuration(None).map_err(|e| Error::SiteConfig(e.to_string()))?;
    let mut options = conf.leptos_options;
    options.site_addr = config.leptos_site_addr;
    Ok(options)
}

/// Starts serving and runs until Ctrl-C / SIGTERM.
pub async fn serve(config: Config) -> Result<(), Error> {
    let leptos = site_options(&config)?;
    let addr = config.leptos_site_addr;
    match &config.rescue_api_url {
        Some(url) => {
            // Validates the URL at start-up rather than on the first sign-in.
            let client = rescue::Client::new(url, config.rescue_timeout())?;
            tracing::info!(rescue = %client.base_url(), "using the Rescue API");
        }
        None => tracing::warn!("RESCUE_API_URL is not set: demo mode"),
    }
    let app = router(AppState { leptos });
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| Error::Serve { addr, source })?;
    tracing::info!("Rescue Console listening on http://{addr}");
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|source| Error::Serve { addr, source })
}

/// Logs to stderr; `RUST_LOG` overrides the default level.
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tower_http=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

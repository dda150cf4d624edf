//! Rescue Console's web server: configuration, the router, static files and start-up.
//!
//! `main.rs` only parses the configuration; everything else is here so tests can drive the real
//! router with `tower::ServiceExt::oneshot`.

#![warn(missing_docs)]

pub mod audit;
mod config;
mod error;
pub mod http;
pub mod operator;
pub mod outcomes;
pub mod private;
pub mod redact;
pub mod sessions;
mod sso_config;
pub mod state;

use axum::Router;
use leptos::config::LeptosOptions;
use std::sync::OnceLock;

use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};

pub use config::{check_rescue_url, Command, Config, Tuning};
pub use state::{AppState, Upstream};

// Rendering a page of a thousand rows is mostly small allocations; mimalloc serves them in
// about half the time of the system allocator (see the `ssr_sessions` benchmark). Declared in
// the library so the server, its tests and its benchmarks all run on the same allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
pub use error::Error;

/// The complete application router.
pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let options = state.leptos.clone();
    let csp = csp(&options, &state);
    let context = {
        let sign_in = state.sign_in.clone();
        let backend = state.backend.clone();
        move || {
            use leptos::prelude::{provide_context, use_context};
            provide_context(sign_in.clone());
            backend.provide();
            app::words::provide_for_request();
            // The nonce of this response's CSP header, so the inline scripts carry it.
            let nonce = use_context::<::http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<leptos::nonce::Nonce>().cloned());
            if let Some(nonce) = nonce {
                provide_context(nonce);
            }
        }
    };
    let router = Router::new()
        .leptos_routes_with_context(&options, routes, context, {
            let options = options.clone();
            move || app::shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler(app::shell))
        .with_state(options)
        .merge(state.backend.routes())
        .route("/healthz", axum::routing::get(operator::healthz))
        .route_layer(axum::middleware::from_fn(operator::requests::name_route));
    let router = router
        .layer(axum::middleware::from_fn(
            http::security::small_sign_in_bodies,
        ))
        .layer(axum::middleware::from_fn(http::security::same_origin_only))
        // Every answer in the browser's language, the routes outside Leptos too.
        .layer(axum::middleware::from_fn(app::words::request_language))
        // Inside the session layer: a message for the sign-in page leaves the session before
        // it is saved, as a cookie of its own.
        .layer(axum::middleware::from_fn_with_state(
            state.backend.services.clone(),
            app::core::flash::deliver,
        ));
    let router = state.sessions.apply(router, state.cookie_secure).layer(
        axum::middleware::from_fn_with_state(csp, http::security::security_headers),
    );
    let router = http::stack::wrap(router, state.backend.services.rescue.timeout());
    // Rescue's Post to URL: outside the browsers' stack (no session, no same-origin rule, its
    // own body limit and a trace span without the address's token), counted like the rest.
    match &state.receiver {
        Some(receiver) => router.merge(
            outcomes::routes(receiver.clone())
                .route_layer(axum::middleware::from_fn(operator::requests::name_route))
                .layer(axum::middleware::from_fn(operator::requests::count)),
        ),
        None => router,
    }
}

/// The CSP's allowances: in development, the live-reload socket of `cargo leptos watch`; with
/// single sign-on, the identity provider's origin as a form's destination.
fn csp(options: &LeptosOptions, state: &AppState) -> http::security::Csp {
    let dev = matches!(options.env, leptos::config::Env::DEV);
    let identity_provider = state.backend.sso.as_ref().and_then(|sso| {
        let origin = url::Url::parse(&sso.settings.issuer).ok()?.origin();
        origin.is_tuple().then(|| origin.ascii_serialization())
    });
    http::security::Csp {
        reload_socket: dev
            .then(|| format!("ws://{}:{}", options.site_addr.ip(), options.reload_port)),
        https: state.cookie_secure,
        identity_provider,
    }
}

/// The app's routes, generated once per process. Generating them renders the app with
/// resource loading suppressed through a process-wide flag; a page rendered at that moment
/// would wait forever for its data. Once, before any request, it cannot overlap one.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(app::App)).clone()
}

/// Reads the site settings cargo-leptos passes through the environment (`LEPTOS_*`).
pub fn site_options(config: &Config) -> Result<LeptosOptions, Error> {
    let conf =
        leptos::config::get_configuration(None).map_err(|e| Error::SiteConfig(e.to_string()))?;
    let mut options = conf.leptos_options;
    options.site_addr = config.leptos_site_addr;
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(std::path::Path::to_path_buf));
    // The release archive's layout: the site in `site/` beside the binary, so the unpacked
    // binary serves it from wherever it is started, unless LEPTOS_SITE_ROOT says otherwise.
    if std::env::var_os("LEPTOS_SITE_ROOT").is_none() {
        let beside = exe_dir.as_ref().map(|dir| dir.join("site"));
        if let Some(site) = beside.filter(|site| site.join(&*options.site_pkg_dir).is_dir()) {
            options.site_root = site.to_string_lossy().as_ref().into();
        }
    }
    // Where Leptos looks for it: beside the running binary.
    let hash_file = exe_dir
        .map(|dir| dir.join(options.hash_file.as_ref()))
        .unwrap_or_else(|| options.hash_file.as_ref().into());
    let variable_set = std::env::var_os("LEPTOS_HASH_FILES").is_some();
    http::caching::settle_hashed_names(&mut options, variable_set, &hash_file)
        .map_err(Error::SiteConfig)?;
    Ok(options)
}

/// Runs the configuration's command, or serves until Ctrl-C / SIGTERM.
pub async fn run(config: Config) -> Result<(), Error> {
    match config.command {
        Some(Command::RetryWebhook) => retry_webhook(&config).await,
        None => serve(config).await,
    }
}

/// `server retry-webhook`: the records given up on are due again at once.
async fn retry_webhook(config: &Config) -> Result<(), Error> {
    let log = audit::AuditLog::open_for_maintenance(&config.database_url).await?;
    let revived = log.retry_dead_deliveries().await?;
    log.close().await;
    println!("{revived} audit record(s) will be delivered again");
    Ok(())
}

/// Starts serving and runs until Ctrl-C / SIGTERM.
pub async fn serve(mut config: Config) -> Result<(), Error> {
    let leptos = site_options(&config)?;
    let addr = config.leptos_site_addr;
    let upstream = Upstream::from_config(&config).await?;
    // Demo mode: the simulator posts its sessions to this dashboard's own receiver, as Rescue's
    // Post to URL would, at an address nobody else is told.
    if upstream.simulator.is_some()
        && config
            .post_to_url
            .token()
            .map_err(Error::PostToUrlSetting)?
            .is_none()
    {
        let token: [u8; 24] = rand::random();
        let token: String = token.iter().map(|b| format!("{b:02x}")).collect();
        config.post_to_url.post_to_url_token = Some(token);
    }
    let built = state::build(&config, &upstream, leptos).await?;
    if let Some(metrics_addr) = config.metrics_addr {
        let hosts = config
            .metrics_hosts()
            .unwrap_or_else(|| operator::default_hosts(metrics_addr));
        let operator = operator::Operator::new(
            operator::recorder(),
            built.audit.clone(),
            built.state.sessions.clone(),
            upstream.client.clone(),
            hosts,
        )
        .with_live(built.state.backend.live.clone());
        operator::start(metrics_addr, operator).await?;
    }
    let live = built.state.backend.live.clone();
    let app = router(built.state);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| Error::Serve { addr, source })?;
    tracing::info!("Rescue Console listening on http://{addr}");
    if let (Some(simulator), Some(token)) = (
        &upstream.simulator,
        config
            .post_to_url
            .token()
            .map_err(Error::PostToUrlSetting)?,
    ) {
        let mut own = listener
            .local_addr()
            .map_err(|source| Error::Serve { addr, source })?;
        if own.ip().is_unspecified() {
            own.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
        }
        simulator.post_sessions_to(rescue_sim::post_to_url::PostTarget {
            url: format!(
                "http://{own}/rescue/post-to-url/{}",
                secrecy::ExposeSecret::expose_secret(&token)
            ),
            format: rescue_sim::post_to_url::PostFormat::Form,
        });
    }
    // Connection info gives server functions the client address (failed sign-ins per address).
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            // Open live streams end, or shutdown would wait on every tab left open.
            live.close();
        })
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

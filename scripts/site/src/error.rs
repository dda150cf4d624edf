//! Why the site could not be built: one error for the builder, printed by `main`.

use std::path::PathBuf;

/// Why the site could not be built.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cargo-leptos settings: {0}")]
    Settings(String),
    #[error("`{0}` failed")]
    Command(String),
    #[error("`{0}` failed (a release build needs the toolchain's rust-src: `rustup component add rust-src`)")]
    ReleaseBuild(String),
    #[error("cannot run `{0}`: {1}")]
    Spawn(String, std::io::Error),
    #[error("wasm-bindgen: {0}")]
    Bindgen(String),
    #[error("{0}: {1}")]
    File(PathBuf, std::io::Error),
    #[error(
        "{0} (usage: build-site [--release] [--precompress] [--site-root DIR] [--hash-dir DIR])"
    )]
    Argument(String),
}

//! `build-site [--release] [--precompress] [--site-root DIR] [--hash-dir DIR]`: builds the site
//! the server serves — the hydrate bundle, the stylesheet and the assets — into the site root of
//! the workspace's cargo-leptos settings (`[[workspace.metadata.leptos]]`), with the hashed names
//! and the `hash.txt` cargo-leptos would write, so the server cannot tell the two apart.
//!
//! `--release` builds the bundle with the settings' release profile and shrinks it with
//! `wasm-opt -Oz`; `--precompress` writes a brotli and a gzip copy beside each file;
//! `--site-root` and `--hash-dir` put the site and `hash.txt` elsewhere (a release archive)
//! than `target/site` and the server binary's own folder under `target/`.
//!
//! Why not cargo-leptos itself: installing it compiles a few hundred crates the build does not
//! use (JS and CSS tool chains, `cargo leptos new`), about as long as the whole workspace; this
//! builder reuses the workspace's own dependencies and the wasm-bindgen library of the exact
//! version the bundle links against. `cargo leptos watch` still works for whoever installs it.

mod bundle;
mod error;
mod settings;

use std::path::{Path, PathBuf};
use std::process::Command;

use bundle::{copy_assets, read, write_bundle};
use error::Error;
use settings::Settings;

/// How to build, from the command line.
#[derive(Default)]
struct Mode {
    release: bool,
    precompress: bool,
    site_root: Option<PathBuf>,
    hash_dir: Option<PathBuf>,
}

impl Mode {
    fn parse(mut arguments: impl Iterator<Item = String>) -> Result<Self, Error> {
        let mut mode = Mode::default();
        while let Some(argument) = arguments.next() {
            let mut folder = |name: &str| {
                arguments
                    .next()
                    .map(PathBuf::from)
                    .ok_or_else(|| Error::Argument(format!("{name} needs a folder")))
            };
            match argument.as_str() {
                "--release" => mode.release = true,
                "--precompress" => mode.precompress = true,
                "--site-root" => mode.site_root = Some(folder("--site-root")?),
                "--hash-dir" => mode.hash_dir = Some(folder("--hash-dir")?),
                other => return Err(Error::Argument(format!("unknown argument `{other}`"))),
            }
        }
        Ok(mode)
    }
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("build-site: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Error> {
    let mode = Mode::parse(std::env::args().skip(1))?;
    let workspace = workspace_root()?;
    let settings = Settings::read(&workspace)?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace.join("target"), PathBuf::from);
    let wasm = build_wasm(&workspace, &target, &settings, &mode)?;
    let site = mode
        .site_root
        .clone()
        .unwrap_or_else(|| workspace.join(&settings.site_root));
    let pkg = site.join(&settings.site_pkg_dir);
    std::fs::create_dir_all(&pkg).map_err(|e| Error::File(pkg.clone(), e))?;
    let (js, wasm) = bind(&wasm, &settings.name, &target.join("site-bindgen"))?;
    let wasm = if mode.release { optimise(&wasm)? } else { wasm };
    let css = read(&workspace.join(&settings.style_file))?;
    let files = [("js", js), ("wasm", wasm), ("css", css)];
    // The server of this profile reads the hashes beside itself.
    let hash_dir = mode
        .hash_dir
        .clone()
        .unwrap_or_else(|| target.join(if mode.release { "release" } else { "debug" }));
    write_bundle(&pkg, &settings, &files, &hash_dir, mode.precompress)?;
    copy_assets(&workspace.join(&settings.assets_dir), &site)?;
    eprintln!("build-site: site ready in {}", site.display());
    Ok(())
}

/// The workspace root: where this crate's manifest says it is.
fn workspace_root() -> Result<PathBuf, Error> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .ok_or_else(|| Error::Settings("no workspace above scripts/site".into()))
}

/// Compiles the hydrate crate to wasm: the path of the `.wasm` cargo wrote.
fn build_wasm(
    workspace: &Path,
    target: &Path,
    settings: &Settings,
    mode: &Mode,
) -> Result<PathBuf, Error> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let profile = if mode.release {
        settings.lib_profile_release.as_str()
    } else {
        "dev"
    };
    let mut command = Command::new(&cargo);
    command
        .current_dir(workspace)
        .args(["build", "--lib", "--target", "wasm32-unknown-unknown"])
        .args(["-p", &settings.lib_package, "--profile", profile]);
    if mode.release {
        // The standard library rebuilt for size (`optimize_for_size`: its smaller formatting
        // and sorting code) with the bundle's own profile, instead of the prebuilt one tuned
        // for speed; and a panic stops the bundle at once, without formatting a message: the
        // release profile already aborts on a panic, so the page is as dead either way, and
        // the formatting code is about 15 KB of the gzip bundle (docs/benchmarks.md). Debug
        // builds keep their panic messages. Both flags are unstable, hence RUSTC_BOOTSTRAP,
        // for this one build only; build-std needs the toolchain's rust-src component
        // (scripts/setup.sh's `release_tools` adds it).
        command
            .env("RUSTC_BOOTSTRAP", "1")
            .args([
                "-Zbuild-std=std,panic_abort",
                "-Zbuild-std-features=optimize_for_size",
            ])
            .args(["-Zpanic-immediate-abort", "--config"])
            .arg(format!("profile.{profile}.panic=\"immediate-abort\""));
    }
    if !settings.lib_default_features {
        command.arg("--no-default-features");
    }
    if !settings.lib_features.is_empty() {
        command.args(["--features", &settings.lib_features.join(",")]);
    }
    let shown = format!(
        "cargo build -p {} --target wasm32 --profile {profile}",
        settings.lib_package
    );
    let status = command
        .status()
        .map_err(|e| Error::Spawn(shown.clone(), e))?;
    if !status.success() {
        return Err(if mode.release {
            Error::ReleaseBuild(shown)
        } else {
            Error::Command(shown)
        });
    }
    let out_dir = if profile == "dev" { "debug" } else { profile };
    Ok(target
        .join("wasm32-unknown-unknown")
        .join(out_dir)
        .join(format!("{}.wasm", settings.lib_package.replace('-', "_"))))
}

/// wasm-bindgen's JS loader and the bound wasm of `wasm`, for the browser (`--target web`).
fn bind(wasm: &Path, name: &str, scratch: &Path) -> Result<(Vec<u8>, Vec<u8>), Error> {
    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen
        .input_path(wasm)
        .out_name(name)
        .web(true)
        .map_err(|e| Error::Bindgen(e.to_string()))?
        // As the CLI does by default: the loader can find its wasm by itself.
        .omit_default_module_path(false)
        .typescript(false);
    // Emitted to a scratch folder, as the CLI would: the snippets and the loader together.
    let _ = std::fs::remove_dir_all(scratch);
    bindgen
        .generate(scratch)
        .map_err(|e| Error::Bindgen(format!("{e:#}")))?;
    Ok((
        read(&scratch.join(format!("{name}.js")))?,
        read(&scratch.join(format!("{name}_bg.wasm")))?,
    ))
}

/// `wasm-opt -Oz`, as cargo-leptos runs it for `--release`; the binary from binaryen must be on
/// `PATH` (the test command installs npm's, which works where Debian's does not).
fn optimise(wasm: &[u8]) -> Result<Vec<u8>, Error> {
    let dir = std::env::temp_dir().join(format!("build-site-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| Error::File(dir.clone(), e))?;
    let (input, output) = (dir.join("in.wasm"), dir.join("out.wasm"));
    std::fs::write(&input, wasm).map_err(|e| Error::File(input.clone(), e))?;
    let shown = "wasm-opt -Oz".to_owned();
    let status = Command::new("wasm-opt")
        .arg("-Oz")
        .args([
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
            "--enable-multivalue",
        ])
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .status()
        .map_err(|e| Error::Spawn(shown.clone(), e))?;
    if !status.success() {
        return Err(Error::Command(shown));
    }
    let optimised = read(&output)?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(optimised)
}

//! The cargo-leptos settings of the workspace (`[[workspace.metadata.leptos]]` in Cargo.toml):
//! the one place the site's names and folders are written, read here as cargo-leptos reads them.

use std::path::Path;

use crate::error::Error;

/// The settings the builder needs, with cargo-leptos' defaults where Cargo.toml is silent.
#[derive(Debug)]
pub struct Settings {
    /// The output name (`rescue-console`): the bundle's file names.
    pub name: String,
    /// Where the site is written (`target/site`).
    pub site_root: String,
    /// The bundle's folder under it (`pkg`).
    pub site_pkg_dir: String,
    /// The stylesheet.
    pub style_file: String,
    /// Static files copied to the site root.
    pub assets_dir: String,
    /// The crate compiled to wasm.
    pub lib_package: String,
    /// Its cargo profile for release builds.
    pub lib_profile_release: String,
    /// Its features, and whether its default ones are on.
    pub lib_features: Vec<String>,
    pub lib_default_features: bool,
    /// Whether file names carry their content's hash.
    pub hash_files: bool,
}

impl Settings {
    /// The first site of the workspace at `root`.
    pub fn read(root: &Path) -> Result<Self, Error> {
        let manifest = root.join("Cargo.toml");
        let text =
            std::fs::read_to_string(&manifest).map_err(|e| Error::File(manifest.clone(), e))?;
        let value: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| Error::Settings(e.to_string()))?;
        let site = value
            .get("workspace")
            .and_then(|w| w.get("metadata"))
            .and_then(|m| m.get("leptos"))
            .and_then(|l| l.as_array())
            .and_then(|sites| sites.first())
            .and_then(|s| s.as_table())
            .ok_or_else(|| Error::Settings("no [[workspace.metadata.leptos]]".into()))?;
        let text = |key: &str, default: &str| {
            site.get(key)
                .and_then(|v| v.as_str())
                .unwrap_or(default)
                .to_owned()
        };
        let flag =
            |key: &str, default: bool| site.get(key).and_then(|v| v.as_bool()).unwrap_or(default);
        let name = site
            .get("name")
            .and_then(|v| v.as_str())
            .ok_or_else(|| Error::Settings("the site has no name".into()))?
            .to_owned();
        let lib_package = site
            .get("lib-package")
            .and_then(|v| v.as_str())
            .ok_or_else(|| Error::Settings("the site names no lib-package".into()))?
            .to_owned();
        let style_file = site
            .get("style-file")
            .and_then(|v| v.as_str())
            .ok_or_else(|| Error::Settings("the site names no style-file".into()))?
            .to_owned();
        Ok(Settings {
            name,
            site_root: text("site-root", "target/site"),
            site_pkg_dir: text("site-pkg-dir", "pkg"),
            style_file,
            assets_dir: text("assets-dir", "public"),
            lib_package,
            lib_profile_release: text("lib-profile-release", "release"),
            lib_features: site
                .get("lib-features")
                .and_then(|v| v.as_array())
                .map(|features| {
                    features
                        .iter()
                        .filter_map(|f| f.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
            lib_default_features: flag("lib-default-features", true),
            hash_files: flag("hash-files", false),
        })
    }
}

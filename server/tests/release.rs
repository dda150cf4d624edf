//! The release archive's own files (`deploy/`), checked against the server they ship with.

use std::collections::BTreeSet;

use clap::CommandFactory;
use server::Config;

/// The release archive's settings file (deploy/rescue-console.env) names every setting the
/// server reads, and nothing it does not: an operator edits that file, not the source.
#[test]
fn the_release_settings_file_names_every_setting_and_only_those() {
    let file = include_str!("../../deploy/rescue-console.env");
    let named: BTreeSet<String> = file
        .lines()
        .map(|line| line.trim_start_matches('#'))
        .filter_map(|line| line.split_once('=').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        .map(str::to_owned)
        .collect();
    let mut settings: BTreeSet<String> = Config::command()
        .get_arguments()
        .filter_map(|argument| argument.get_env())
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    // Read by Leptos and the log filter rather than by Config.
    for outside in [
        "LEPTOS_SITE_ROOT",
        "LEPTOS_SITE_PKG_DIR",
        "LEPTOS_ENV",
        "RUST_LOG",
    ] {
        settings.insert(outside.to_owned());
    }
    assert_eq!(
        named, settings,
        "deploy/rescue-console.env and Config disagree"
    );
}

/// The unit starts the binary where INSTALL.md puts it, with the settings file it installs.
#[test]
fn the_unit_runs_the_installed_binary_with_the_installed_settings() {
    let unit = include_str!("../../deploy/rescue-console.service");
    let install = include_str!("../../deploy/INSTALL.md");
    let value = |key: &str| {
        unit.lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
            .unwrap_or_else(|| panic!("the unit sets no {key}"))
    };
    assert_eq!(value("ExecStart"), "/opt/rescue-console/rescue-console");
    let settings = value("EnvironmentFile");
    assert!(
        install.contains(settings),
        "INSTALL.md installs no {settings}"
    );
    assert!(install.contains("/opt/rescue-console/"));
    assert_eq!(value("DynamicUser"), "yes");
}

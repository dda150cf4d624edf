//! The layout promise of the workspace: in every crate, no module uses something from a module
//! that uses it (directly or through others) — neither top-level modules nor the files inside
//! them — so each can be read, changed and tested from the modules below it alone.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

/// The top-level modules of the crate in `src`, each with the top-level modules it uses
/// (`crate::name` outside comments).
fn uses(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources(src) {
        let relative = file.strip_prefix(src).expect("under src");
        let first = relative
            .components()
            .next()
            .expect("a path")
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source");
        let used = graph.entry(module.clone()).or_default();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let name: String = line[at + 7..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != module {
                    used.insert(name);
                }
            }
        }
    }
    graph
}

/// A circle of modules, if the graph has one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        let here = path.last().cloned()?;
        for next in graph.get(&here).into_iter().flatten() {
            if let Some(at) = path.iter().position(|m| m == next) {
                let mut found = path[at..].to_vec();
                found.push(next.clone());
                return Some(found);
            }
            if done.contains(next) {
                continue;
            }
            path.push(next.clone());
            if let Some(found) = visit(graph, path, done) {
                return Some(found);
            }
            path.pop();
        }
        done.insert(here);
        None
    }
    let mut done = BTreeSet::new();
    for start in graph.keys() {
        if let Some(found) = visit(graph, &mut vec![start.clone()], &mut done) {
            return Some(found);
        }
    }
    None
}

#[test]
fn no_top_level_module_uses_a_module_that_uses_it() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for krate in ["app", "rescue", "rescue-sim", "server"] {
        let graph = uses(&workspace.join(krate).join("src"));
        assert!(graph.len() > 3, "{krate}: modules found");
        assert_eq!(circle(&graph), None, "{krate}: {graph:?}");
    }
}

/// The module path of `file` under `src` (`sessions/load.rs` → `sessions::load`; a `mod.rs`
/// is its folder's module; `lib.rs` and `main.rs` the crate's root, "").
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_owned()
        })
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts.join("::")
}

/// Every file's module with the files' modules it uses: `crate::a::b::…` and `super::…` paths
/// outside comments, each resolved to the longest module that is a file. A module's uses of
/// its own descendants are left out: declaring and re-exporting them is what a parent is for.
fn file_uses(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files = sources(src);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(src, f)).collect();
    let resolve = |path: Vec<String>| -> Option<String> {
        (1..=path.len())
            .rev()
            .map(|n| path[..n].join("::"))
            .find(|m| modules.contains(m))
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let here = module_of(src, file);
        let mod_rs = file
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "lib.rs");
        let text = std::fs::read_to_string(file).expect("readable source");
        let used = graph.entry(here.clone()).or_default();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (prefix, base) in [
                ("crate::", Vec::new()),
                ("super::", {
                    // `super` of a file is its folder's module; of a mod.rs, the folder's parent.
                    let mut base: Vec<String> = here
                        .split("::")
                        .filter(|p| !p.is_empty())
                        .map(str::to_owned)
                        .collect();
                    base.pop();
                    if mod_rs {
                        base.pop();
                    }
                    base
                }),
            ] {
                for (at, _) in line.match_indices(prefix) {
                    // `super::` inside a longer word (`self::super::`) is not a path start.
                    if at > 0 && line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let mut path = base.clone();
                    path.extend(
                        line[at + prefix.len()..]
                            .split("::")
                            .map(|p| {
                                p.chars()
                                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                                    .collect::<String>()
                            })
                            .take_while(|p| !p.is_empty()),
                    );
                    if let Some(target) = resolve(path) {
                        let descendant =
                            here.is_empty() || target.starts_with(&format!("{here}::"));
                        if target != here && !descendant {
                            used.insert(target);
                        }
                    }
                }
            }
        }
    }
    graph
}

#[test]
fn no_file_uses_a_file_that_uses_it() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for krate in ["app", "rescue", "rescue-sim", "server", "scripts/site"] {
        let graph = file_uses(&workspace.join(krate).join("src"));
        assert!(graph.len() > 3, "{krate}: files found");
        assert_eq!(circle(&graph), None, "{krate}");
    }
}

#[test]
fn a_circle_is_found_when_there_is_one() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(m, uses)| (m.to_owned(), uses.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        circle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
}

#[test]
fn no_source_file_is_longer_than_500_lines() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for krate in [
        "app",
        "frontend",
        "rescue",
        "rescue-sim",
        "server",
        "scripts/site",
    ] {
        for file in sources(&workspace.join(krate)) {
            if file.components().any(|c| c.as_os_str() == "target") {
                continue;
            }
            let lines = std::fs::read_to_string(&file)
                .expect("readable")
                .lines()
                .count();
            assert!(lines <= 500, "{}: {lines} lines", file.display());
        }
    }
}

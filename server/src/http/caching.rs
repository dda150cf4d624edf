//! What browsers may keep: a page holds a signed-in admin's data, so it is never stored; the
//! site's files are, for as long as their names say they cannot change.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::{header, HeaderValue};

/// A year, the longest `max-age` browsers honour, for files whose name carries their hash.
const FOREVER: &str = "public, max-age=31536000, immutable";
/// Bundle files under a fixed name (a build without `hash-files`): kept, but checked before
/// each use (`Last-Modified`), since the next build reuses the name.
const REVALIDATE: &str = "public, no-cache";
/// The icon and robots.txt: fixed names whose content almost never changes, so a day's
/// keeping spares every page view a request; a new icon shows within a day.
const A_DAY: &str = "public, max-age=86400";
/// Everything else: pages, server functions, exports.
const NEVER: &str = "no-store";

/// The `Cache-Control` of an answer to `path` (with `status`), unless it set its own.
pub fn rule(path: &str, status: http::StatusCode) -> &'static str {
    if !status.is_success() && status != http::StatusCode::NOT_MODIFIED {
        return NEVER;
    }
    let Some(file) = path.strip_prefix("/pkg/") else {
        // favicon.svg, robots.txt: fixed names.
        return match path {
            "/favicon.svg" | "/robots.txt" => A_DAY,
            // The page scripts change with the app under the same name.
            "/alerts.js" | "/bulk.js" => REVALIDATE,
            _ => NEVER,
        };
    };
    if hashed(file) {
        FOREVER
    } else {
        REVALIDATE
    }
}

/// Whether a bundle file name carries a content hash, as cargo-leptos' `hash-files` writes
/// them: `rescue-console.<hash>.js`, `.wasm` or `.css`, the hash at least 8 URL-safe characters.
fn hashed(file: &str) -> bool {
    let mut parts = file.rsplitn(3, '.');
    let (Some(_extension), Some(hash), Some(stem)) = (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    !stem.is_empty()
        && hash.len() >= 8
        && hash
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Sets [`rule`]'s `Cache-Control` on every answer that has none.
pub async fn cache_rules(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let rule = rule(&path, response.status());
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static(rule));
    response
}

/// Settles whether the site's files are served under hashed names, and checks that the files
/// the build named are there.
///
/// Why not leave it to `LEPTOS_HASH_FILES`: a `hash-files` build names its files
/// `rescue-console.<hash>.*` and writes the hashes to `hash.txt` beside the server binary,
/// where Leptos reads them for every page. A server started without the variable would link
/// files that do not exist, and one started with it but without `hash.txt` would panic on
/// every page. So the variable, when set, is honoured, and otherwise `hash.txt` decides; then
/// a missing `hash.txt` or a file it names that the site lacks (a binary deployed without its
/// `target/site`) stops the server at start with a sentence saying so.
pub fn settle_hashed_names(
    options: &mut leptos::config::LeptosOptions,
    variable_set: bool,
    hash_file: &std::path::Path,
) -> Result<(), String> {
    if !variable_set {
        options.hash_files = hash_file.exists();
    }
    if !options.hash_files {
        return Ok(());
    }
    let hashes = std::fs::read_to_string(hash_file).map_err(|e| {
        format!(
            "LEPTOS_HASH_FILES is on but {} cannot be read ({e}): build the site with `cargo run -p site --bin build-site`",
            hash_file.display()
        )
    })?;
    let pkg = std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    for extension in ["js", "wasm", "css"] {
        let hash = hashes
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(kind, _)| kind.trim() == extension)
            .map(|(_, hash)| hash.trim())
            .ok_or_else(|| format!("{} names no {extension} file", hash_file.display()))?;
        let file = pkg.join(format!("{}.{hash}.{extension}", options.output_name));
        if !file.is_file() {
            return Err(format!(
                "{} is missing: the site's files are not from the build of this server \
                 (keep the release archive's site/, hash.txt and binary together, \
                 or set LEPTOS_SITE_ROOT)",
                file.display()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::StatusCode;

    #[test]
    fn hash_txt_decides_unless_told_and_a_site_without_the_named_files_stops_the_start() {
        let dir = tempfile::tempdir().unwrap();
        let hash_file = dir.path().join("hash.txt");
        let pkg = dir.path().join("site/pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        let mut options = leptos::config::LeptosOptions::builder()
            .output_name("rescue-console")
            .site_root(dir.path().join("site").display().to_string())
            .build();

        // An unhashed build: fixed names, whatever the variable's default said.
        options.hash_files = true;
        settle_hashed_names(&mut options, false, &hash_file).unwrap();
        assert!(!options.hash_files);

        // A hashed build whose files are all there.
        std::fs::write(
            &hash_file,
            "js: aaaaaaaaaa\nwasm: bbbbbbbbbb\ncss: cccccccccc\n",
        )
        .unwrap();
        for name in ["aaaaaaaaaa.js", "bbbbbbbbbb.wasm", "cccccccccc.css"] {
            std::fs::write(pkg.join(format!("rescue-console.{name}")), "x").unwrap();
        }
        settle_hashed_names(&mut options, false, &hash_file).unwrap();
        assert!(options.hash_files);

        // Told not to hash: honoured.
        options.hash_files = false;
        settle_hashed_names(&mut options, true, &hash_file).unwrap();
        assert!(!options.hash_files);

        // The site is from another build.
        std::fs::remove_file(pkg.join("rescue-console.bbbbbbbbbb.wasm")).unwrap();
        let err = settle_hashed_names(&mut options, false, &hash_file).unwrap_err();
        assert!(
            err.contains("rescue-console.bbbbbbbbbb.wasm is missing"),
            "{err}"
        );

        // Told to hash without hash.txt.
        std::fs::remove_file(&hash_file).unwrap();
        options.hash_files = true;
        let err = settle_hashed_names(&mut options, true, &hash_file).unwrap_err();
        assert!(err.contains("cannot be read"), "{err}");
    }

    #[test]
    fn pages_are_never_stored_and_hashed_files_kept_for_a_year() {
        let ok = StatusCode::OK;
        assert_eq!(rule("/sessions", ok), NEVER);
        assert_eq!(rule("/api/act_on_session123", ok), NEVER);
        assert_eq!(rule("/history.csv", ok), NEVER);
        assert_eq!(rule("/pkg/rescue-console.wasm", ok), REVALIDATE);
        assert_eq!(rule("/pkg/rescue-console.js", ok), REVALIDATE);
        assert_eq!(rule("/pkg/rescue-console.4f9a1c2be7d3.wasm", ok), FOREVER);
        assert_eq!(rule("/pkg/rescue-console.Xk3-_9aQ.css", ok), FOREVER);
        assert_eq!(
            rule("/pkg/rescue-console.abc.js", ok),
            REVALIDATE,
            "too short a hash"
        );
        assert_eq!(rule("/pkg/.4f9a1c2be7d3.js", ok), REVALIDATE);
        assert_eq!(rule("/favicon.svg", ok), A_DAY);
        assert_eq!(rule("/favicon.svg", StatusCode::NOT_MODIFIED), A_DAY);
        assert_eq!(
            rule(
                "/pkg/rescue-console.4f9a1c2be7d3.wasm",
                StatusCode::NOT_FOUND
            ),
            NEVER
        );
    }
}

//! Secrets kept out of what the server prints: a URL's password masked before any message or
//! log line names the URL.

/// `url` with its password (if any) replaced by `****`; a text that is not a URL is not
/// repeated at all (it might be a password pasted in the wrong place).
pub fn url(text: &str) -> String {
    match url::Url::parse(text.trim()) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("****"));
            }
            parsed.to_string()
        }
        Err(_) => "(a text that is not a URL)".into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_in_urls_are_masked() {
        assert_eq!(
            super::url("postgres://console:s3cret@db.example:5432/console"),
            "postgres://console:****@db.example:5432/console"
        );
        assert_eq!(
            super::url("redis://:s3cret@127.0.0.1:6379/2"),
            "redis://:****@127.0.0.1:6379/2"
        );
        assert_eq!(
            super::url("sqlite://data/console.db"),
            "sqlite://data/console.db"
        );
        assert!(!super::url("s3cret with spaces").contains("s3cret"));
    }
}

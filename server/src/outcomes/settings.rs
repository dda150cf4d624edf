//! The receiver's settings (an environment variable and a flag each, as every setting).

use std::path::PathBuf;
use std::time::Duration;

use secrecy::SecretString;

/// Rescue's Post to URL, received and kept.
#[derive(Clone, Default, clap::Args)]
pub struct PostToUrlConfig {
    /// The secret in the receiver's address, POST /rescue/post-to-url/<token> (at least 32
    /// characters; e.g. `openssl rand -hex 24`). Unset: no receiver. Prefer
    /// POST_TO_URL_TOKEN_FILE: a flag's value is visible in the process list.
    #[arg(long, env = "POST_TO_URL_TOKEN", hide_env_values = true)]
    pub post_to_url_token: Option<String>,

    /// A file holding POST_TO_URL_TOKEN (readable by this user only).
    #[arg(long, env = "POST_TO_URL_TOKEN_FILE")]
    pub post_to_url_token_file: Option<PathBuf>,

    /// The largest post read, in KB (1-65536): past it the receiver answers 413 and reads no
    /// further.
    #[arg(long, env = "POST_TO_URL_MAX_KB", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..=65_536))]
    pub post_to_url_max_kb: u32,

    /// How many days received posts are kept (1-3650); older ones are deleted.
    #[arg(long, env = "OUTCOMES_KEEP_DAYS", default_value_t = 90, value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub outcomes_keep_days: u32,
}

impl std::fmt::Debug for PostToUrlConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = if self.post_to_url_token.is_some() {
            "[REDACTED]"
        } else {
            "unset"
        };
        f.debug_struct("PostToUrlConfig")
            .field("post_to_url_token", &set)
            .field("post_to_url_token_file", &self.post_to_url_token_file)
            .field("post_to_url_max_kb", &self.post_to_url_max_kb)
            .field("outcomes_keep_days", &self.outcomes_keep_days)
            .finish()
    }
}

impl PostToUrlConfig {
    /// The token, from its setting or its file; `None`: no receiver.
    pub fn token(&self) -> Result<Option<SecretString>, String> {
        let token = match (&self.post_to_url_token, &self.post_to_url_token_file) {
            (Some(token), _) => token.trim().to_owned(),
            (None, Some(path)) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("POST_TO_URL_TOKEN_FILE {}: {e}", path.display()))?;
                crate::private::check_key_file(path)
                    .map_err(|e| format!("POST_TO_URL_TOKEN_FILE: {e}"))?;
                text.trim().to_owned()
            }
            (None, None) => return Ok(None),
        };
        if token.chars().count() < super::SHORTEST_TOKEN {
            return Err(format!(
                "POST_TO_URL_TOKEN must be at least {} characters (e.g. `openssl rand -hex 24`)",
                super::SHORTEST_TOKEN
            ));
        }
        // It is a path segment: what a URL carries plainly, nothing a proxy might rewrite.
        if !token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' || b == b'~')
        {
            return Err("POST_TO_URL_TOKEN may hold letters, digits and - _ . ~ only".into());
        }
        Ok(Some(SecretString::from(token)))
    }

    /// The largest body read, in bytes.
    pub fn max_bytes(&self) -> usize {
        usize::try_from(self.post_to_url_max_kb).unwrap_or(1) * 1024
    }

    /// How long posts are kept.
    pub fn keep(&self) -> Duration {
        Duration::from_secs(u64::from(self.outcomes_keep_days) * 24 * 3600)
    }
}

#[cfg(test)]
mod tests {
    use super::PostToUrlConfig;

    #[test]
    fn the_token_must_be_long_and_plain() {
        let with = |token: &str| PostToUrlConfig {
            post_to_url_token: Some(token.into()),
            ..PostToUrlConfig::default()
        };
        assert!(PostToUrlConfig::default().token().unwrap().is_none());
        assert!(with("short").token().unwrap_err().contains("32"));
        assert!(with(&"a/".repeat(20)).token().is_err());
        assert!(with(&"a".repeat(32)).token().unwrap().is_some());
        let shown = format!("{:?}", with(&"s3cr3t".repeat(8)));
        assert!(!shown.contains("s3cr3t"), "{shown}");
    }
}

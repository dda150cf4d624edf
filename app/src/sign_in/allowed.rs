//! Who may use an installation (`ALLOWED_ADMINS`): e-mail addresses, `@domain` entries, or `*`
//! for anyone Rescue accepts.
//!
//! Why a list at all: Rescue's `login.aspx` accepts every Rescue account of every customer (and
//! every trial account), technicians included. Without a list, anyone with any Rescue account
//! could sign in to an installation and read its history of actions.

use std::collections::HashSet;

/// The parsed `ALLOWED_ADMINS` setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllowedAdmins {
    /// `*`: anyone Rescue accepts.
    Anyone,
    /// Only these addresses and domains (both lower-cased).
    Listed {
        /// Whole e-mail addresses.
        emails: HashSet<String>,
        /// Domains, without the `@`.
        domains: HashSet<String>,
    },
}

/// Why an `ALLOWED_ADMINS` value cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AllowedAdminsError {
    /// Nothing but commas and spaces.
    #[error("ALLOWED_ADMINS is empty: list e-mail addresses or @domains, or `*` for anyone")]
    Empty,
    /// `*` with other entries: one of the two is a mistake.
    #[error("ALLOWED_ADMINS mixes `*` with other entries: use `*` alone or only the list")]
    StarAndList,
    /// Not an address or a domain.
    #[error("ALLOWED_ADMINS entry `{0}` is not an e-mail address or an @domain")]
    BadEntry(String),
}

impl AllowedAdmins {
    /// Parses a comma-separated list. Entries are trimmed and compared without regard to case
    /// (e-mail domains are case-insensitive, and Rescue matches logins that way).
    pub fn parse(text: &str) -> Result<Self, AllowedAdminsError> {
        let entries: Vec<&str> = text
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .collect();
        if entries.is_empty() {
            return Err(AllowedAdminsError::Empty);
        }
        if entries.contains(&"*") {
            return if entries.len() == 1 {
                Ok(AllowedAdmins::Anyone)
            } else {
                Err(AllowedAdminsError::StarAndList)
            };
        }
        let mut emails = HashSet::new();
        let mut domains = HashSet::new();
        for entry in entries {
            let lower = entry.to_lowercase();
            let bad = || AllowedAdminsError::BadEntry(entry.to_owned());
            if let Some(domain) = lower.strip_prefix('@') {
                if !plausible_domain(domain) {
                    return Err(bad());
                }
                domains.insert(domain.to_owned());
            } else {
                let (local, domain) = lower.rsplit_once('@').ok_or_else(bad)?;
                if local.is_empty()
                    || !plausible_domain(domain)
                    || local.contains(char::is_whitespace)
                {
                    return Err(bad());
                }
                emails.insert(lower);
            }
        }
        Ok(AllowedAdmins::Listed { emails, domains })
    }

    /// Exactly these addresses (the demo accounts).
    pub fn only<'a>(emails: impl IntoIterator<Item = &'a str>) -> Self {
        AllowedAdmins::Listed {
            emails: emails.into_iter().map(str::to_lowercase).collect(),
            domains: HashSet::new(),
        }
    }

    /// Whether `email` (as the admin typed it and Rescue accepted it) may use the dashboard.
    pub fn allows(&self, email: &str) -> bool {
        match self {
            AllowedAdmins::Anyone => true,
            AllowedAdmins::Listed { emails, domains } => {
                let email = email.trim().to_lowercase();
                emails.contains(&email)
                    || email.rsplit_once('@').is_some_and(|(local, domain)| {
                        !local.is_empty() && domains.contains(domain)
                    })
            }
        }
    }

    /// Whether anyone Rescue accepts may sign in: only then can a pasted token (which names no
    /// e-mail) be accepted.
    pub fn is_anyone(&self) -> bool {
        matches!(self, AllowedAdmins::Anyone)
    }
}

/// A domain with at least one dot-free label and nothing that cannot be in a host name.
fn plausible_domain(domain: &str) -> bool {
    !domain.is_empty()
        && domain.len() <= 253
        && domain.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_domains_match_without_regard_to_case() {
        let allowed = AllowedAdmins::parse(" Ann@Example.com, @helpdesk.example.org ,").unwrap();
        assert!(allowed.allows("ann@example.com"));
        assert!(allowed.allows(" ANN@EXAMPLE.COM "));
        assert!(allowed.allows("bob@HelpDesk.example.org"));
        assert!(!allowed.allows("bob@example.com"));
        assert!(
            !allowed.allows("bob@sub.helpdesk.example.org"),
            "no sub-domains"
        );
        assert!(!allowed.allows("helpdesk.example.org"));
        assert!(!allowed.allows("@helpdesk.example.org"));
        assert!(!allowed.allows("eve@helpdesk.example.org.evil.example"));
        assert!(!allowed.is_anyone());
    }

    #[test]
    fn star_alone_is_anyone() {
        let anyone = AllowedAdmins::parse(" * ").unwrap();
        assert!(anyone.is_anyone());
        assert!(anyone.allows("whoever@wherever.example"));
    }

    #[test]
    fn unusable_lists_are_refused_with_the_entry() {
        assert_eq!(AllowedAdmins::parse(" , "), Err(AllowedAdminsError::Empty));
        assert_eq!(
            AllowedAdmins::parse("*, ann@example.com"),
            Err(AllowedAdminsError::StarAndList)
        );
        for bad in [
            "ann",
            "@",
            "ann@",
            "@exa mple.com",
            "a b@example.com",
            "ann@exa..mple",
        ] {
            assert_eq!(
                AllowedAdmins::parse(bad),
                Err(AllowedAdminsError::BadEntry(bad.to_owned())),
                "{bad}"
            );
        }
    }

    #[test]
    fn only_lists_exact_addresses() {
        let demo = AllowedAdmins::only(["Admin@Demo.example"]);
        assert!(demo.allows("admin@demo.example"));
        assert!(!demo.allows("other@demo.example"));
    }
}

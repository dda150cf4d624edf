//! The outcome of a page's server function ([`Page`]: ready, refused, or waiting for a
//! sign-in) and the notice a form post without JavaScript leaves for the page it returns to.

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// What a page's server function answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Page<T> {
    /// The page's data.
    Ready(T),
    /// Nothing to show but why (the status is already set from the error).
    Refused(Error),
    /// No usable Rescue login: the browser is being sent to sign in, then back to `next`.
    SignIn {
        /// Where the admin was.
        next: String,
    },
}

impl<T> Page<T> {
    /// A server function's whole answer as one page: a failed call is a refusal too.
    pub fn of(result: Result<Page<T>, Error>) -> Page<T> {
        result.unwrap_or_else(Page::Refused)
    }

    /// The data, if the page is ready.
    pub fn ready(self) -> Option<T> {
        match self {
            Page::Ready(value) => Some(value),
            _ => None,
        }
    }
}

/// The keyset of a paged list (`before`, the next-page link's value): blank is the first page;
/// anything but a positive ID is a link that was not the dashboard's, refused (already
/// answered: the page's status is 400).
#[cfg(feature = "ssr")]
pub fn keyset(before: Option<&str>) -> Result<Option<i64>, Error> {
    match before.map(str::trim) {
        None | Some("") => Ok(None),
        Some(b) => match b.parse::<i64>() {
            Ok(b) if b > 0 => Ok(Some(b)),
            _ => Err(Error::BadInput(crate::words::page_link_invalid()).answered()),
        },
    }
}

/// The outcome of an action, kept in the session across the no-JavaScript redirect back to the
/// page the admin acted from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// Whether the action did what was asked.
    pub ok: bool,
    /// What happened, in words.
    pub message: String,
}

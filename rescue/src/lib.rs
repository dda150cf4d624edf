//! A typed async client for the LogMeIn Rescue HTTP API.
//!
//! Rescue speaks plain text: a result code on the first line (HTTP 200 even for errors), then,
//! for data methods, a blank line and a payload. This crate turns each reply into an outcome enum
//! with one variant per documented code ([`ActionOutcome`], [`GetSessionsOutcome`], …) and
//! keeps transport failures apart in [`Error`]. It knows nothing of web frameworks.
//!
//! The `client` feature (on by default) is the client itself; without it the crate is
//! Rescue's value types alone (ids, statuses, node kinds, the session action methods and
//! their outcomes, the list parsers), small enough for a browser bundle.
//!
//! ```no_run
//! # async fn demo() -> Result<(), rescue::Error> {
//! use rescue::{ActionOutcome, Client, Credentials, LoginOutcome, SessionCall, SessionId};
//! let client = Client::new(rescue::PUBLIC_API_URL, rescue::DEFAULT_TIMEOUT)?;
//! let password = "secret".to_owned().into();
//! if let LoginOutcome::Ok(cookie) = client.login("admin@example.com", &password).await? {
//!     let creds = Credentials::Cookie(cookie);
//!     let session: SessionId = "12345678".parse().expect("valid id");
//!     match client.act(&creds, session, &SessionCall::Cancel).await? {
//!         ActionOutcome::Ok => println!("cancelled"),
//!         other => println!("Rescue said {}", other.code()),
//!     }
//! }
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

#[cfg(feature = "client")]
mod account;
mod action;
#[cfg(feature = "client")]
mod auth;
#[cfg(feature = "client")]
mod client;
mod error;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod hierarchy;
mod ids;
#[cfg(feature = "client")]
mod observe;
#[cfg(feature = "client")]
mod outcome;
#[cfg(feature = "client")]
mod report;
mod sessions;
mod status;
mod table;
#[cfg(feature = "client")]
mod transport;
#[cfg(feature = "client")]
mod wire;

#[cfg(feature = "client")]
pub use account::Account;
pub use action::{ActionMethod, ActionOutcome, SessionCall};
#[cfg(feature = "client")]
pub use auth::{AuthCode, Credentials, LoginCookie};
#[cfg(feature = "client")]
pub use client::{
    Client, HierarchyQuery, DEFAULT_MAX_REPLY_BYTES, DEFAULT_TIMEOUT, PUBLIC_API_URL,
};
pub use error::{Error, Result};
pub use hierarchy::{Hierarchy, HierarchyNode, NodeStatus, NodeType};
pub use ids::{IdError, NodeId, NodeRef, SessionId};
#[cfg(feature = "client")]
pub use outcome::{
    GetAccountOutcome, GetHierarchyOutcome, GetReportOutcome, GetSessionsOutcome, LoginOutcome,
    LogoutOutcome, RequestAuthCodeOutcome, RequestAuthCodeSsoOutcome, SetReportOutcome,
};
#[cfg(feature = "client")]
pub use report::{report_date, Report, ReportArea};
#[cfg(feature = "client")]
pub use secrecy::SecretString;
pub use sessions::{parse_start_time, MalformedRow, SessionList, SessionRow, CUSTOM_FIELDS};
pub use status::{Phase, SessionStatus};
#[cfg(feature = "client")]
pub use wire::Reply;

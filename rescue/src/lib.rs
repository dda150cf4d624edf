//! A typed async client for the LogMeIn Rescue HTTP API.
//!
//! Rescue speaks plain text: a result code on the first line (HTTP 200 even for errors), then,
//! for data methods, a blank line and a payload. This crate turns each reply into an outcome enum
//! with one variant per documented code ([`CancelActionOutcome`], [`GetSessionsOutcome`], …) and
//! keeps transport failures apart in [`Error`]. It knows nothing of web frameworks.
//!
//! ```no_run
//! # async fn demo() -> Result<(), rescue::Error> {
//! use rescue::{Client, Credentials, CancelActionOutcome, LoginOutcome, SessionId};
//! let client = Client::new(rescue::PUBLIC_API_URL, rescue::DEFAULT_TIMEOUT)?;
//! let password = "secret".to_owned().into();
//! if let LoginOutcome::Ok(cookie) = client.login("admin@example.com", &password).await? {
//!     let creds = Credentials::Cookie(cookie);
//!     let session: SessionId = "12345678".parse().expect("valid id");
//!     match client.cancel_action(&creds, session).await? {
//!         CancelActionOutcome::Ok => println!("cancelled"),
//!         other => println!("Rescue said {}", other.code()),
//!     }
//! }
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

mod auth;
mod client;
mod error;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod hierarchy;
mod ids;
mod observe;
mod outcome;
mod report;
mod sessions;
mod status;
mod table;
mod transport;
mod wire;

pub use auth::{AuthCode, Credentials, LoginCookie};
pub use client::{
    Client, HierarchyQuery, DEFAULT_MAX_REPLY_BYTES, DEFAULT_TIMEOUT, PUBLIC_API_URL,
};
pub use error::{Error, Result};
pub use hierarchy::{Hierarchy, HierarchyNode, NodeStatus, NodeType};
pub use ids::{IdError, NodeId, NodeRef, SessionId};
pub use outcome::{
    ActionOutcome, CancelActionOutcome, CloseSessionOutcome, GetHierarchyOutcome, GetReportOutcome,
    GetSessionsOutcome, HoldSessionOutcome, LoginOutcome, LogoutOutcome, RequestAuthCodeOutcome,
    SetReportOutcome, StartSessionOutcome, TransferSessionOutcome,
};
pub use report::{report_date, Report, ReportArea};
pub use secrecy::SecretString;
pub use sessions::{parse_start_time, MalformedRow, SessionList, SessionRow, CUSTOM_FIELDS};
pub use status::{Phase, SessionStatus};
pub use wire::Reply;

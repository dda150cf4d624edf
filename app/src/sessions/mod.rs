//! The sessions list: `/sessions?node=…&noderef=NODE|CHANNEL`, its filters and sort, the rows
//! (written by the server, then kept live by the browser), the pending-action marks, and the
//! live refresh. Row actions open the `actions` feature's confirmation.

pub mod changes;
pub mod filter;
mod focus;
pub mod live;
mod load;
pub mod look;
mod page;
pub mod page_rows;
#[cfg(feature = "ssr")]
pub mod pending;
mod push;
#[cfg(feature = "ssr")]
pub mod row_html;
#[cfg(all(test, feature = "ssr"))]
mod row_tests;
pub mod rows;
#[cfg(feature = "ssr")]
pub mod stream;
mod table;

#[cfg(feature = "ssr")]
pub use load::ssr::mark_pending;
pub use load::{load_sessions, LoadSessions, Loaded, SessionsView};
#[cfg(feature = "ssr")]
pub use load::{Fetched, ListKey, Lists};
pub use page::{SessionsLive, SessionsPage};

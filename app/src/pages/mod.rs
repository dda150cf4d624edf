//! One module per page.

pub mod action;
pub mod charts;
mod history;
pub mod live;
mod login;
mod not_found;
mod reports;
#[cfg(feature = "ssr")]
mod row_html;
mod session_rows;
pub(crate) mod sessions;
mod topbar;

pub use action::ActionPage;
pub use history::HistoryPage;
pub use login::LoginPage;
pub use not_found::NotFound;
pub use reports::ReportsPage;
pub use sessions::SessionsPage;

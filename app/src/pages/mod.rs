//! One module per page.

pub mod cancel;
pub mod charts;
mod history;
mod login;
mod not_found;
mod reports;
mod sessions;
mod topbar;

pub use cancel::CancelPage;
pub use history::HistoryPage;
pub use login::LoginPage;
pub use not_found::NotFound;
pub use reports::ReportsPage;
pub use sessions::SessionsPage;

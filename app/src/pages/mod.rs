//! One module per page.

pub mod cancel;
mod login;
mod not_found;
mod sessions;

pub use cancel::CancelPage;
pub use login::LoginPage;
pub use not_found::NotFound;
pub use sessions::SessionsPage;

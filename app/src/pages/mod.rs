//! One module per page.

mod login;
mod not_found;
mod sessions;

pub use login::LoginPage;
pub use not_found::NotFound;
pub use sessions::SessionsPage;

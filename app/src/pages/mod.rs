//! One module per page.

mod login;
mod not_found;

pub use login::LoginPage;
pub use not_found::NotFound;

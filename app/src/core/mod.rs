//! The small core every feature stands on: the request context a server function starts
//! from ([`cx`]), who is signed in ([`login`]), what a page answers ([`page`]), the sign-in
//! page's message ([`flash`]), and the services every feature shares ([`services`]).

#[cfg(feature = "ssr")]
pub mod cx;
pub mod flash;
#[cfg(feature = "ssr")]
pub mod login;
pub mod page;
#[cfg(feature = "ssr")]
pub mod services;

#[cfg(feature = "ssr")]
pub use cx::{Answer, Cx, Reported, Visit};
pub use page::{Notice, Page};

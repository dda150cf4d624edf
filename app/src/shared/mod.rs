//! Value types every feature speaks: what a session action is, what came of it, where a list
//! is (a node and its kind), and what a sessions row shows. This module uses no feature, so
//! any feature may use it.

pub mod action;
pub mod address;
pub mod badge;
#[cfg(feature = "ssr")]
pub mod cookie;
pub mod form;
#[cfg(feature = "ssr")]
pub mod from_rescue;
pub mod json_text;
pub mod outcome;
pub mod row;
#[cfg(feature = "ssr")]
pub mod sso_refusal;

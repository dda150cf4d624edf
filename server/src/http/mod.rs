//! The dashboard's HTTP edge: the middleware stack (timeouts, body limits, panics), the
//! security headers and same-origin rule, and how long browsers keep each answer.

pub mod caching;
pub mod security;
pub mod stack;

//! The server's integration tests, one binary: each file a module (a binary each linked the
//! whole server once per file).

mod actions;
mod alerts;
mod architecture;
mod at_rest;
mod audit_log;
mod behind_proxy;
mod bulk;
mod bulk_edges;
mod cancel;
mod cancel_refusals;
mod common;
mod compression;
mod hardening;
mod history;
mod languages;
mod lifetimes;
mod live;
mod operator;
mod outcome_page;
mod outcome_summary;
mod post_to_url;
mod release;
mod reports;
mod router;
mod screens;
mod secrets;
mod sessions;
mod shared_guards;
mod sign_in;
mod sign_in_rules;
mod sso;
mod stack;
mod store_outage;
mod webhook;
mod write_ahead;

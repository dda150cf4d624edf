//! A stand-in for the LogMeIn Rescue API, speaking its wire protocol from the server side.
//!
//! It is written apart from the `rescue` client on purpose: two independent readings of
//! rescue-api.md cannot share one misunderstanding of the wire format. The simulator itself is
//! built in its own issue; this crate reserves its place in the workspace.

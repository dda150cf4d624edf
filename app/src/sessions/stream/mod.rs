//! The live streams of open sessions lists (server side): one watcher per Rescue login and
//! list reads it every `REFRESH_SECS` for every tab watching (`hub`, `watch`), with several
//! instances one reads for all (`relay`), and each tab's stream sends it only what changed
//! in its view, and the actions taken on its sessions (`route`).

pub mod full_row;
pub mod hub;
pub mod relay;
pub mod route;
mod watch;

pub use hub::Hub;
pub use watch::after_action;

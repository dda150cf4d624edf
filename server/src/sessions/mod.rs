//! Where dashboard sessions live and what guards them: the store of `SESSION_STORE` (SQLite,
//! Redis or memory) behind compare-and-set writes, hashed ids and no revivals, the index of
//! signed-in sessions, the key that seals stored Rescue logins, and the guards several
//! instances share through Redis.

pub mod exchange;
pub mod fleet;
pub mod guard;
pub mod sealing;
pub mod signed_in;
pub mod store;

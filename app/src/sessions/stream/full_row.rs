//! A list row with every field, as reads travel between instances through the shared store
//! (see `relay`).

use serde::{Deserialize, Serialize};

use crate::shared::row::{Badge, PendingMark, Row};

/// Declares [`FullRow`] with `Row`'s fields, and the conversions both ways, from one list.
macro_rules! full_row {
    ($($field:ident: $kind:ty),* $(,)?) => {
        /// A row with every field, as reads travel between instances (the browser's form
        /// leaves the sort and search fields out, which the other instance's filters need).
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        pub struct FullRow {
            $(
                #[doc = concat!("`Row::", stringify!($field), "`.")]
                pub $field: $kind,
            )*
        }

        impl From<Row> for FullRow {
            fn from(row: Row) -> Self {
                FullRow { $($field: row.$field),* }
            }
        }

        impl From<FullRow> for Row {
            fn from(row: FullRow) -> Self {
                Row { $($field: row.$field),* }
            }
        }
    };
}

full_row! {
    id: u32,
    status: String,
    badge: Badge,
    technician_id: u32,
    technician: String,
    channel: String,
    start_time: String,
    started_at: i64,
    waiting_secs: Option<u64>,
    changed_at: i64,
    customer: String,
    custom_text: String,
    language: String,
    transfer: String,
    lead: bool,
    pending: Option<PendingMark>,
    recorded: bool,
    transferring: bool,
}

//! A list row with every field, as reads travel between instances through the shared store
//! (see `relay`).

use serde::{Deserialize, Serialize};

use crate::shared::row::{Badge, PendingMark, Row};

/// A row with every field, as reads travel between instances (the browser's form leaves the
/// sort and search fields out, which the other instance's filters need).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FullRow {
    /// Session ID.
    pub id: u32,
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

impl From<Row> for FullRow {
    fn from(r: Row) -> Self {
        FullRow {
            id: r.id,
            status: r.status,
            badge: r.badge,
            technician_id: r.technician_id,
            technician: r.technician,
            channel: r.channel,
            start_time: r.start_time,
            started_at: r.started_at,
            waiting_secs: r.waiting_secs,
            changed_at: r.changed_at,
            customer: r.customer,
            custom_text: r.custom_text,
            language: r.language,
            transfer: r.transfer,
            lead: r.lead,
            pending: r.pending,
            recorded: r.recorded,
            transferring: r.transferring,
        }
    }
}

impl From<FullRow> for Row {
    fn from(r: FullRow) -> Self {
        Row {
            id: r.id,
            status: r.status,
            badge: r.badge,
            technician_id: r.technician_id,
            technician: r.technician,
            channel: r.channel,
            start_time: r.start_time,
            started_at: r.started_at,
            waiting_secs: r.waiting_secs,
            changed_at: r.changed_at,
            customer: r.customer,
            custom_text: r.custom_text,
            language: r.language,
            transfer: r.transfer,
            lead: r.lead,
            pending: r.pending,
            recorded: r.recorded,
            transferring: r.transferring,
        }
    }
}

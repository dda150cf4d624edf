//! The audit log as the app's port: `app::audit::AuditTrail`, what the features write and
//! read through, implemented over [`AuditLog`].

use chrono::{DateTime, Utc};

use super::{AuditEntry, AuditLog};
use app::audit::{Choices, Entry, Filter, Requested, Summary};
use app::shared::outcome::Outcome;

impl app::audit::AuditTrail for AuditLog {
    fn begin(&self, record: AuditEntry) -> app::audit::AuditFuture<'_, i64> {
        Box::pin(async move {
            AuditLog::begin(self, &record)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn finish(&self, id: i64, outcome: Outcome, latency_ms: u64) -> app::audit::AuditFuture<'_> {
        Box::pin(async move {
            AuditLog::finish(self, id, &outcome, latency_ms)
                .await
                .map_err(|e| e.to_string())
        })
    }
    fn page<'a>(
        &'a self,
        filter: &'a Filter,
        before: Option<i64>,
        limit: u32,
    ) -> app::audit::AuditFuture<'a, Vec<Entry>> {
        Box::pin(async move {
            AuditLog::page(self, filter, before, limit)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn summary<'a>(&'a self, filter: &'a Filter) -> app::audit::AuditFuture<'a, Summary> {
        Box::pin(async move {
            AuditLog::summary(self, filter)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn choices(&self) -> app::audit::AuditFuture<'_, Choices> {
        Box::pin(async move { AuditLog::choices(self).await.map_err(|e| e.to_string()) })
    }

    fn requests_of<'a>(
        &'a self,
        admin: &'a str,
        since: DateTime<Utc>,
    ) -> app::audit::AuditFuture<'a, Vec<Requested>> {
        Box::pin(async move {
            AuditLog::requests_of(self, admin, since)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn session_record(
        &self,
        session: i64,
    ) -> app::audit::AuditFuture<'_, app::audit::SessionRecord> {
        Box::pin(async move {
            AuditLog::session_record(self, session)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn forget_session<'a>(
        &'a self,
        session: i64,
        admin: &'a str,
    ) -> app::audit::AuditFuture<'a, u64> {
        Box::pin(async move {
            AuditLog::forget_session(self, session, admin)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn sessions_on_record<'a>(
        &'a self,
        sessions: &'a [i64],
    ) -> app::audit::AuditFuture<'a, Vec<i64>> {
        Box::pin(async move {
            AuditLog::sessions_on_record(self, sessions)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn outcome_rows<'a>(
        &'a self,
        filter: &'a app::audit::OutcomeFilter,
        before: Option<i64>,
        limit: u32,
    ) -> app::audit::AuditFuture<'a, Vec<app::audit::OutcomeRow>> {
        Box::pin(async move {
            AuditLog::outcome_rows(self, filter, before, limit)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn outcome_facts<'a>(
        &'a self,
        filter: &'a app::audit::OutcomeFilter,
    ) -> app::audit::AuditFuture<'a, Vec<app::audit::SessionFacts>> {
        Box::pin(async move {
            AuditLog::outcome_facts(self, filter)
                .await
                .map_err(|e| e.to_string())
        })
    }
}

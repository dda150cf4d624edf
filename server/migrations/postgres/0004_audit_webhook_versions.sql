-- Each write of a record's outcome counts: 0 while ATTEMPTED, 1 once answered (or marked
-- OUTCOME_UNKNOWN), 2 when an answer arrives after OUTCOME_UNKNOWN. The webhook delivers each
-- revision as a version of the same record, the later superseding the earlier.
ALTER TABLE audit_log ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
UPDATE audit_log SET revision = 0 WHERE outcome = 'ATTEMPTED';
-- Which version of its record an outbox row delivers; when it was queued; when the dashboard
-- gave up on it (a day of failed deliveries: `dead`, until an operator retries it or a restart).
ALTER TABLE audit_outbox ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE audit_outbox ADD COLUMN queued_ms BIGINT NOT NULL DEFAULT 0;
UPDATE audit_outbox SET queued_ms = due_ms;
ALTER TABLE audit_outbox ADD COLUMN dead_ms BIGINT;
CREATE INDEX IF NOT EXISTS audit_outbox_record ON audit_outbox (record_id);
-- One back-off for the receiver, shared by every row and every instance: after a failure no
-- row is sent before `next_ms`.
CREATE TABLE IF NOT EXISTS audit_webhook_receiver (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    failures BIGINT NOT NULL,
    next_ms  BIGINT NOT NULL
);
INSERT INTO audit_webhook_receiver (id, failures, next_ms) VALUES (1, 0, 0) ON CONFLICT (id) DO NOTHING;

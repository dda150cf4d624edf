-- Audit records waiting to be delivered to AUDIT_WEBHOOK_URL (written only when it is set),
-- each with the JSON it is sent as, fixed when its outcome was written. A row is written in the
-- same transaction as the outcome, so no finished record is missed by a crash in between.
CREATE TABLE IF NOT EXISTS audit_outbox (
    id           BIGSERIAL PRIMARY KEY,
    record_id    BIGINT  NOT NULL,
    body         TEXT    NOT NULL,
    attempts     BIGINT  NOT NULL DEFAULT 0,
    -- When it may next be sent (milliseconds since 1970): after a failure, the backoff; while
    -- an instance is sending it, past that instance's deadline (a killed sender's row returns).
    due_ms       BIGINT  NOT NULL,
    delivered_ms BIGINT,
    last_error   TEXT
);
CREATE INDEX IF NOT EXISTS audit_outbox_due ON audit_outbox (due_ms) WHERE delivered_ms IS NULL;

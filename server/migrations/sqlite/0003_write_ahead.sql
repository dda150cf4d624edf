-- Write-ahead records: a record is written as ATTEMPTED before its Rescue call, with the
-- instance making the call as its owner; the answer replaces it. Records whose owner stopped
-- beating become OUTCOME_UNKNOWN.
ALTER TABLE audit_log ADD COLUMN owner TEXT;
CREATE INDEX IF NOT EXISTS audit_log_attempted ON audit_log (outcome) WHERE outcome = 'ATTEMPTED';
-- One row per running instance: when it last showed it was alive (milliseconds since 1970).
CREATE TABLE IF NOT EXISTS audit_writers (
    owner   TEXT    PRIMARY KEY,
    beat_ms INTEGER NOT NULL
);

-- Every session action an administrator attempted (the same columns as the SQLite schema).
CREATE TABLE IF NOT EXISTS audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TEXT      NOT NULL,   -- RFC 3339, UTC, milliseconds: sorts as time does
    admin_email TEXT      NOT NULL,
    action      TEXT      NOT NULL,   -- Rescue method, e.g. cancelAction
    session_id  BIGINT    NOT NULL,
    technician  TEXT      NOT NULL,
    outcome     TEXT      NOT NULL,   -- Rescue result code, the transport failure, ATTEMPTED
    latency_ms  BIGINT    NOT NULL,
    owner       TEXT                  -- the instance making the call while ATTEMPTED
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);
CREATE INDEX IF NOT EXISTS audit_log_admin_at ON audit_log (admin_email, at);
CREATE INDEX IF NOT EXISTS audit_log_attempted ON audit_log (outcome) WHERE outcome = 'ATTEMPTED';
-- One row per running instance: when it last showed it was alive (milliseconds since 1970).
CREATE TABLE IF NOT EXISTS audit_writers (
    owner   TEXT   PRIMARY KEY,
    beat_ms BIGINT NOT NULL
);

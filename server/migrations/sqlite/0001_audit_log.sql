-- Every Cancel action (and, later, every other session action) an administrator attempted.
CREATE TABLE IF NOT EXISTS audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,   -- RFC 3339, UTC
    admin_email TEXT    NOT NULL,
    action      TEXT    NOT NULL,   -- Rescue method, e.g. cancelAction
    session_id  INTEGER NOT NULL,
    technician  TEXT    NOT NULL,
    outcome     TEXT    NOT NULL,   -- Rescue result code, or the transport failure
    latency_ms  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);

-- Session records deleted by an admin (a data-subject request): who, when, how many posts. No
-- personal data: the session ID is Rescue's, the admin's e-mail the dashboard's own record.
CREATE TABLE IF NOT EXISTS outcome_deletions (
    id          BIGSERIAL PRIMARY KEY,
    session_id  BIGINT  NOT NULL,
    admin_email TEXT    NOT NULL,
    at_ms       BIGINT  NOT NULL,
    posts       BIGINT  NOT NULL
);
CREATE INDEX IF NOT EXISTS outcome_deletions_session ON outcome_deletions (session_id);

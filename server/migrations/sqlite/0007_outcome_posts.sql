-- What Rescue's Post to URL sent for each session: one row per post, as received (every field,
-- names lower-cased, in a JSON object), the same post repeated (Rescue or a proxy retrying)
-- stored once by its hash. Personal data (customer names, chat): deleted after
-- OUTCOMES_KEEP_DAYS by the sweeper, or on an admin's request.
CREATE TABLE IF NOT EXISTS outcome_posts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  INTEGER NOT NULL,
    -- When it arrived (milliseconds since 1970).
    received_ms INTEGER NOT NULL,
    -- SHA-256 of the post's fields, sorted: a repeat is the same post.
    post_hash   TEXT    NOT NULL UNIQUE,
    -- form or xml.
    format      TEXT    NOT NULL,
    fields      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS outcome_posts_session ON outcome_posts (session_id, id);
CREATE INDEX IF NOT EXISTS outcome_posts_received ON outcome_posts (received_ms);

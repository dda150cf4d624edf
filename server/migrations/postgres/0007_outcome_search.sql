-- What the /outcomes filters search, written with each post: the technician's name, and the
-- customer's name, custom fields, tracking ID and notes, lower-cased (not the chat).
ALTER TABLE outcome_posts ADD COLUMN technician TEXT NOT NULL DEFAULT '';
ALTER TABLE outcome_posts ADD COLUMN search TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS outcome_posts_last ON outcome_posts (session_id, id DESC);

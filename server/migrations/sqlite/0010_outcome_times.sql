-- The times each post gives, in seconds, for the /outcomes summary and charts (medians over
-- 100,000 sessions need numbers, not JSON): NULL where the post has none or it is not a whole
-- number. `indexed` = 1 once a row's derived columns are written; rows kept before this
-- migration are indexed by the server at start-up.
ALTER TABLE outcome_posts ADD COLUMN waiting_s INTEGER;
ALTER TABLE outcome_posts ADD COLUMN pickup_s INTEGER;
ALTER TABLE outcome_posts ADD COLUMN work_s INTEGER;
ALTER TABLE outcome_posts ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS outcome_posts_unindexed ON outcome_posts (indexed, id);

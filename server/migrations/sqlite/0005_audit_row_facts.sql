-- What Rescue listed of the row each action was made on, read for the action (never taken
-- from the form): the session's status and its channel. Earlier records have neither.
ALTER TABLE audit_log ADD COLUMN status TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN channel TEXT NOT NULL DEFAULT '';

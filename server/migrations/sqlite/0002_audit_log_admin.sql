-- The sessions page reads each admin's recent requests to mark the actions still pending.
CREATE INDEX IF NOT EXISTS audit_log_admin_at ON audit_log (admin_email, at);

-- The language a person chose with the switch link (`en`, `cy`), remembered for them: used when
-- their browser sends no language cookie. NULL until they choose one.
-- And indexes for reading the audit log a page at a time: an organisation's entries newest
-- first, and one person's entries in an organisation (the log page's filter, and the list of
-- people in it, read by skipping from one actor to the next).
-- Matches migrations/postgres/0007_language_and_audit.sql.
ALTER TABLE app_user ADD COLUMN language TEXT;

CREATE INDEX audit_event_org ON audit_event (org_id, id);
CREATE INDEX audit_event_org_actor ON audit_event (org_id, actor, id);

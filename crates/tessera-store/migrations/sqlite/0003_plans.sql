-- Plans: theories of change, stored as the documented plan JSON (tessera-plan's format) so that
-- the file a person exports is exactly what is kept. Edits replace the document; the audit log
-- keeps every before and after.
CREATE TABLE plan (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    title       TEXT NOT NULL,
    document    TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX plan_org ON plan (org_id, id);

-- Uploads waiting for their mapping, kept in the database so that any server process can
-- continue an import another started. The upload's random token is kept only as its SHA-256,
-- which is also the idempotency key of the save that makes a dataset of it: a dataset records
-- the key it was saved under, so a retried save finds it instead of making a duplicate.
-- Times are Unix seconds. Matches migrations/postgres/0005_uploads.sql.
CREATE TABLE upload (
    token_hash      TEXT PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    uploaded_by     TEXT NOT NULL,
    name            TEXT NOT NULL,
    parent_id       INTEGER REFERENCES dataset (id) ON DELETE CASCADE,
    file_name       TEXT NOT NULL,
    format          TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL,
    bytes           BLOB NOT NULL,
    read_options    TEXT NOT NULL DEFAULT '{}',
    mapping         TEXT,
    state           TEXT NOT NULL DEFAULT 'uploaded' CHECK (state IN ('uploaded', 'mapped')),
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL
);
CREATE INDEX upload_org ON upload (org_id, expires_at);
CREATE INDEX upload_expiry ON upload (expires_at);

ALTER TABLE dataset ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX dataset_idempotency_key ON dataset (org_id, idempotency_key);

-- Datasets: immutable imports of rows with their codebook and mapping. A correction is a new
-- version (parent_id points at the version it replaces); nothing is updated in place.
CREATE TABLE dataset (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    name            TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    parent_id       INTEGER REFERENCES dataset (id),
    source_name     TEXT NOT NULL,
    source_format   TEXT NOT NULL,
    n_rows          INTEGER NOT NULL,
    n_columns       INTEGER NOT NULL,
    excluded_rows   TEXT NOT NULL DEFAULT '[]',
    waves           TEXT NOT NULL DEFAULT '[]',
    codebook        TEXT NOT NULL,
    mapping         TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX dataset_org ON dataset (org_id, id);

-- The file exactly as uploaded.
CREATE TABLE dataset_original (
    dataset_id      INTEGER PRIMARY KEY REFERENCES dataset (id) ON DELETE CASCADE,
    bytes           BLOB NOT NULL
);

-- One row per column, values encoded as a little-endian array (columnar: fast to read back).
CREATE TABLE dataset_column (
    dataset_id      INTEGER NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('numeric', 'text')),
    levels          TEXT,
    data            BLOB NOT NULL,
    PRIMARY KEY (dataset_id, position)
);

-- Computed results, keyed by what they were computed from; recomputed when the key changes.
CREATE TABLE estimate_cache (
    dataset_id      INTEGER NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    report          TEXT NOT NULL,
    computed_at     TEXT NOT NULL,
    duration_ms     INTEGER NOT NULL,
    PRIMARY KEY (dataset_id, key)
);

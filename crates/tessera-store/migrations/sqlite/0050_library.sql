-- A library of what works (issue 17): a plan's evaluation published as an entry others can
-- search, learn from, question and copy. An entry is a snapshot — what was done, with whom,
-- where and for how long, the figures as they stood on the day it was published, lessons and
-- the stories chosen — so later edits to its plan never change it silently; republishing
-- replaces the snapshot. Withdrawing keeps the row, for the record, and hides it from others.
-- Matches migrations/postgres/0050_library.sql.

CREATE TABLE library_entry (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    -- The plan it was published from; deleting the plan leaves the published snapshot.
    plan_id         INTEGER REFERENCES plan (id) ON DELETE SET NULL,
    title           TEXT NOT NULL,
    -- What the library filters on, kept beside the snapshot.
    design          TEXT NOT NULL CHECK (design IN ('before_after', 'comparison', 'randomised')),
    region          TEXT NOT NULL,
    authority_type  TEXT NOT NULL,
    sample_size     INTEGER,
    -- JSON lists: domain ids, indicator references, target group names.
    domains         TEXT NOT NULL,
    indicators      TEXT NOT NULL,
    target_groups   TEXT NOT NULL,
    -- The snapshot (the application layer defines its shape), and when it was taken.
    content         TEXT NOT NULL,
    published_at    TEXT NOT NULL,
    -- 'everyone', or 'chosen' (the organisations in library_audience).
    audience        TEXT NOT NULL CHECK (audience IN ('everyone', 'chosen')),
    withdrawn_at    TEXT,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX library_entry_org ON library_entry (org_id, id);

-- The organisations an entry published to chosen organisations is shown to.
CREATE TABLE library_audience (
    entry_id    INTEGER NOT NULL REFERENCES library_entry (id) ON DELETE CASCADE,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (entry_id, org_id)
);

-- Comments or questions from other organisations; the entry's owner answers or hides them.
CREATE TABLE library_comment (
    id              INTEGER PRIMARY KEY,
    entry_id        INTEGER NOT NULL REFERENCES library_entry (id) ON DELETE CASCADE,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    body            TEXT NOT NULL,
    answer          TEXT NOT NULL DEFAULT '',
    hidden          INTEGER NOT NULL DEFAULT 0,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    answered_by     TEXT,
    answered_at     TEXT
);
CREATE INDEX library_comment_entry ON library_comment (entry_id, id);

-- Where a plan copied from the library came from (the copy is otherwise independent).
CREATE TABLE library_copy (
    plan_id         INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    entry_id        INTEGER REFERENCES library_entry (id) ON DELETE SET NULL,
    source_org_id   INTEGER NOT NULL REFERENCES organisation (id),
    entry_title     TEXT NOT NULL,
    published_at    TEXT NOT NULL,
    copied_by       TEXT NOT NULL,
    copied_at       TEXT NOT NULL
);

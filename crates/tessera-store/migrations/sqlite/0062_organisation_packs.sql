-- Organisations' own framework packs (issue 18): the files of a pack an organisation uploaded,
-- as JSON (file name -> text), checked by the same loader as the shipped packs each time they
-- are read. Seen only by the organisation, and by organisations it shares the pack with
-- (`organisation_pack_share`).
CREATE TABLE organisation_pack (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    pack_id     TEXT NOT NULL,
    name        TEXT NOT NULL,
    files       TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (org_id, pack_id)
);

CREATE TABLE organisation_pack_share (
    pack_row_id INTEGER NOT NULL REFERENCES organisation_pack (id) ON DELETE CASCADE,
    target_org  INTEGER NOT NULL REFERENCES organisation (id),
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (pack_row_id, target_org)
);

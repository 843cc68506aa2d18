-- Reference values (issue 18): a national or regional figure for an indicator, with its source
-- and year, that an organisation records to see its own estimates beside it. The value is kept
-- as the decimal text it was given in (on the estimates' scale: a share as 0.345), so it reads
-- back exactly on both databases.
CREATE TABLE reference_value (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    indicator   TEXT NOT NULL,
    value       TEXT NOT NULL,
    area        TEXT NOT NULL,
    level       TEXT NOT NULL,
    source      TEXT NOT NULL,
    url         TEXT NOT NULL DEFAULT '',
    year        INTEGER NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX reference_value_org ON reference_value (org_id, indicator);
